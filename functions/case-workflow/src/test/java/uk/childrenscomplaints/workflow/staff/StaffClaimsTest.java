package uk.childrenscomplaints.workflow.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.casework.Role;
import uk.childrenscomplaints.complaint.model.TeamName;

class StaffClaimsTest {

    @Test
    void groupsArriveAsApiGatewayWritesAnArray_bracketedAndSpaceSeparated() {
        var caller = StaffClaims.from(Map.of(
                "cognito:username",
                "pat",
                "cognito:groups",
                "[responding-manager director]",
                "custom:teams",
                "Huntingdon, ECF"));

        assertThat(caller).isInstanceOfSatisfying(StaffClaims.Member.class, m -> {
            assertThat(m.staff().username()).isEqualTo("pat");
            assertThat(m.staff().roles()).containsExactlyInAnyOrder(Role.RESPONDING_MANAGER, Role.DIRECTOR);
            assertThat(m.staff().teams()).containsExactlyInAnyOrder(new TeamName("Huntingdon"), new TeamName("ECF"));
        });
    }

    @Test
    void groupsAsAJsonArrayTextOrCommaSeparatedAreReadToo() {
        assertThat(StaffClaims.list("[\"complaints-team\",\"director\"]"))
                .containsExactly("complaints-team", "director");
        assertThat(StaffClaims.list("complaints-team,director")).containsExactly("complaints-team", "director");
        assertThat(StaffClaims.list("[complaints-team]")).containsExactly("complaints-team");
        assertThat(StaffClaims.list("")).isEmpty();
    }

    @Test
    void noClaimsIsAnonymousAndTheSubjectStandsInForAMissingUsername() {
        assertThat(StaffClaims.from(null)).isInstanceOf(StaffClaims.Anonymous.class);
        assertThat(StaffClaims.from(Map.of())).isInstanceOf(StaffClaims.Anonymous.class);
        assertThat(StaffClaims.from(Map.of("sub", "abc", "cognito:groups", "[director]")))
                .isInstanceOfSatisfying(
                        StaffClaims.Member.class,
                        m -> assertThat(m.staff().username()).isEqualTo("abc"));
    }

    @Test
    void aMemberOfNoKnownGroupHasNoRole() {
        assertThat(StaffClaims.from(Map.of("cognito:username", "x", "cognito:groups", "[admins complaints]")))
                .isInstanceOf(StaffClaims.NoRole.class);
        assertThat(StaffClaims.from(Map.of("cognito:username", "x"))).isInstanceOf(StaffClaims.NoRole.class);
    }
}
