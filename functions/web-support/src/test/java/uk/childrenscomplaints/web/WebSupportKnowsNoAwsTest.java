package uk.childrenscomplaints.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The HTTP plumbing both functions share speaks Micronaut HTTP at most: no AWS, no Lambda events, no DynamoDB. */
@AnalyzeClasses(packages = "uk.childrenscomplaints.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebSupportKnowsNoAwsTest {

    @ArchTest
    static final ArchRule noAwsTypes = noClasses()
            .that()
            .resideInAPackage("uk.childrenscomplaints.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("software.amazon..", "com.amazonaws..", "uk.childrenscomplaints..infrastructure..")
            .because("the web edge parses and answers; storage and sending stay behind the use cases");
}
