package uk.childrenscomplaints.complaint.application.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.application.Workflow.DIRECTOR;
import static uk.childrenscomplaints.complaint.application.Workflow.HUNTINGDON_MANAGER;
import static uk.childrenscomplaints.complaint.application.Workflow.NOBODY;
import static uk.childrenscomplaints.complaint.application.Workflow.OFFICER;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.model.SampleTeams;
import uk.childrenscomplaints.complaint.model.TeamName;

/** The questions pages ask to decide what to offer, answered as the use cases answer them (docs/roles.md). */
class PermissionsTest {
    private static final List<TeamName> ALL = SampleTeams.SEED.names();
    private static final TeamName HUNTINGDON = new TeamName("Huntingdon");

    @Test
    void onlyTheComplaintsTeamLogsAndImports() {
        assertThat(List.of(OFFICER, HUNTINGDON_MANAGER, DIRECTOR, NOBODY))
                .filteredOn(Permissions::mayLog)
                .containsExactly(OFFICER);
        assertThat(List.of(OFFICER, HUNTINGDON_MANAGER, DIRECTOR, NOBODY))
                .filteredOn(Permissions::mayImport)
                .containsExactly(OFFICER);
    }

    @Test
    void theComplaintsTeamRecordsForEveryTeamAManagerForTheirOwnAndADirectorForNone() {
        assertThat(Permissions.teamsMayRecordComplimentsFor(OFFICER, ALL)).isEqualTo(ALL);
        assertThat(Permissions.teamsMayRecordComplimentsFor(HUNTINGDON_MANAGER, ALL))
                .containsExactly(HUNTINGDON);
        assertThat(Permissions.teamsMayRecordComplimentsFor(DIRECTOR, ALL)).isEmpty();
        assertThat(Permissions.teamsMayRecordComplimentsFor(NOBODY, ALL)).isEmpty();
        assertThat(Permissions.mayRecordComplimentFor(HUNTINGDON_MANAGER, null)).isFalse();
        assertThat(Permissions.mayRecordComplimentFor(OFFICER, null)).isTrue();
    }

    @Test
    void caseloadsAreEnteredByTheComplaintsTeamForAnyTeamAndByAManagerForTheirOwnMatchedInAnyCase() {
        StaffMember lowerCase =
                new StaffMember("m", Set.of(Role.RESPONDING_MANAGER), Set.of(new TeamName("huntingdon")));

        assertThat(Permissions.teamsMayEnterCaseloadsFor(OFFICER, ALL)).isEqualTo(ALL);
        assertThat(Permissions.teamsMayEnterCaseloadsFor(lowerCase, ALL)).containsExactly(HUNTINGDON);
        assertThat(Permissions.teamsMayEnterCaseloadsFor(DIRECTOR, ALL)).isEmpty();
        assertThat(List.of(OFFICER, HUNTINGDON_MANAGER, DIRECTOR, NOBODY))
                .filteredOn(Permissions::mayEnterCaseloads)
                .containsExactly(OFFICER, HUNTINGDON_MANAGER);
    }

    @Test
    void theComplaintsTeamAndDirectorsSeeEveryTeamAManagerTheirOwnAndNoRoleNothing() {
        assertThat(Permissions.teamsVisibleTo(OFFICER, ALL)).isEqualTo(ALL);
        assertThat(Permissions.teamsVisibleTo(DIRECTOR, ALL)).isEqualTo(ALL);
        assertThat(Permissions.teamsVisibleTo(HUNTINGDON_MANAGER, ALL)).containsExactly(HUNTINGDON);
        assertThat(Permissions.teamsVisibleTo(NOBODY, ALL)).isEmpty();
    }
}
