package uk.childrenscomplaints.clock;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The clock's model must stay portable: no AWS, Micronaut, JSON or storage types. */
class ClockModelKnowsOnlyJavaTest {

    @Test
    void theClockModelDependsOnlyOnJavaAndItself() {
        JavaClasses model = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.childrenscomplaints.clock.model");
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "uk.childrenscomplaints.clock.model..")
                .check(model);
    }
}
