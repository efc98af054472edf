package uk.childrenscomplaints.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import uk.childrenscomplaints.complaint.application.casework.Permissions;
import uk.childrenscomplaints.complaint.application.casework.Role;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;

/**
 * Who may see and do what is decided in one place, {@link Permissions} (docs/roles.md): no other class of the domain
 * reads a {@link Role} constant, so a use case or a page asks Permissions instead of working the rule out again.
 * Case-workflow's own test holds its classes to the same rule, allowing only the claims mapping.
 */
@AnalyzeClasses(packages = "uk.childrenscomplaints", importOptions = ImportOption.DoNotIncludeTests.class)
class RolesAreReadOnlyByPermissionsTest {

    @ArchTest
    static final ArchRule onlyPermissionsReadsRoles = noClasses()
            .that()
            .doNotBelongToAnyOf(Permissions.class, Role.class, StaffMember.class)
            .should()
            .accessTargetWhere(describe(
                    "read a constant of Role",
                    (JavaAccess<?> access) -> access instanceof JavaFieldAccess field
                            && field.getTargetOwner().isEquivalentTo(Role.class)))
            .because("the role rules live in Permissions only, so no use case or page can get them wrong");
}
