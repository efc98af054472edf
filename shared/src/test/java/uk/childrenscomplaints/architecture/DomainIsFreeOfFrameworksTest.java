package uk.childrenscomplaints.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain knows nothing of AWS, Micronaut, JSON or DynamoDB: adapters sit at the edge. */
@AnalyzeClasses(packages = "uk.childrenscomplaints", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainIsFreeOfFrameworksTest {

    /**
     * Frameworks and adapters only. Plain libraries with no I/O, container or global state of their own may serve a
     * use case: Apache Commons CSV reads the import's file ({@code CsvFile}), whose form the use case checks and
     * reports line by line, so it stays beside the use case rather than behind a port (decision 014).
     */
    @ArchTest
    static final ArchRule modelAndUseCasesUseNoFrameworks = noClasses()
            .that()
            .resideInAnyPackage("..model..", "..application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "software.amazon..",
                    "com.amazonaws..",
                    "io.micronaut..",
                    "com.fasterxml.jackson..",
                    "jakarta.inject..",
                    "org.slf4j..")
            .because("the domain must run unchanged on any adapter (STYLE.md: the shape)");

    @ArchTest
    static final ArchRule modelDoesNotReachForTheClock = noClasses()
            .that()
            .resideInAPackage("..model..")
            .should()
            .callMethod(java.time.LocalDate.class, "now")
            .orShould()
            .callMethod(java.time.Instant.class, "now")
            .because("time comes from an injected Clock, so a sweep can run as if it were any day");

    @ArchTest
    static final ArchRule modelDoesNotDependOnAdapters = noClasses()
            .that()
            .resideInAnyPackage("..model..", "..application..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..infrastructure..");
}
