package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComplaintsConfigurationTest {

    private static ComplaintsConfiguration withManagers(Map<String, String> map, String list) {
        return new ComplaintsConfiguration(
                "t",
                "b",
                "s",
                "from@council.test",
                "team@council.test",
                "Council",
                List.of(),
                map,
                Optional.empty(),
                3,
                2,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                90,
                Optional.ofNullable(list),
                Optional.empty(),
                Optional.empty(),
                null);
    }

    @Test
    void teamManagersComeFromOneSettingOfTeamEqualsAddressPairs() {
        ComplaintsConfiguration c =
                withManagers(null, "Huntingdon=h.manager@council.test; ECF = e.manager@council.test ;;not-a-pair");
        assertThat(c.teamManagers())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("Huntingdon", "h.manager@council.test", "ECF", "e.manager@council.test"));
    }

    @Test
    void theListWinsOverTheMapForTheSameTeam() {
        ComplaintsConfiguration c = withManagers(
                Map.of("Huntingdon", "old@council.test", "LAC", "l@council.test"), "Huntingdon=new@council.test");
        assertThat(c.teamManagers())
                .containsEntry("Huntingdon", "new@council.test")
                .containsEntry("LAC", "l@council.test");
    }

    @Test
    void reportsGoToTheComplaintsManagerOrWithoutOneToTheTeamsMailbox() {
        ComplaintsConfiguration none = withManagers(null, null);
        assertThat(none.reportRecipient()).isEqualTo("team@council.test");
        ComplaintsConfiguration blank = new ComplaintsConfiguration(
                "t",
                "b",
                "s",
                "from@council.test",
                "team@council.test",
                "Council",
                List.of(),
                null,
                Optional.empty(),
                3,
                2,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                90,
                Optional.empty(),
                Optional.of("  "),
                Optional.empty(),
                null);
        assertThat(blank.reportRecipient()).isEqualTo("team@council.test");
        ComplaintsConfiguration set = new ComplaintsConfiguration(
                "t",
                "b",
                "s",
                "from@council.test",
                "team@council.test",
                "Council",
                List.of(),
                null,
                Optional.empty(),
                3,
                2,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                90,
                Optional.empty(),
                Optional.of("manager@council.test"),
                Optional.empty(),
                null);
        assertThat(set.reportRecipient()).isEqualTo("manager@council.test");
    }

    @Test
    void theSesConfigurationSetIsOptionalAndBlankMeansNone() {
        ComplaintsConfiguration none = withManagers(null, null);
        assertThat(none.sesConfigurationSet()).isEmpty();
        ComplaintsConfiguration blank = new ComplaintsConfiguration(
                "t",
                "b",
                "s",
                "from@council.test",
                "team@council.test",
                "Council",
                List.of(),
                null,
                Optional.empty(),
                3,
                2,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                90,
                Optional.empty(),
                Optional.empty(),
                Optional.of(" "),
                null);
        assertThat(blank.sesConfigurationSet()).isEmpty();
        ComplaintsConfiguration set = new ComplaintsConfiguration(
                "t",
                "b",
                "s",
                "from@council.test",
                "team@council.test",
                "Council",
                List.of(),
                null,
                Optional.empty(),
                3,
                2,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                90,
                Optional.empty(),
                Optional.empty(),
                Optional.of(" complaints-email "),
                null);
        assertThat(set.sesConfigurationSet()).contains("complaints-email");
    }

    @Test
    void metricsGoToTheConfiguredNamespaceOrWithoutOneToChildrensComplaints() {
        assertThat(withManagers(null, null).metricsNamespace()).isEqualTo("ChildrensComplaints");
        ComplaintsConfiguration staged = new ComplaintsConfiguration(
                "t",
                "b",
                "s",
                "from@council.test",
                "team@council.test",
                "Council",
                List.of(),
                null,
                Optional.empty(),
                3,
                2,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                90,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "ChildrensComplaints/prod");
        assertThat(staged.metricsNamespace()).isEqualTo("ChildrensComplaints/prod");
    }

    /** Issue 13, finding 5: a manager's address is where chasers and summaries go; a bad one stops the start. */
    @Test
    void aTeamManagerAddressThatIsNotOneMailboxStopsTheStartNamingTheSettingNotTheValue() {
        for (String bad : List.of("a@b", "h@council.test,e@council.test", "Hunt <h@council.test>")) {
            assertThatThrownBy(() -> withManagers(null, "Huntingdon=" + bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("TEAM_MANAGERS")
                    .hasMessageContaining("Huntingdon")
                    .hasMessageNotContaining(bad);
            assertThatThrownBy(() -> withManagers(Map.of("LAC", bad), null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("complaints.team-managers")
                    .hasMessageNotContaining(bad);
        }
    }
}
