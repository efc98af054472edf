package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.infrastructure.ComplaintsSettings;
import uk.childrenscomplaints.local.standins.SentEmail;

/**
 * The whole local system run as a made-up second council (config/example-borough.properties): its pages, the
 * acknowledgement read back from the SES emulator, the quarterly report, a letter-only complaint's letters (read back
 * with PDFBox), the staff pages, the statistics CSV and the weekly summary carry its own name, teams, contact details,
 * brand and advocacy service, and nothing of the sample council's; its demo managers manage its own teams.
 */
class OtherCouncilIT {
    /** The sample council's name, places, team codes and advocacy service. */
    private static final Pattern SAMPLE_COUNCIL = Pattern.compile(
            "Cambridge|Huntingdon|Fenland|Shire Hall|NYAS|National Youth Advocacy|\\b(SCC|ECF|EDT|LAC)\\b|Kinship");

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([0-9a-f-]{36})\"");
    private static final String COMPLAINANT = "alex.carer@family.example";
    private static final String TEAM_MAILBOX = "complaints-team@council.example";
    private static final String NAME = "Northmere Borough Council";
    private static final String CIN_MANAGER = "children-in-need.manager@northmere.example";
    private static final Pattern STAFF_PAGE_LINK = Pattern.compile("href=\"(/staff/pages/[^\"#]*)\"");
    private static final Pattern CSV_LINK = Pattern.compile("id=\"download-csv\" href=\"([^\"]+)\"");
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
                    .contains("Northmere Young People's Advocacy")
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
                .contains("Northmere Young People's Advocacy")
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
                        .POST(HttpRequest.BodyPublishers.ofString(
                                RuntimeRequests.urlEncoded(carersComplaint(token.group(1)))))
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

    @Test
    void aLetterOnlyComplaintLoggedByStaffPrintsItsAcknowledgementAndTheDaysBatchUnderItsLetterhead() throws Exception {
        RuntimeRequests.Logged c = RuntimeRequests.loggedByPhone(runtime, "CIN");
        StaffPagesClient officer = StaffPagesClient.signIn(runtime, "officer");

        assertThat(officer.get("/staff/pages/dashboard").body())
                .as("the dashboard's letters to post")
                .contains(c.reference());
        String acknowledgement = RuntimeRequests.pdfText(
                officer.download("/staff/pages/complaints/" + c.id() + "/letters/acknowledgement"));
        String batch = RuntimeRequests.pdfText(officer.download("/staff/pages/letters/to-post.pdf"));
        for (String letter : new String[] {acknowledgement, batch}) {
            assertThat(letter)
                    .contains("Our reference: " + c.reference())
                    .contains(NAME)
                    .contains("Customer Feedback Team")
                    .contains("Town Hall")
                    .contains("1 Market Square")
                    .contains("NM1 1AA")
                    .contains("01632 960 777")
                    .contains("feedback@northmere.example")
                    .contains("Northmere Young People's Advocacy can help you for free: phone 01632 960 778")
                    .contains("https://advocacy.northmere.example");
        }
        assertThat(acknowledgement).contains("Dear Jo Phoned,").contains("4 Mill Lane");
        assertNothingOfTheSampleCouncil("the acknowledgement letter", acknowledgement);
        assertNothingOfTheSampleCouncil("the day's batch of letters", batch);
    }

    @Test
    void itsStaffPagesStatisticsCsvAndWeeklySummaryNameItsTeamsAndNothingOfTheSampleCouncil() throws Exception {
        RuntimeRequests.Logged c = RuntimeRequests.loggedByPhone(runtime, "CIN");
        StaffPagesClient officer = StaffPagesClient.signIn(runtime, "officer");

        String dashboard = officer.get("/staff/pages/dashboard").body();
        String complaint = officer.get("/staff/pages/complaints/" + c.id()).body();
        assertThat(dashboard).contains(NAME).contains(c.reference());
        assertThat(complaint).contains(c.reference());
        // Every staff page the officer can reach from the menu and the complaint's page, as the officer sees it.
        Set<String> reached = new TreeSet<>();
        for (String page : new String[] {dashboard, complaint}) {
            Matcher link = STAFF_PAGE_LINK.matcher(page);
            while (link.find()) {
                reached.add(link.group(1).replace("&amp;", "&"));
            }
        }
        reached.removeIf(path -> path.contains("/letters/") || path.endsWith(".pdf"));
        assertThat(reached).contains("/staff/pages/statistics", "/staff/pages/search");
        // The menu shows every page to every role; "Who looked" is the director's, so the officer gets its 403 page.
        StaffPagesClient director = StaffPagesClient.signIn(runtime, "director");
        for (String path : reached) {
            StaffPagesClient who = path.startsWith("/staff/pages/access") ? director : officer;
            HttpResponse<String> page = who.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertNothingOfTheSampleCouncil(path, page.body());
        }
        assertNothingOfTheSampleCouncil(
                "the officer's refusal of Who looked",
                officer.get("/staff/pages/access").body());
        assertNothingOfTheSampleCouncil("the dashboard", dashboard);
        assertNothingOfTheSampleCouncil("the complaint's page", complaint);

        Matcher csvLink =
                CSV_LINK.matcher(officer.get("/staff/pages/statistics").body());
        assertThat(csvLink.find()).as("the statistics page's CSV link").isTrue();
        HttpResponse<String> csv = officer.get(csvLink.group(1).replace("&amp;", "&"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).isNotBlank();
        assertNothingOfTheSampleCouncil("the statistics CSV", csv.body());

        // The coming Monday's summary to the manager of Children in need (the profile's CIN) lists the complaint.
        Instant monday = LocalDate.now(LocalRuntime.LONDON)
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .atTime(8, 0)
                .atZone(LocalRuntime.LONDON)
                .toInstant();
        runtime.schedules().fireNow("weekly-team-summary", monday);
        SentEmail summary = runtime.standIns().mailbox().emailsTo(CIN_MANAGER).stream()
                .filter(e -> e.subject().startsWith("Weekly complaints summary"))
                .reduce((first, second) -> second)
                .orElseThrow();
        assertThat(summary.text().orElse("")).contains(c.reference());
        assertNothingOfTheSampleCouncil("the summary's subject", summary.subject());
        assertNothingOfTheSampleCouncil("the summary's text", summary.text().orElse(""));
        assertNothingOfTheSampleCouncil("the summary's HTML", summary.html().orElse(""));
    }

    @Test
    void itsDemoManagersAreItsOwnTeamsManagersAndSeeOnlyTheirOwnTeamsComplaints() throws Exception {
        RuntimeRequests.Logged inNeed = RuntimeRequests.loggedByPhone(runtime, "CIN");

        HttpResponse<String> chooser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()
                .send(
                        HttpRequest.newBuilder(runtime.endpoint().resolve("/staff/pages/sign-in"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(chooser.body())
                .contains("value=\"cin-manager\"")
                .contains("value=\"cic-manager\"")
                .doesNotContain("huntingdon-manager")
                .doesNotContain("ecf-manager");
        assertThat(runtime.welcome()).contains("cin-manager").doesNotContain("huntingdon-manager");

        StaffPagesClient cinManager = StaffPagesClient.signIn(runtime, "cin-manager");
        assertThat(cinManager.get("/staff/pages/dashboard").body()).contains(inNeed.reference());
        assertThat(cinManager.get("/staff/pages/complaints/" + inNeed.id()).statusCode())
                .isEqualTo(200);
        assertThat(RuntimeRequests.staffApiGet(runtime, "/staff/complaints/" + inNeed.id(), "cin-manager")
                        .statusCode())
                .isEqualTo(200);
        assertThat(RuntimeRequests.staffApiGet(runtime, "/staff/complaints/" + inNeed.id(), "cic-manager")
                        .statusCode())
                .as("the children in care manager reading a children in need complaint")
                .isEqualTo(403);
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
}
