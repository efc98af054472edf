package uk.childrenscomplaints.workflow.pages.compliments;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;
import static uk.childrenscomplaints.workflow.WorkflowApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.PageRequests;
import uk.childrenscomplaints.workflow.SignInStandIn;
import uk.childrenscomplaints.workflow.WorkflowApp;

/** The compliments page through the real Lambda handler, recording into dynalite. */
class ComplimentsPageIT {
    /** Monday 4 January 2027, 10:00 in London (GMT). */
    private static final String MON_2027_01_04 = "2027-01-04T10:00:00Z";

    private static final Instant NOW = Instant.parse(MON_2027_01_04);
    private static final String PATH = "/staff/pages/compliments";

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.pages(MON_2027_01_04);

    private final LocalAws aws;
    private final SignInStandIn pool;
    private final FunctionApp app;
    private final String table;

    ComplimentsPageIT(LocalAws aws, SignInStandIn pool, FunctionApp app) {
        this.aws = aws;
        this.pool = pool;
        this.app = app;
        this.table = app.table();
    }

    private String officer() {
        return PageRequests.session(pool, "officer", "complaints-team", null, NOW);
    }

    private String manager(String team) {
        return PageRequests.session(pool, team.toLowerCase() + "-manager", "responding-manager", team, NOW);
    }

    private String director() {
        return PageRequests.session(pool, "director", "director", null, NOW);
    }

    private APIGatewayV2HTTPResponse page(String token) {
        return app.handle(PageRequests.get(token, PATH, null));
    }

    private APIGatewayV2HTTPResponse record(String token, String form) {
        return app.handle(PageRequests.postForm(token, PATH, form));
    }

    private String tokenOnPage(String token) {
        return PageRequests.csrf(body(page(token)));
    }

    private long complimentsStored() {
        return aws.dynamoDb().scan(s -> s.tableName(table)).items().stream()
                .filter(i -> i.get("pk").s().startsWith("COMPLIMENT#"))
                .count();
    }

    private static String form(
            String csrf, String team, String day, String month, String year, String from, String text) {
        return "csrf=" + PageRequests.encode(csrf) + "&team=" + PageRequests.encode(team) + "&received-day=" + day
                + "&received-month=" + month + "&received-year=" + year + "&fromWhom=" + PageRequests.encode(from)
                + "&text=" + PageRequests.encode(text);
    }

    @Test
    void theOfficerRecordsAComplimentAndSeesItListedEscapedWithNothingPersonalInTheAddress() {
        String officer = officer();
        APIGatewayV2HTTPResponse r = record(
                officer,
                form(
                        tokenOnPage(officer),
                        "Huntingdon",
                        "2",
                        "11",
                        "2026",
                        "Mrs O'Brien & family",
                        "<b>Thank you</b> for the help"));

        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(303);
        assertThat(header(r, "Location")).isEqualTo("/staff/pages/compliments?recorded=1");
        APIGatewayV2HTTPResponse listed = app.handle(PageRequests.get(officer, PATH, "recorded=1"));
        assertThat(header(listed, "Cache-Control")).isEqualTo("no-store");
        assertThat(body(listed))
                .contains("Compliment recorded")
                .contains("<td class=\"govuk-table__cell\">2 November 2026</td>")
                .contains("<td class=\"govuk-table__cell\">Huntingdon</td>")
                .contains("Mrs O&#39;Brien &amp; family")
                .contains("&lt;b&gt;Thank you&lt;/b&gt; for the help")
                .doesNotContain("<b>Thank you</b>");
        assertThat(complimentsStored()).isEqualTo(1);
    }

    @Test
    void aFormWithoutThisSessionsTokenIsRefusedAndRecordsNothing() {
        String officer = officer();
        String anotherSession = PageRequests.csrf(body(page(manager("Huntingdon"))));
        for (String csrf : new String[] {"", "forged", anotherSession}) {
            APIGatewayV2HTTPResponse r =
                    record(officer, form(csrf, "Huntingdon", "2", "11", "2026", "A parent", "Thanks"));
            assertThat(r.getStatusCode()).as("token '%s'", csrf).isEqualTo(403);
            assertThat(body(r)).contains("This form has expired");
        }
        assertThat(complimentsStored()).isZero();
    }

