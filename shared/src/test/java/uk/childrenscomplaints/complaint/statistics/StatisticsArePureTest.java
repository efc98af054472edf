package uk.childrenscomplaints.complaint.statistics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The statistics are worked out from values alone: no AWS, Micronaut, JSON or storage, and no reading of the clock (the
 * report date is given), so the same complaints always give the same published figures. The shared architecture test
 * covers model and application packages; this one covers statistics.
 */
class StatisticsArePureTest {
    private static final JavaClasses STATISTICS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.childrenscomplaints.complaint.statistics");

    @Test
    void statisticsUseNoFrameworksOrAdapters() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "software.amazon..",
                        "com.amazonaws..",
                        "io.micronaut..",
                        "com.fasterxml.jackson..",
                        "jakarta.inject..",
                        "org.slf4j..",
                        "..infrastructure..")
                .because("the figures must be the same whichever adapter reads the complaints")
                .check(STATISTICS);
    }

    @Test
    void statisticsNeverReadTheClock() {
        noClasses()
                .should()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .because("the report date is given, so a rerun for the same date gives the same figures")
                .check(STATISTICS);
    }
}
