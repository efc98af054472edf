package uk.childrenscomplaints.workflow.pages.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;
import static uk.childrenscomplaints.workflow.WorkflowApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Instant;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.PageRequests;
import uk.childrenscomplaints.workflow.SignInStandIn;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * The statistics page and its CSV through the real Lambda handler, over complaints logged through the staff API into
 * dynalite: October to December 2026 against the same quarter of 2025.
 */
class StatisticsPageIT {
    /** Monday 4 January 2027, 10:00 in London (GMT). */
    private static final String MON_2027_01_04 = "2027-01-04T10:00:00Z";

    private static final Instant NOW = Instant.parse(MON_2027_01_04);
    private static final String Q3 = "from=2026-10-01&to=2026-12-31";

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.pages(MON_2027_01_04);

    private final SignInStandIn pool;
    private final FunctionApp app;

    StatisticsPageIT(SignInStandIn pool, FunctionApp app) {
        this.pool = pool;
        this.app = app;
    }

    @BeforeEach
    void start() {
        // This quarter: three for Huntingdon, one for ECF. The same quarter a year earlier: two for Huntingdon.
        logged("Huntingdon", "2026-10-05");
        logged("Huntingdon", "2026-11-10", "email");
        logged("Huntingdon", "2026-12-01");
        logged("ECF", "2026-11-20");
        logged("Huntingdon", "2025-10-15");
        logged("Huntingdon", "2025-12-01", "letter");
        // Outside both periods: never counted.
        logged("ECF", "2027-01-04");
    }

    private String officer() {
        return PageRequests.session(pool, "officer", "complaints-team", null, NOW);
    }

    private String huntingdonManager() {
        return PageRequests.session(pool, "huntingdon-manager", "responding-manager", "Huntingdon", NOW);
    }

    private void logged(String team, String receivedOn) {
        logged(team, receivedOn, "telephone");
    }

    private void logged(String team, String receivedOn, String route) {
        APIGatewayV2HTTPEvent e =
                WorkflowApp.logComplaint(OFFICER, team, UUID.randomUUID().toString());
        e.setBody(e.getBody()
                .replace("\"receivedOn\": \"2027-01-04\"", "\"receivedOn\": \"" + receivedOn + "\"")
                .replace("\"route\": \"telephone\"", "\"route\": \"" + route + "\""));
        APIGatewayV2HTTPResponse r = app.handle(e);
        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(201);
    }

    private APIGatewayV2HTTPResponse statistics(String token, String query) {
        return app.handle(PageRequests.get(token, "/staff/pages/statistics", query));
    }

