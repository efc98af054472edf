package uk.childrenscomplaints.workflow.pages.search;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;
import static uk.childrenscomplaints.workflow.WorkflowApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Instant;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.PageRequests;
import uk.childrenscomplaints.workflow.SignInStandIn;
import uk.childrenscomplaints.workflow.WorkflowApp;

/** The "Find a complaint" page through the real Lambda handler, reading dynalite. */
class SearchPageIT {
    /** Monday 11 January 2027, 10:00 in London (GMT). */
    private static final String MON_2027_01_11 = "2027-01-11T10:00:00Z";

    private static final Instant NOW = Instant.parse(MON_2027_01_11);
    private static final String PATH = "/staff/pages/search";

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.pages(MON_2027_01_11);

    private final SignInStandIn pool;
    private final FunctionApp app;

    SearchPageIT(SignInStandIn pool, FunctionApp app) {
        this.pool = pool;
        this.app = app;
    }

    private String officer() {
        return PageRequests.session(pool, "officer", "complaints-team", null, NOW);
    }

    private String manager(String team) {
        return PageRequests.session(pool, team.toLowerCase() + "-manager", "responding-manager", team, NOW);
    }

    /** Logs a complaint through the staff API, received on 4 January 2027; its reference. */
    private String logged(String team, String name) {
        var e = WorkflowApp.logComplaint(
                WorkflowApp.OFFICER, team, UUID.randomUUID().toString());
        e.setBody(e.getBody().replace("\"Robin Caller\"", "\"" + name + "\""));
        APIGatewayV2HTTPResponse r = app.handle(e);
        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(201);
        return body(r).replaceAll("(?s).*\"reference\":\"([^\"]+)\".*", "$1");
    }

    private APIGatewayV2HTTPResponse search(String session, String form) {
        String csrf = PageRequests.csrf(body(app.handle(PageRequests.get(session, PATH, null))));
        return app.handle(PageRequests.postForm(session, PATH, "csrf=" + PageRequests.encode(csrf) + "&" + form));
    }

    @Test
    void theFormOffersEveryFilterAndAManagerOnlyTheirOwnTeams() {
        Document page = PageRequests.html(body(app.handle(PageRequests.get(manager("Huntingdon"), PATH, null))));

        assertThat(page.select("form#search-form input, form#search-form select")
                        .eachAttr("name"))
                .contains("reference", "name", "email", "phone", "team", "ageBand", "stage", "state")
                .contains("from-day", "to-year");
        assertThat(page.select("#team option").eachText()).containsExactly("Any team", "Huntingdon");
        assertThat(page.select("#results")).isEmpty();
    }

    @Test
    void aNameSearchListsTheMatchesWithNothingPersonalInTheAddressOrTheRows() {
        String ours = logged("Huntingdon", "Jane Smith");
        String theirs = logged("ECF", "Jane Smith");

        APIGatewayV2HTTPResponse r = search(officer(), "name=" + PageRequests.encode("jane smith"));

        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(200);
        assertThat(header(r, "Cache-Control")).isEqualTo("no-store");
        Document page = PageRequests.html(body(r));
        assertThat(page.select("#results tbody tr")).hasSize(2);
        assertThat(page.select("#results a").eachText()).containsExactlyInAnyOrder(ours, theirs);
        assertThat(page.select("#result-count").text()).isEqualTo("2 complaints, page 1 of 1");
        assertThat(page.select("#results").text()).doesNotContain("Jane", "Smith");
        assertThat(page.select("#name").val()).isEqualTo("jane smith");

        // What was typed comes back escaped.
        String typed = body(search(officer(), "name=" + PageRequests.encode("<b>Nobody</b>")));
        assertThat(typed).doesNotContain("<b>Nobody").contains("&lt;b&gt;Nobody");
    }

    @Test
    void aManagerSeesOnlyTheirTeamsMatchesAndNoResultsTextWhenNoneAreTheirs() {
        String ours = logged("Huntingdon", "Jane Smith");
        logged("ECF", "Jane Smith");

        Document own = PageRequests.html(body(search(manager("Huntingdon"), "name=Smith")));
        assertThat(own.select("#results a").eachText()).containsExactly(ours);

        Document other = PageRequests.html(body(search(manager("Kinship"), "name=Smith&team=Huntingdon")));
        assertThat(other.select("#no-results").text()).startsWith("No complaints you can see match your search");
        assertThat(other.select("#results")).isEmpty();
    }

    @Test
    void anImpossibleDateRangeShowsTheErrorSummaryAndTheFieldsError() {
        APIGatewayV2HTTPResponse r = search(
                officer(), "name=Smith&from-day=31&from-month=1&from-year=2027&to-day=1&to-month=1&to-year=2027");

        assertThat(r.getStatusCode()).isEqualTo(400);
        Document page = PageRequests.html(body(r));
        assertThat(page.title()).startsWith("Error: Find a complaint");
        assertThat(page.select(".govuk-error-summary a").eachText())
                .containsExactly("The last date received must be the same as or after the first date received");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#to-day");
        assertThat(page.select("#to-error").text()).contains("must be the same as or after");
        assertThat(page.select("#results")).isEmpty();
    }

    @Test
    void twentyFiveMatchesArePagedByButtonsThatCarryTheTermsInTheFormNotTheAddress() {
        for (int i = 0; i < 25; i++) {
            logged("Huntingdon", "Sam Jones");
        }
        Document first = PageRequests.html(body(search(officer(), "name=Jones")));
        assertThat(first.select("#results tbody tr")).hasSize(20);
        assertThat(first.select("#result-count").text()).isEqualTo("25 complaints, page 1 of 2");
        assertThat(first.select("#pages-form").attr("method")).isEqualTo("post");
        assertThat(first.select("#pages-form input[name=name]").val()).isEqualTo("Jones");
        assertThat(first.select("#next-page").val()).isEqualTo("2");
        assertThat(first.select("#pages-form a")).isEmpty();

        Document second = PageRequests.html(body(search(officer(), "name=Jones&page=2")));
        assertThat(second.select("#results tbody tr")).hasSize(5);
        assertThat(second.select("#result-count").text()).isEqualTo("25 complaints, page 2 of 2");
        assertThat(second.select("#previous-page").val()).isEqualTo("1");
    }

    @Test
    void aFormWithoutThisSessionsTokenIsRefused() {
        APIGatewayV2HTTPResponse r = app.handle(PageRequests.postForm(officer(), PATH, "name=Smith"));
        assertThat(r.getStatusCode()).isEqualTo(403);
    }
}
