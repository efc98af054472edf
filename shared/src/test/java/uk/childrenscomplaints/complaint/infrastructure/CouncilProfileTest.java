package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.Teams;

/** A council is its profile: config/<name>.properties, laid over complaints.properties by ComplaintsSettings. */
class CouncilProfileTest {

    /** As a function starts with COUNCIL_PROFILE set (the local runtime sets it as a system property too). */
    private static ApplicationContext contextWith(String profile, Map<String, Object> environment) {
        String before = System.getProperty(ComplaintsSettings.PROFILE_VARIABLE);
        System.setProperty(ComplaintsSettings.PROFILE_VARIABLE, profile);
        try {
            return ApplicationContext.builder().properties(environment).start();
        } finally {
            if (before == null) {
                System.clearProperty(ComplaintsSettings.PROFILE_VARIABLE);
            } else {
                System.setProperty(ComplaintsSettings.PROFILE_VARIABLE, before);
            }
        }
    }

    private static ApplicationContext contextWith(String profile) {
        return contextWith(profile, Map.of());
    }

    @Test
    void theExampleBoroughsProfileGivesItsOwnNameTeamsManagersAndDetails() {
        try (ApplicationContext context = contextWith("example-borough")) {
            ComplaintsConfiguration config = context.getBean(ComplaintsConfiguration.class);
            CouncilProfile council = context.getBean(CouncilProfile.class);
            Teams teams = Teams.fromEntries(config.teams());

            assertThat(config.councilName()).isEqualTo("Northmere Borough Council");
            assertThat(teams.find("CIC")).contains(new TeamName("CIC"));
            assertThat(teams.publicName(new TeamName("CIC"))).isEqualTo("Children in care");
            assertThat(config.teamManagers()).containsEntry("CIC", "children-in-care.manager@northmere.example");
            assertThat(council.phone()).isEqualTo("01632 960 777");
            assertThat(council.phoneLink()).isEqualTo("tel:01632960777");
            assertThat(council.brandColour()).isEqualTo("#5b2a86");
            assertThat(council.advocacyName()).isEqualTo("Northmere Young People's Advocacy");
        }
    }

    @Test
    void theSampleCouncilsAdvocacyServiceIsNyasUnderTheKeysTheChildrensFormReads() {
        try (ApplicationContext context = contextWith(ComplaintsSettings.SAMPLE_PROFILE)) {
            assertThat(context.getProperty("complaints.council.advocacy-name", String.class))
                    .contains("National Youth Advocacy Service (NYAS)");
            assertThat(context.getProperty("complaints.council.advocacy-phone", String.class))
                    .contains("0808 808 1001");
            assertThat(context.getProperty("complaints.council.advocacy-url", String.class))
                    .contains("https://www.nyas.net");
            ComplaintsConfiguration config = context.getBean(ComplaintsConfiguration.class);
            assertThat(config.teamManagers()).containsEntry("Huntingdon", "huntingdon.manager@council.example");
        }
    }

    @Test
    void theTeamManagersSettingIsLaidOverTheProfilesManagers() {
        try (ApplicationContext context =
                contextWith("example-borough", Map.of("TEAM_MANAGERS", "CIC=new.manager@northmere.example"))) {
            assertThat(context.getBean(ComplaintsConfiguration.class).teamManagers())
                    .containsEntry("CIC", "new.manager@northmere.example")
                    .containsEntry("CIN", "children-in-need.manager@northmere.example");
        }
    }

    @Test
    void aProfileThatDoesNotExistIsRefusedNamingWhereToAddIt() {
        assertThatThrownBy(() -> ComplaintsSettings.profileSettings("no-such-council"))
                .hasMessageContaining("config/no-such-council.properties");
        assertThatThrownBy(() -> ComplaintsSettings.profileSettings("../secrets"))
                .hasMessageContaining("lower-case letters, digits and hyphens");
    }

    @Test
    void aBrandColourTooLightForWhiteTextIsRefused() {
        // GOV.UK's light blue #5694ca gives white text about 3.2:1, under AA's 4.5:1.
        assertThat(CouncilProfile.contrastWithWhite("#5694ca")).isLessThan(4.5);
        assertThat(CouncilProfile.contrastWithWhite("#1d70b8")).isGreaterThan(4.5);
        assertThatThrownBy(() -> profileWithColour("#5694ca")).hasMessageContaining("too light");
        assertThatThrownBy(() -> profileWithColour("blue")).hasMessageContaining("six hex digits");
    }

    @Test
    void aMissingDetailIsRefusedByItsKey() {
        assertThatThrownBy(() -> new CouncilProfile(
                        null,
                        "h",
                        "a@b.example",
                        "p",
                        "i",
                        "",
                        "#1d70b8",
                        "n",
                        "1",
                        "u",
                        "england-and-wales",
                        "children-act-1989-england",
                        "2026-11-30"))
                .hasMessageContaining("complaints.council.phone");
        assertThatThrownBy(() -> new CouncilProfile(
                        "1",
                        "h",
                        "a@b.example",
                        "p",
                        "i",
                        "",
                        "#1d70b8",
                        "n",
                        "1",
                        "u",
                        "scotland",
                        "children-act-1989-england",
                        "2026-11-30"))
                .hasMessageContaining("england-and-wales");
    }

    private static CouncilProfile profileWithColour(String colour) {
        return new CouncilProfile(
                "1",
                "h",
                "a@b.example",
                "p",
                "i",
                "",
                colour,
                "n",
                "1",
                "u",
                "england-and-wales",
                "children-act-1989-england",
                "2026-11-30");
    }
}
