package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The settings files are properties, read as the map the YAML files made (decision 043): keys as written, a list's
 * numbered entries as one list in their numbers' order, UTF-8 text intact, and every setting reaching the context.
 */
class ComplaintsSettingsTest {

    @Test
    void aListsEntriesAreOneListInTheirNumbersOrderNotTheFilesOrTheAlphabets() throws IOException {
        StringBuilder file = new StringBuilder("complaints.council-name=A council\n");
        for (int i = 11; i >= 0; i--) {
            file.append("complaints.teams[")
                    .append(i)
                    .append("]=T")
                    .append(i)
                    .append("=Team ")
                    .append(i)
                    .append('\n');
        }

        Map<String, Object> settings = ComplaintsSettings.parse("test", new StringReader(file.toString()));

        assertThat(settings.keySet()).containsExactly("complaints.council-name", "complaints.teams");
        assertThat(settings.get("complaints.teams"))
                .isEqualTo(List.of(
                        "T0=Team 0",
                        "T1=Team 1",
                        "T2=Team 2",
                        "T3=Team 3",
                        "T4=Team 4",
                        "T5=Team 5",
                        "T6=Team 6",
                        "T7=Team 7",
                        "T8=Team 8",
                        "T9=Team 9",
                        "T10=Team 10",
                        "T11=Team 11"));
    }

    @Test
    void aListWithAGapIsRefusedSayingHowToNumberIt() {
        String file = "complaints.teams[0]=A=First\ncomplaints.teams[2]=C=Third\n";

        assertThatThrownBy(() -> ComplaintsSettings.parse("councils/gappy.properties", new StringReader(file)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("councils/gappy.properties")
                .hasMessageContaining("complaints.teams[0], complaints.teams[1]");
    }

    @Test
    void aProfileIsReadAsUtf8SoAWelshCouncilsNameArrivesWhole() throws IOException {
        byte[] utf8 = "complaints.council-name=Cyngor Sir Ynys Môn\n".getBytes(StandardCharsets.UTF_8);

        Map<String, Object> settings = ComplaintsSettings.parse(
                "test", new InputStreamReader(new java.io.ByteArrayInputStream(utf8), StandardCharsets.UTF_8));

        assertThat(settings).containsEntry("complaints.council-name", "Cyngor Sir Ynys Môn");
    }

    @Test
    void aSpaceInATeamCodeIsWrittenEscapedAndKeptInTheKey() throws IOException {
        Map<String, Object> settings = ComplaintsSettings.parse(
                "test", new StringReader("complaints.team-managers.Safeguarding\\ Unit=s@council.example\n"));

        assertThat(settings).containsEntry("complaints.team-managers.Safeguarding Unit", "s@council.example");
    }

    @Test
    void everySettingInSharedsFileAndTheSampleProfileReachesTheContext() throws IOException {
        Properties shared = new Properties();
        Properties profile = new Properties();
        ClassLoader loader = ComplaintsSettingsTest.class.getClassLoader();
        try (InputStream a = loader.getResourceAsStream(ComplaintsSettings.FILE);
                InputStream b = loader.getResourceAsStream("councils/sample-council.properties")) {
            shared.load(new InputStreamReader(a, StandardCharsets.UTF_8));
            profile.load(new InputStreamReader(b, StandardCharsets.UTF_8));
        }
        List<PropertySource> sources = ComplaintsSettings.sources(ComplaintsSettings.SAMPLE_PROFILE);

        try (ApplicationContext context = ApplicationContext.builder()
                .propertySources(sources.toArray(PropertySource[]::new))
                .start()) {
            for (String key : shared.stringPropertyNames()) {
                assertThat(context.containsProperty(key)).as(key).isTrue();
            }
            for (String key : profile.stringPropertyNames()) {
                if (key.startsWith(ComplaintsSettings.PROFILE_MANAGERS)) {
                    continue; // joined into team-manager-list, checked through teamManagers() below
                }
                String name = key.replaceAll("\\[\\d+]$", "");
                assertThat(context.containsProperty(name)).as(key).isTrue();
            }
            ComplaintsConfiguration config = context.getBean(ComplaintsConfiguration.class);
            IntakeConfiguration intake = context.getBean(IntakeConfiguration.class);
            CouncilProfile council = context.getBean(CouncilProfile.class);
            assertThat(config.councilName()).isEqualTo("Cambridgeshire County Council");
            assertThat(config.teams()).hasSize(8).first().asString().startsWith("SCC=");
            assertThat(config.teams()).last().asString().isEqualTo("16+=Leaving care (16 and over)");
            assertThat(config.teamManagers())
                    .containsEntry("Huntingdon", "huntingdon.manager@council.example")
                    .containsEntry("ECF", "ecf.manager@council.example");
            assertThat(council.accessibilityReviewedOn()).isEqualTo("2026-11-30");
            assertThat(council.brandColour()).isEqualTo("#1d70b8");
            assertThat(intake.formTokenHours()).isEqualTo(168);
            assertThat(context.getProperty("complaints.retention.complaint-years", Integer.class))
                    .contains(6);
        }
    }
}