    @Test
    void theOfficerSeesTheQuartersFiguresAgainstTheSameQuarterAYearEarlier() {
        APIGatewayV2HTTPResponse r = statistics(officer(), Q3);

        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(200);
        assertThat(header(r, "Cache-Control")).isEqualTo("no-store");
        String page = body(r);
        assertThat(PageRequests.html(page).getElementById("scope").text())
                .isEqualTo("All teams: the whole council's figures.");
        assertThat(page)
                .contains("1 October 2026 to 31 December 2026")
                .contains("Complaints received: <strong>4</strong>");
        assertThat(PageRequests.html(page).getElementById("change").text())
                .isEqualTo("4 against 2: an increase of 2 (100%)");
        Element yearEarlier = PageRequests.row(page, "year-on-year", "year earlier");
        assertThat(PageRequests.figure(yearEarlier, "count")).isEqualTo("2");
        assertThat(yearEarlier.select("rect[x=0][y=2][width=100]")).hasSize(1);
        Element thisPeriod = PageRequests.row(page, "year-on-year", "this period");
        assertThat(PageRequests.figure(thisPeriod, "count")).isEqualTo("4");
        assertThat(thisPeriod.select("rect[width=200][height=16]")).hasSize(1);
        Element huntingdon = PageRequests.row(page, "teams", "Huntingdon");
        assertThat(PageRequests.figure(huntingdon, "count")).isEqualTo("3");
        assertThat(PageRequests.figure(huntingdon, "percent")).isEqualTo("75%");
        assertThat(PageRequests.figure(huntingdon, "open-cases")).isEqualTo("Not entered");
        Element ecf = PageRequests.row(page, "teams", "ECF");
        assertThat(PageRequests.figure(ecf, "count")).isEqualTo("1");
        assertThat(PageRequests.figure(ecf, "percent")).isEqualTo("25%");
        Element parents = PageRequests.row(page, "complainants", "Parent or carer");
        assertThat(PageRequests.figure(parents, "count")).isEqualTo("4");
        assertThat(PageRequests.figure(parents, "percent")).isEqualTo("100%");
        assertThat(PageRequests.figure(PageRequests.row(page, "timeliness", "No Stage 1 response yet"), "count"))
                .isEqualTo("4");
        // By route: three by telephone and one by email, against one by telephone and one by letter a year earlier.
        Element telephone = PageRequests.row(page, "routes", "Telephone");
        assertThat(PageRequests.figure(telephone, "count")).isEqualTo("3");
        assertThat(PageRequests.figure(telephone, "percent")).isEqualTo("75%");
        assertThat(PageRequests.figure(telephone, "year-earlier-count")).isEqualTo("1");
        assertThat(PageRequests.figure(telephone, "year-earlier-percent")).isEqualTo("50%");
        Element email = PageRequests.row(page, "routes", "Email");
        assertThat(PageRequests.figure(email, "count")).isEqualTo("1");
        assertThat(PageRequests.figure(email, "year-earlier-percent")).isEqualTo("0%");
        Element letter = PageRequests.row(page, "routes", "Letter");
        assertThat(PageRequests.figure(letter, "count")).isEqualTo("0");
        assertThat(PageRequests.figure(letter, "year-earlier-count")).isEqualTo("1");
        assertThat(PageRequests.row(page, "routes", "In person")).isNotNull();
        assertThat(PageRequests.row(page, "routes", "Online form")).isNotNull();
        assertThat(PageRequests.html(page).getElementById("reopened").text()).endsWith(": 0");
        assertThat(page)
                .contains("href=\"/staff/pages/statistics.csv?from=2026-10-01&amp;to=2026-12-31\"")
                // The bars are SVG attributes, never inline style, which the pages' policy forbids.
                .doesNotContain("style=");
    }

    @Test
    void aRespondingManagerSeesOnlyTheirTeamAndThePageSaysSo() {
        String page = body(statistics(huntingdonManager(), Q3));

        assertThat(PageRequests.html(page).getElementById("scope").text())
                .isEqualTo("Only Huntingdon: the figures of the team you manage.");
        assertThat(page).contains("Complaints received: <strong>3</strong>");
        assertThat(PageRequests.html(page).getElementById("change").text())
                .isEqualTo("3 against 2: an increase of 1 (50%)");
        assertThat(PageRequests.html(page).select("tr[data-label=ECF]")).isEmpty();
        assertThat(PageRequests.figure(PageRequests.row(page, "teams", "Huntingdon"), "percent"))
                .isEqualTo("100%");

        String csv = body(app.handle(PageRequests.get(huntingdonManager(), "/staff/pages/statistics.csv", Q3)));
        assertThat(csv).contains("totalReceived,all,3,,\r\n").doesNotContain("byTeam,ECF");
    }

    @Test
    void theCsvIsTheReportsCsvForTheSamePeriodAsAnAttachment() {
        APIGatewayV2HTTPResponse r = app.handle(PageRequests.get(officer(), "/staff/pages/statistics.csv", Q3));

        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(200);
        assertThat(header(r, "Content-Type")).startsWith("text/csv");
        assertThat(header(r, "Content-Disposition"))
                .isEqualTo("attachment; filename=\"complaints-statistics-2026-10-01-to-2026-12-31.csv\"");
        assertThat(header(r, "Cache-Control")).isEqualTo("no-store");
        assertThat(body(r))
                .startsWith("section,item,value,out_of,percent\r\nperiod,from,2026-10-01,,\r\n")
                .contains("totalReceived,all,4,,\r\n")
                .contains("changeOnYearEarlier,change,2,2,100\r\n")
                .contains("byTeam,Huntingdon,3,4,75\r\n")
                .contains("byTeam,ECF,1,4,25\r\n");
    }

