package uk.childrenscomplaints.workflow.staff;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;
import uk.childrenscomplaints.complaint.application.casework.Permissions;
import uk.childrenscomplaints.complaint.application.casework.Role;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;

/**
 * The staff API and pages never work out a role rule themselves (docs/roles.md): only the claims mapping turns the
 * token's groups into {@link Role}s, and only {@link Permissions} reads them. A page that needs to know what to offer
 * asks Permissions; a refusal comes from the use case.
 */
@AnalyzeClasses(
        packages = "uk.childrenscomplaints",
        importOptions = {ImportOption.DoNotIncludeTests.class, RolesAreReadOnlyByTheClaimsMappingTest.NoTestJars.class})
class RolesAreReadOnlyByTheClaimsMappingTest {

    @ArchTest
    static final ArchRule onlyTheClaimsMappingAndPermissionsReadRoles = noClasses()
            .that()
            .doNotBelongToAnyOf(StaffClaims.class, Permissions.class, Role.class, StaffMember.class)
            .should()
            .accessTargetWhere(describe(
                    "read a constant of Role",
                    (JavaAccess<?> access) -> access instanceof JavaFieldAccess field
                            && field.getTargetOwner().isEquivalentTo(Role.class)))
            .because("the role rules live in Permissions; the staff function only maps the token's groups to roles");

    /** Shared's test fixtures (its test-jar) make members of every role, as tests may. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.matches(Pattern.compile(".*-tests\\.jar.*"));
        }
    }
}
