package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.infrastructure.ComplaintsSettings;
import uk.childrenscomplaints.local.standins.SentEmail;

/**
 * The whole local system run as a made-up second council (config/example-borough.yml): its pages, the
 * acknowledgement read back from the SES emulator, and the quarterly report carry its own name, teams, contact details
 * and brand, and nothing of the sample council's.
 */
class OtherCouncilIT {
    /** The sample council's name, places, team codes and advocacy service. */
    private static final Pattern SAMPLE_COUNCIL = Pattern.compile(
            "Cambridge|Huntingdon|Fenland|Shire Hall|NYAS|National Youth Advocacy|\\b(SCC|ECF|EDT|LAC)\\b|Kinship");

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([0-9a-f-]{36})\"");
    private static final String COMPLAINANT = "alex.carer@family.example";
    private static final String TEAM_MAILBOX = "complaints-team@council.example";
    private static final String NAME = "Northmere Borough Council";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = LocalRuntime.start(0, "example-borough");
    }

    @AfterAll
    static void stop() {
        runtime.close();
        System.clearProperty(ComplaintsSettings.PROFILE_VARIABLE);
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(runtime.endpoint().resolve(path))
                        .header("Accept", accept)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNothingOfTheSampleCouncil(String what, String text) {
        Matcher m = SAMPLE_COUNCIL.matcher(text);
        assertThat(m.find() ? m.group() : null)
                .as(what + " names the sample council")
                .isNull();
    }

    @Test
    void itsPagesShowItsNameTeamsContactsAndBrandAndNothingOfTheSampleCouncil() throws Exception {
        for (String path : new String[] {
            "/complaints/new", "/complaints/privacy", "/complaints/accessibility", "/complaints/cookies"
        }) {
            HttpResponse<String> page = get(path, "text/html");
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body())
                    .as(path)
                    .contains(NAME)
                    .contains("src=\"/assets/council/example-borough-logo.svg\"")
                    .contains("Northmere Young People&#39;s Advocacy")
                    .contains("href=\"/complaints/accessibility\"");
            if (!path.endsWith("cookies")) {
                assertThat(page.body()).as(path).contains("01632 960 777");
            }
            assertNothingOfTheSampleCouncil(path, page.body());
        }
        String form = get("/complaints/new", "text/html").body();
        assertThat(form)
                .contains("value=\"Children in care\"")
                .contains("Other ways to complain")
                .contains("Town Hall, 1 Market Square, Northmere, NM1 1AA")
                .contains("Northmere Young People&#39;s Advocacy")
                .doesNotContain("value=\"CIC\"");

        HttpResponse<String> css = get("/assets/council.css", "text/css,*/*;q=0.1");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains("--govuk-brand-colour:#5b2a86");
        assertThat(get("/assets/council/example-borough-logo.svg", "image/*,*/*")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void itsAcknowledgementAndQuarterlyReportCarryItsOwnDetails() throws Exception {
        runtime.standIns().mailbox().clear();
        Matcher token = FORM_TOKEN.matcher(get("/complaints/new", "text/html").body());
        assertThat(token.find()).isTrue();

        HttpResponse<String> sent = HTTP.send(
                HttpRequest.newBuilder(runtime.endpoint().resolve("/complaints"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(carersComplaint(token.group(1)))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isIn(200, 201);
        assertNothingOfTheSampleCouncil("the confirmation page", sent.body());

        // Sent by the runtime's outbox relay after the answer (decision 035).
        runtime.awaitOutboxRelay();
        SentEmail acknowledgement =
                runtime.standIns().mailbox().emailsTo(COMPLAINANT).get(0);
        String text = acknowledgement.text().orElse("");
        String html = acknowledgement.html().orElse("");
        assertThat(text)
                .contains(NAME)
                .contains("Northmere Young People's Advocacy")
                .contains("01632 960 778")
                .contains("01632 960 777")
                .contains("feedback@northmere.example");
        assertThat(html).contains("#5b2a86").doesNotContain("#1d70b8");
        assertNothingOfTheSampleCouncil("the acknowledgement's text", text);
        assertNothingOfTheSampleCouncil("the acknowledgement's HTML", html);
        assertThat(runtime.standIns().mailbox().emailsTo(TEAM_MAILBOX))
                .singleElement()
                .satisfies(e -> assertNothingOfTheSampleCouncil(
                        "the team's notice", e.text().orElse("")));

        runtime.schedules()
                .fireNow(
                        "quarterly-report",
                        LocalDateTime.parse("2026-10-01T07:30")
                                .atZone(LocalRuntime.LONDON)
                                .toInstant());
        SentEmail report = runtime.standIns().mailbox().emailsTo(TEAM_MAILBOX).stream()
                .filter(e -> !e.attachments().isEmpty())
                .findFirst()
                .orElseThrow();
        assertThat(report.html().orElse("")).contains(NAME).contains("border-top:10px solid #5b2a86");
        assertNothingOfTheSampleCouncil("the report's HTML", report.html().orElse(""));
        assertNothingOfTheSampleCouncil("the report's text", report.text().orElse(""));
    }

    private static Map<String, String> carersComplaint(String formToken) {
        LocalDate happened = LocalDate.now(ZoneId.of("Europe/London")).minusDays(10);
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("formToken", formToken);
        answers.put("complainantName", "Alex Carer");
        answers.put("email", COMPLAINANT);
        answers.put("relationship", "parent_carer");
        answers.put("viaAdvocate", "no");
        answers.put("team", "Children in care");
        answers.put("issues", "communication");
        answers.put("whatHappened", "Nobody returned my calls about the placement.");
        answers.put("matterOccurredOn-day", String.valueOf(happened.getDayOfMonth()));
        answers.put("matterOccurredOn-month", String.valueOf(happened.getMonthValue()));
        answers.put("matterOccurredOn-year", String.valueOf(happened.getYear()));
        answers.put("procedure", "statutory_childrens");
        answers.put("consent", "yes");
        return answers;
    }

    private static String urlEncoded(Map<String, String> answers) {
        return answers.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
