package uk.childrenscomplaints.web;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import uk.childrenscomplaints.complaint.infrastructure.ComplaintsConfiguration;
import uk.childrenscomplaints.complaint.infrastructure.CouncilProfile;

/**
 * The HTTP plumbing both functions share speaks Micronaut HTTP at most: no AWS, no Lambda events, no DynamoDB, no
 * adapter. The settings records are the one exception: every page shows the council's name and profile (decision
 * 032), and those are values read at start-up, not storage or sending.
 */
@AnalyzeClasses(packages = "uk.childrenscomplaints.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebSupportKnowsNoAwsTest {

    @ArchTest
    static final ArchRule noAwsTypes = noClasses()
            .that()
            .resideInAPackage("uk.childrenscomplaints.web..")
            .should()
            .dependOnClassesThat(resideInAnyPackage(
                            "software.amazon..", "com.amazonaws..", "uk.childrenscomplaints..infrastructure..")
                    .and(not(type(ComplaintsConfiguration.class)))
                    .and(not(type(CouncilProfile.class))))
            .because("the web edge parses and answers; storage and sending stay behind the use cases");
}
