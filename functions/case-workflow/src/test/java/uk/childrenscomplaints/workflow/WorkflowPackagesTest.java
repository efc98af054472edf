package uk.childrenscomplaints.workflow;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * One function, packaged by capability: the JSON API ({@code api}), the HTML pages ({@code pages.*}, one package per
 * page family and {@code pages.support} for what they share), sign-in and the session ({@code signin}), and what
 * more than one of them uses ({@code staff}). The API and the pages share code only through {@code staff}, and only
 * sign-in touches the token library and the tokens themselves, so a change to one cannot quietly reach the other.
 */
@AnalyzeClasses(packages = "uk.childrenscomplaints.workflow", importOptions = ImportOption.DoNotIncludeTests.class)
class WorkflowPackagesTest {

    @ArchTest
    static final ArchRule apiDoesNotUseThePages = noClasses()
            .that()
            .resideInAPackage("uk.childrenscomplaints.workflow.api..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("uk.childrenscomplaints.workflow.pages..")
            .because("what the API and the pages share lives in workflow.staff");

    @ArchTest
    static final ArchRule pagesDoNotUseTheApi = noClasses()
            .that()
            .resideInAPackage("uk.childrenscomplaints.workflow.pages..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("uk.childrenscomplaints.workflow.api..")
            .because("what the API and the pages share lives in workflow.staff");

    @ArchTest
    static final ArchRule onlySignInUsesTheTokenLibrary = noClasses()
            .that()
            .resideOutsideOfPackage("uk.childrenscomplaints.workflow.signin..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.nimbusds..")
            .because("verifying and exchanging tokens is sign-in's job alone (decision 011)");

    @ArchTest
    static final ArchRule onlySignInUsesTheSessionTokens = noClasses()
            .that()
            .resideOutsideOfPackage("uk.childrenscomplaints.workflow.signin..")
            .should()
            .dependOnClassesThat()
            .haveNameMatching("uk\\.childrenscomplaints\\.workflow\\.signin\\.(SessionTokens|CognitoTokens)(\\$.*)?")
            .because("a page asks StaffSession who is signed in; it never reads a token itself");

    @ArchTest
    static final ArchRule pageFamiliesShareOnlyThePageSupport = slices().matching(
                    "uk.childrenscomplaints.workflow.pages.(*)..")
            .should()
            .notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage("uk.childrenscomplaints.workflow.pages.support.."))
            .because("a page family's helpers that another family needs belong in pages.support");

    @ArchTest
    static final ArchRule capabilitiesAreFreeOfCycles =
            slices().matching("uk.childrenscomplaints.workflow.(*)..").should().beFreeOfCycles();
}