    @Test
    void anEmptyFormListsEveryProblemInTheFormsOrderAndRecordsNothing() {
        String officer = officer();
        APIGatewayV2HTTPResponse r = record(officer, form(tokenOnPage(officer), "", "", "", "", "", ""));

        assertThat(r.getStatusCode()).isEqualTo(400);
        String page = body(r);
        assertThat(page).contains("<title>Error: Compliments");
        assertThat(PageRequests.html(page).select("a[href^=#]").stream().map(a -> a.attr("href") + " " + a.text()))
                .containsSubsequence(
                        "#team Choose one of the council's teams",
                        "#received-day Enter the date the compliment was received",
                        "#fromWhom Say who the compliment is from",
                        "#text Enter what the compliment says");
        assertThat(complimentsStored()).isZero();

        APIGatewayV2HTTPResponse future =
                record(officer, form(tokenOnPage(officer), "ECF", "5", "1", "2027", "A carer", "Thanks"));
        assertThat(future.getStatusCode()).isEqualTo(400);
        assertThat(body(future))
                .contains("<a href=\"#received-day\">The date cannot be in the future</a>")
                // What was typed comes back, so nothing has to be typed again.
                .contains("value=\"A carer\"")
                .contains("<option value=\"ECF\" selected=\"selected\">ECF</option>");
        assertThat(complimentsStored()).isZero();
    }

    @Test
    void aManagerRecordsOnlyForTheirTeamAndSeesOnlyTheirTeamsCompliments() {
        String officer = officer();
        record(officer, form(tokenOnPage(officer), "Huntingdon", "2", "11", "2026", "A parent", "Huntingdon thanks"));
        record(officer, form(tokenOnPage(officer), "ECF", "3", "11", "2026", "A carer", "ECF thanks"));

        String ecf = manager("ECF");
        String ecfPage = body(page(ecf));
        assertThat(ecfPage)
                .contains("ECF thanks")
                .doesNotContain("Huntingdon thanks")
                .contains("<option value=\"ECF\">ECF</option>")
                .doesNotContain("<option value=\"Huntingdon\"");

        APIGatewayV2HTTPResponse other =
                record(ecf, form(PageRequests.csrf(ecfPage), "Huntingdon", "4", "11", "2026", "A parent", "Crafted"));
        assertThat(other.getStatusCode()).isEqualTo(403);
        assertThat(body(other)).contains("You can record compliments only for a team you manage");
        APIGatewayV2HTTPResponse own =
                record(ecf, form(PageRequests.csrf(ecfPage), "ECF", "4", "11", "2026", "A parent", "Own team"));
        assertThat(own.getStatusCode()).isEqualTo(303);
        assertThat(complimentsStored()).isEqualTo(3);
    }

    @Test
    void theDirectorSeesEveryComplimentButHasNoFormToRecordOne() {
        String officer = officer();
        record(officer, form(tokenOnPage(officer), "Huntingdon", "2", "11", "2026", "A parent", "Huntingdon thanks"));

        String page = body(page(director()));
        assertThat(page)
                .contains("Huntingdon thanks")
                .contains("id=\"may-not-record\"")
                .doesNotContain("id=\"record-compliment\"");
    }

    @Test
    void withoutASessionThePageSendsYouToSignInAndTheFormRecordsNothing() {
        APIGatewayV2HTTPResponse get = page(null);
        APIGatewayV2HTTPResponse post = record(null, form("x", "Huntingdon", "2", "11", "2026", "A parent", "x"));

        assertThat(get.getStatusCode()).isEqualTo(303);
        assertThat(post.getStatusCode()).isEqualTo(303);
        assertThat(header(post, "Location")).isEqualTo("/staff/pages/sign-in");
        assertThat(complimentsStored()).isZero();
    }
}
