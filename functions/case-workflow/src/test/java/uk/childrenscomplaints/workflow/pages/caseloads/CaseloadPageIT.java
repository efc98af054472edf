package uk.childrenscomplaints.workflow.pages.caseloads;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;
import static uk.childrenscomplaints.workflow.WorkflowApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.PageRequests;
import uk.childrenscomplaints.workflow.SignInStandIn;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * The caseload page through the real Lambda handler, saving into dynalite. Teams in the configured order: SCC is box
 * 1, ECF box 2, Huntingdon box 3.
 */
class CaseloadPageIT {
    /** Monday 4 January 2027, 10:00 in London (GMT): the last quarter to end is Q3 of 2026 to 2027. */
    private static final String MON_2027_01_04 = "2027-01-04T10:00:00Z";

    private static final Instant NOW = Instant.parse(MON_2027_01_04);
    private static final String PATH = "/staff/pages/caseloads";

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.pages(MON_2027_01_04);

    private final SignInStandIn pool;
    private final FunctionApp app;

    CaseloadPageIT(SignInStandIn pool, FunctionApp app) {
        this.pool = pool;
        this.app = app;
    }

    private String officer() {
        return PageRequests.session(pool, "officer", "complaints-team", null, NOW);
    }

    private String huntingdonManager() {
        return PageRequests.session(pool, "huntingdon-manager", "responding-manager", "Huntingdon", NOW);
    }

    private String page(String token, String query) {
        return body(app.handle(PageRequests.get(token, PATH, query)));
    }

    private APIGatewayV2HTTPResponse save(String token, String form) {
        String csrf = PageRequests.csrf(page(token, null));
        return app.handle(PageRequests.postForm(token, PATH, "csrf=" + csrf + "&" + form));
    }

    @Test
    void theOfficerEntersFiguresForTheLastQuarterAndSeesThemAfterwards() {
        String officer = officer();
        assertThat(page(officer, null))
                .contains("Quarter 3 of 2026 to 2027 (October to December 2026)")
                .contains("id=\"none-entered\"");

        APIGatewayV2HTTPResponse r = save(officer, "quarter=2026-3&cases-1=1200&cases-2=800&cases-3=&cases-4=");

        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(303);
        assertThat(header(r, "Location")).isEqualTo("/staff/pages/caseloads?quarter=2026-3&saved=1");
        String after = page(officer, "quarter=2026-3&saved=1");
        assertThat(after).contains("Open caseloads saved");
        assertThat(PageRequests.cells(PageRequests.row(after, "entered", "SCC")))
                .contains("1200");
        assertThat(PageRequests.cells(PageRequests.row(after, "entered", "ECF")))
                .contains("800");
        assertThat(after)
                .doesNotContain("data-label=\"Huntingdon\"")
                .contains("id=\"cases-1\" name=\"cases-1\" type=\"text\" inputmode=\"numeric\" spellcheck=\"false\" "
                        + "value=\"1200\"");
        // The statistics use them: ECF's one complaint would be set against 800.
        assertThat(page(officer, "quarter=2026-2")).contains("id=\"none-entered\"");
    }

    @Test
    void aManagerHasOneBoxForTheirTeamAndCannotEnterAnothersFigure() {
        String manager = huntingdonManager();
        String own = page(manager, "quarter=2026-3");
        assertThat(own)
                .contains("<label class=\"govuk-label\" for=\"cases-3\">Huntingdon</label>")
                .doesNotContain("for=\"cases-1\"");

        APIGatewayV2HTTPResponse crafted = save(manager, "quarter=2026-3&cases-1=5");
        assertThat(crafted.getStatusCode()).isEqualTo(403);
        assertThat(body(crafted)).contains("You can enter figures only for a team you manage");
        assertThat(save(manager, "quarter=2026-3&cases-3=1500").getStatusCode()).isEqualTo(303);
        assertThat(PageRequests.cells(PageRequests.row(page(officer(), "quarter=2026-3"), "entered", "Huntingdon")))
                .contains("1500");
    }

    @Test
    void badFiguresAreListedAgainstTheirBoxAndNothingIsSaved() {
        String officer = officer();
        APIGatewayV2HTTPResponse r = save(officer, "quarter=2026-3&cases-1=lots&cases-2=-4");

        assertThat(r.getStatusCode()).isEqualTo(400);
        assertThat(body(r))
                .contains("<a href=\"#cases-1\">Enter SCC&#39;s open cases as a whole number, like 120</a>")
                .contains("value=\"lots\"");
        APIGatewayV2HTTPResponse negative = save(officer, "quarter=2026-3&cases-2=-4");
        assertThat(negative.getStatusCode()).isEqualTo(400);
        assertThat(body(negative)).contains("<a href=\"#cases-2\">Open cases must be a whole number of 0 or more");
        APIGatewayV2HTTPResponse future = save(officer, "quarter=2027-1&cases-2=4");
        assertThat(body(future)).contains("has not begun");
        APIGatewayV2HTTPResponse empty = save(officer, "quarter=2026-3&cases-1=&cases-2=");
        assertThat(body(empty)).contains("Enter at least one team&#39;s open cases");
        assertThat(page(officer, "quarter=2026-3")).contains("id=\"none-entered\"");
    }

    @Test
    void aFormWithoutThisSessionsTokenSavesNothingAndTheDirectorOnlyReads() {
        String officer = officer();
        APIGatewayV2HTTPResponse r =
                app.handle(PageRequests.postForm(officer, PATH, "csrf=forged&quarter=2026-3&cases-1=5"));
        assertThat(r.getStatusCode()).isEqualTo(403);
        assertThat(page(officer, "quarter=2026-3")).contains("id=\"none-entered\"");

        String director = page(PageRequests.session(pool, "director", "director", null, NOW), "quarter=2026-3");
        assertThat(director).contains("id=\"may-not-enter\"").doesNotContain("id=\"caseload-form\"");
        APIGatewayV2HTTPResponse anonymous = app.handle(PageRequests.get(null, PATH, null));
        assertThat(anonymous.getStatusCode()).isEqualTo(303);
        assertThat(header(app.handle(PageRequests.get(officer, PATH, null)), "Cache-Control"))
                .isEqualTo("no-store");
    }
}
