package uk.childrenscomplaints.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Shared is the bottom of the build: the model knows no use case and no adapter, the ports know no use case, and
 * nothing here knows a function that uses it. The use cases are grouped by capability under
 * {@code complaint.application} (intake, casework, deadlines, reporting, importing, retention), beside the ports they share.
 */
@AnalyzeClasses(packages = "uk.childrenscomplaints", importOptions = ImportOption.DoNotIncludeTests.class)
class SharedPackagesTest {
    private static final String[] SHARED = {
        "uk.childrenscomplaints.complaint..", "uk.childrenscomplaints.clock..", "uk.childrenscomplaints.observability.."
    };

    @ArchTest
    static final ArchRule modelUsesNoUseCaseOrAdapter = noClasses()
            .that()
            .resideInAPackage("uk.childrenscomplaints.complaint.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..application..", "..infrastructure..")
            .because("the aggregate and its rules are used by the use cases, never the other way round");

    @ArchTest
    static final ArchRule portsUseNoUseCase = noClasses()
            .that()
            .resideInAPackage("uk.childrenscomplaints.complaint.application.ports..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "uk.childrenscomplaints.complaint.application.intake..",
                    "uk.childrenscomplaints.complaint.application.casework..",
                    "uk.childrenscomplaints.complaint.application.deadlines..",
                    "uk.childrenscomplaints.complaint.application.reporting..",
                    "uk.childrenscomplaints.complaint.application.importing..",
                    "uk.childrenscomplaints.complaint.application.retention..")
            .because("an adapter implements a port with the port's own types, whichever use case calls it");

    /** intake -> casework -> deadlines -> ports, reporting and importing beside them: no capability loops back. */
    @ArchTest
    static final ArchRule capabilitiesHaveNoCycles = slices().matching(
                    "uk.childrenscomplaints.complaint.application.(*)..")
            .should()
            .beFreeOfCycles()
            .because("a capability that reaches back into one that uses it is one capability split in two");

    @ArchTest
    static final ArchRule sharedKnowsNoFunction = noClasses()
            .that()
            .resideInAnyPackage(SHARED)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "uk.childrenscomplaints.workflow..",
                    "uk.childrenscomplaints.submission..",
                    "uk.childrenscomplaints.deadlines..",
                    "uk.childrenscomplaints.reports..",
                    "uk.childrenscomplaints.mailevents..",
                    "uk.childrenscomplaints.web..")
            .because("every function depends on shared; shared depends on none of them");
}
