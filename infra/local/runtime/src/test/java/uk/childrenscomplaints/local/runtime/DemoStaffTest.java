package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.local.runtime.LocalStaffTokens.DemoUser;

/** The demo staff follow the chosen council's profile: its managed teams, not the sample council's. */
class DemoStaffTest {

    @Test
    void theSampleCouncilsDemoManagersAreItsTwoManagedTeamsHuntingdonAndEcf() {
        assertThat(DemoStaff.of("sample-council"))
                .extracting(DemoUser::username, DemoUser::groups, DemoUser::teams)
                .containsExactly(
                        tuple("officer", List.of("complaints-team"), null),
                        tuple("huntingdon-manager", List.of("responding-manager"), "Huntingdon"),
                        tuple("ecf-manager", List.of("responding-manager"), "ECF"),
                        tuple("director", List.of("director"), null));
    }

    @Test
    void exampleBoroughsDemoManagersManageItsChildrenInNeedAndChildrenInCareTeams() {
        assertThat(DemoStaff.of("example-borough"))
                .extracting(DemoUser::username, DemoUser::teams)
                .containsExactly(
                        tuple("officer", null),
                        tuple("cin-manager", "CIN"),
                        tuple("cic-manager", "CIC"),
                        tuple("director", null));
    }

    @Test
    void theTokensOfARuntimeStartedAsExampleBoroughSignInOnlyItsOwnDemoStaff() {
        LocalStaffTokens tokens = LocalStaffTokens.generate(Clock.systemUTC(), "example-borough");

        assertThat(tokens.demoUser("cin-manager")).map(DemoUser::teams).contains("CIN");
        assertThat(tokens.demoUser("huntingdon-manager")).isEmpty();
        assertThat(LocalStaffTokens.claims(
                                tokens.demoUser("cic-manager").orElseThrow(),
                                java.time.Instant.parse("2026-11-30T09:00:00Z"),
                                java.time.Instant.parse("2026-11-30T10:00:00Z"))
                        .get("custom:teams"))
                .isEqualTo("CIC");
    }

    @Test
    void aTeamCodeWithSpacesOrSignsBecomesALowerCaseHyphenatedUserName() {
        assertThat(DemoStaff.username("Safeguarding and Standards Unit"))
                .isEqualTo("safeguarding-and-standards-unit-manager");
        assertThat(DemoStaff.username("16+")).isEqualTo("16-manager");
    }
}
