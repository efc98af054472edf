package uk.childrenscomplaints.workflow.pages.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;
import static uk.childrenscomplaints.workflow.WorkflowApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.PageRequests;
import uk.childrenscomplaints.workflow.SignInStandIn;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * The pages of decision 029 through the real handler, with sessions from the stand-in user pool and dynalite: who has
 * viewed a complaint (the complaints team only), the director's listing, and the subject access request page.
 */
class AccessPagesIT {
    /** Monday 4 January 2027, 10:00 in London (GMT). */
    private static final String MON_2027_01_04 = "2027-01-04T10:00:00Z";

    private static final Instant NOW = Instant.parse(MON_2027_01_04);
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"(CSC-\\d{4}-\\d{4})\"");

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.pages(MON_2027_01_04);

    private final SignInStandIn pool;
    private final LocalAws aws;
    private final FunctionApp app;

    AccessPagesIT(SignInStandIn pool, LocalAws aws, FunctionApp app) {
        this.pool = pool;
        this.aws = aws;
        this.app = app;
    }

    private String session(String user, String group, String teams) {
        return pool.sign(SignInStandIn.claims(user, List.of(group), teams, NOW));
    }

    @Test
    void theComplaintsTeamSeesThatTheManagerViewedTheComplaintOn4January2027AndTheManagerSeesNoSuchList() {
        String id = logged("Robin Caller");
        String manager = session("huntingdon-manager", "responding-manager", "Huntingdon");
        String officer = session("officer", "complaints-team", null);

        APIGatewayV2HTTPResponse managers =
                app.handle(PageRequests.get(manager, "/staff/pages/complaints/" + id, null));
        APIGatewayV2HTTPResponse officers =
                app.handle(PageRequests.get(officer, "/staff/pages/complaints/" + id, null));

        assertThat(managers.getStatusCode()).isEqualTo(200);
        assertThat(PageRequests.html(body(managers)).getElementById("who-viewed"))
                .isNull();
        assertThat(officers.getStatusCode()).isEqualTo(200);
        Document page = PageRequests.html(body(officers));
        List<String> rows = page.select("#viewers tbody tr").eachText();
        assertThat(rows).hasSize(2);
        // Newest first would need two instants; both views share the fixed clock's, so only who and how are checked.
        assertThat(String.join("\n", rows))
                .contains("huntingdon-manager")
                .contains("responding-manager (Huntingdon)")
                .contains("officer")
                .contains("4 January 2027")
                .contains("GET /staff/pages/complaints/{id}");
        assertThat(accesses(id)).extracting(i -> i.get("route").s()).hasSize(2);
    }

    @Test
    void twentyOneViewsShowTwentyThenOneMoreOnEarlierViewsAndAnEditedLinkStartsAgainFromTheNewest() {
        String id = logged("Robin Caller");
        for (int i = 0; i < 20; i++) {
            assertThat(app.handle(WorkflowApp.view(OFFICER, id)).getStatusCode())
                    .isEqualTo(200);
        }
        String officer = session("officer", "complaints-team", null);

        Document first =
                PageRequests.html(body(app.handle(PageRequests.get(officer, "/staff/pages/complaints/" + id, null))));
        String next = first.getElementById("viewers-next").attr("href");
        String query = next.substring(next.indexOf('?') + 1, next.indexOf('#'));
        Document second =
                PageRequests.html(body(app.handle(PageRequests.get(officer, "/staff/pages/complaints/" + id, query))));
        APIGatewayV2HTTPResponse edited =
                app.handle(PageRequests.get(officer, "/staff/pages/complaints/" + id, "viewsFrom=not-a-token"));

        assertThat(first.select("#viewers tbody tr")).hasSize(20);
        // 21 views when the first page was read, 20 shown. Opening the second page is a 22nd view, at the same fixed
        // instant, whose random sort key falls before or after the link's place: one or two rows.
        assertThat(second.select("#viewers tbody tr")).hasSizeBetween(1, 2);
        assertThat(second.getElementById("viewers-next")).isNull();
        assertThat(edited.getStatusCode()).isEqualTo(200);
        assertThat(PageRequests.html(body(edited)).select("#viewers tbody tr")).hasSize(20);
    }

    @Test
    void theDirectorsPageListsTheOfficersReadOfTheComplaintOn4January2027() {
        String id = logged("Robin Caller");
        app.handle(
                PageRequests.get(session("officer", "complaints-team", null), "/staff/pages/complaints/" + id, null));

        APIGatewayV2HTTPResponse r = app.handle(PageRequests.get(
                session("director", "director", null),
                "/staff/pages/access",
                "user=officer&from=2027-01-04&to=2027-01-04"));
        APIGatewayV2HTTPResponse wrong = app.handle(PageRequests.get(
                session("director", "director", null), "/staff/pages/access", "user=officer&from=2027-01-04&to=soon"));

        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(200);
        assertThat(PageRequests.html(body(r)).select("#accesses tbody tr").eachText())
                .singleElement()
                .asString()
                .contains("Complaint " + id)
                .contains("complaints-team")
                .doesNotContain("Robin");
        assertThat(wrong.getStatusCode()).isEqualTo(400);
        assertThat(PageRequests.html(body(wrong)).select(".govuk-error-summary").text())
                .contains("Enter a real date written as YYYY-MM-DD");
    }

    @Test
    void theSubjectAccessPageFindsRobinsComplaintByPhoneAndDownloadsAReadableDocumentRecordedOnItsTimeline() {
        String logged = body(app.handle(WorkflowApp.logComplaint(OFFICER, "Huntingdon", "page-sar")));
        String id = match(ID, logged);
        String reference = match(REFERENCE, logged);
        String officer = session("officer", "complaints-team", null);
        String form = body(app.handle(PageRequests.get(officer, "/staff/pages/subject-access", null)));
        String csrf = PageRequests.csrf(form);

        APIGatewayV2HTTPResponse found = app.handle(
                PageRequests.postForm(officer, "/staff/pages/subject-access", "csrf=" + csrf + "&phone=01223+000000"));
        APIGatewayV2HTTPResponse download = app.handle(PageRequests.postForm(
                officer, "/staff/pages/subject-access/export", "csrf=" + csrf + "&phone=01223+000000&format=html"));
        APIGatewayV2HTTPResponse empty =
                app.handle(PageRequests.postForm(officer, "/staff/pages/subject-access", "csrf=" + csrf));

        assertThat(found.getStatusCode()).as(body(found)).isEqualTo(200);
        assertThat(PageRequests.html(body(found)).select("#results tbody tr").eachText())
                .singleElement()
                .asString()
                .contains(reference);
        assertThat(download.getStatusCode()).as(body(download)).isEqualTo(200);
        assertThat(header(download, "Content-Disposition")).contains("subject-access-export.html");
        Document document = PageRequests.html(body(download));
        assertThat(document.select("h2").text()).contains("Complaint " + reference);
        assertThat(document.text()).contains("Robin Caller").contains("subject access export");
        assertThat(accesses(id))
                .extracting(i -> i.get("route").s())
                .containsExactlyInAnyOrder(
                        "POST /staff/pages/subject-access", "POST /staff/pages/subject-access/export");
        assertThat(empty.getStatusCode()).isEqualTo(400);
        assertThat(PageRequests.html(body(empty)).select(".govuk-error-summary").text())
                .contains("Enter the person's email address, phone number or name");
    }

    private String logged(String name) {
        APIGatewayV2HTTPEvent e = WorkflowApp.logComplaint(OFFICER, "Huntingdon", name);
        e.setBody(e.getBody().replace("Robin Caller", name));
        APIGatewayV2HTTPResponse r = app.handle(e);
        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(201);
        return match(ID, body(r));
    }

    private List<Map<String, AttributeValue>> accesses(String id) {
        return aws.dynamoDb()
                .query(q -> q.tableName(app.table())
                        .keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("ACCESS#" + id)))
                        .consistentRead(true))
                .items();
    }

    private static String match(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }
}