    @Test
    void badDatesAreListedInTheErrorSummaryAndNoFiguresAreShown() {
        APIGatewayV2HTTPResponse notADate =
                statistics(officer(), "from-day=31&from-month=2&from-year=2026&to-day=&to-month=&to-year=");
        assertThat(notADate.getStatusCode()).isEqualTo(400);
        assertThat(body(notADate))
                .contains("govuk-error-summary")
                .contains("<a href=\"#from-day\">The start date must be a real date, like 1 4 2009</a>")
                .contains("value=\"31\"")
                .doesNotContain("Complaints received:");

        APIGatewayV2HTTPResponse backwards = statistics(officer(), "from=2026-12-31&to=2026-10-01");
        assertThat(backwards.getStatusCode()).isEqualTo(400);
        assertThat(body(backwards))
                .contains("<a href=\"#to-day\">The end date must be the same as or after the start date</a>");

        APIGatewayV2HTTPResponse tooLong = statistics(officer(), "from=2008-04-01&to=2026-12-31");
        assertThat(tooLong.getStatusCode()).isEqualTo(400);
        assertThat(body(tooLong)).contains("A report covers at most 10 years");

        APIGatewayV2HTTPResponse partial = statistics(officer(), "from-day=1&from-month=10&from-year=&to=2026-12-31");
        assertThat(body(partial)).contains("<a href=\"#from-year\">The start date must include a year</a>");

        APIGatewayV2HTTPResponse csv =
                app.handle(PageRequests.get(officer(), "/staff/pages/statistics.csv", "from=2026-12-31&to=2026-10-01"));
        assertThat(csv.getStatusCode()).isEqualTo(400);
        assertThat(body(csv)).contains("The end date must be the same as or after the start date");
    }

    @Test
    void theCustomDateBoxesGiveTheSameFiguresAsTheQuickPick() {
        String typed = body(
                statistics(officer(), "from-day=1&from-month=10&from-year=2026&to-day=31&to-month=12&to-year=2026"));

        assertThat(typed)
                .contains("Complaints received: <strong>4</strong>")
                .contains("id=\"from-day\" name=\"from-day\" type=\"text\" inputmode=\"numeric\" value=\"1\"");
        // The quick picks: the last four quarters and two financial years before today (4 January 2027).
        assertThat(typed)
                .contains("href=\"/staff/pages/statistics?from=2026-10-01&amp;to=2026-12-31\" "
                        + "aria-current=\"page\">Quarter 3 of 2026 to 2027</a>")
                .contains(">Quarter 4 of 2025 to 2026</a>")
                .contains("href=\"/staff/pages/statistics?from=2025-04-01&amp;to=2026-03-31\">"
                        + "Financial year 2025 to 2026</a>");
    }

    @Test
    void withoutASessionThePageAndTheCsvSendYouToSignIn() {
        for (String path : new String[] {"/staff/pages/statistics", "/staff/pages/statistics.csv"}) {
            APIGatewayV2HTTPResponse r = app.handle(PageRequests.get(null, path, Q3));
            assertThat(r.getStatusCode()).as(path).isEqualTo(303);
            assertThat(header(r, "Location")).isEqualTo("/staff/pages/sign-in");
            assertThat(String.valueOf(body(r))).doesNotContain("Huntingdon");
        }
        APIGatewayV2HTTPResponse noRole = statistics(PageRequests.session(pool, "visitor", "admins", null, NOW), Q3);
        assertThat(noRole.getStatusCode()).isEqualTo(403);
        assertThat(body(noRole)).doesNotContain("Complaints received");
    }
}
