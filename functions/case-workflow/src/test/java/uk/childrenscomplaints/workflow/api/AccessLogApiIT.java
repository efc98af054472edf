package uk.childrenscomplaints.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.ECF_MANAGER;
import static uk.childrenscomplaints.workflow.WorkflowApp.HUNTINGDON_MANAGER;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * Who looked (decision 029), through the real handler against dynalite: each staff read of a complaint and each
 * statistics download is stored as its own item, naming who, their role and team, when, the route and the complaint's
 * id or the report's period, and nothing from the complaint itself.
 */
class AccessLogApiIT {
    /** Monday 4 January 2027, 10:00 in London (GMT). */
    private static final String MON_2027_01_04 = "2027-01-04T10:00:00Z";

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"(CSC-\\d{4}-\\d{4})\"");

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.api(MON_2027_01_04);

    private final LocalAws aws;
    private final FunctionApp app;

    AccessLogApiIT(LocalAws aws, FunctionApp app) {
        this.aws = aws;
        this.app = app;
    }

    @Test
    void aManagersReadOfTheirTeamsComplaintOn4January2027IsStoredWithWhoWhenAndHowButNoPersonalData() {
        APIGatewayV2HTTPResponse logged = app.handle(WorkflowApp.logComplaint(OFFICER, "Huntingdon", "access-1"));
        String id = match(ID, body(logged));
        String reference = match(REFERENCE, body(logged));

        APIGatewayV2HTTPResponse read = app.handle(WorkflowApp.view(HUNTINGDON_MANAGER, id));

        assertThat(read.getStatusCode()).isEqualTo(200);
        List<Map<String, AttributeValue>> items = partition("ACCESS#" + id);
        assertThat(items).hasSize(1);
        Map<String, AttributeValue> access = items.get(0);
        assertThat(access.get("staffId").s()).isEqualTo("huntingdon-manager");
        assertThat(access.get("roles").l()).extracting(AttributeValue::s).containsExactly("responding-manager");
        assertThat(access.get("teams").l()).extracting(AttributeValue::s).containsExactly("Huntingdon");
        assertThat(access.get("at").s()).isEqualTo(MON_2027_01_04);
        assertThat(access.get("route").s()).isEqualTo("GET /staff/complaints/{id}");
        assertThat(access.get("complaintId").s()).isEqualTo(id);
        assertThat(access.get("lookupPk").s()).isEqualTo("ACCESSED-BY#huntingdon-manager");
        // Kept six years by default: DynamoDB's TTL deletes it after 4 January 2033.
        assertThat(Long.parseLong(access.get("expiresAt").n()))
                .isEqualTo(Instant.parse("2033-01-04T10:00:00Z").getEpochSecond());
        assertThat(access.toString())
                .doesNotContain("Robin")
                .doesNotContain("01223")
                .doesNotContain("care plan")
                .doesNotContain(reference);
    }

    @Test
    void theComplaintsTeamListsWhoViewedTheComplaintOn4January2027AndAnUnknownComplaintIs404() {
        String id = match(ID, body(app.handle(WorkflowApp.logComplaint(OFFICER, "Huntingdon", "access-4"))));
        app.handle(WorkflowApp.view(HUNTINGDON_MANAGER, id));

        APIGatewayV2HTTPResponse r = app.handle(WorkflowApp.whoViewed(OFFICER, id));
        APIGatewayV2HTTPResponse unknown = app.handle(
                WorkflowApp.whoViewed(OFFICER, java.util.UUID.randomUUID().toString()));

        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(200);
        assertThat(body(r))
                .contains("\"staffId\":\"huntingdon-manager\"")
                .contains("\"roles\":[\"responding-manager\"]")
                .contains("\"teams\":[\"Huntingdon\"]")
                .contains("\"at\":\"2027-01-04T10:00:00Z\"")
                .contains("\"nextPage\":null")
                .doesNotContain("Robin");
        assertThat(unknown.getStatusCode()).isEqualTo(404);
        // Listing who viewed is not itself a read of the complaint.
        assertThat(partition("ACCESS#" + id)).hasSize(1);
    }

    @Test
    void aRefusedReadOfAnotherTeamsComplaintShowsNothingAndRecordsNothing() {
        String id = match(ID, body(app.handle(WorkflowApp.logComplaint(OFFICER, "Huntingdon", "access-2"))));

        assertThat(app.handle(WorkflowApp.view(ECF_MANAGER, id)).getStatusCode())
                .isEqualTo(403);

        assertThat(partition("ACCESS#" + id)).isEmpty();
    }

    @Test
    void eachReadIsItsOwnRecordSoTwoReadsOfOneComplaintAreTwoItems() {
        String id = match(ID, body(app.handle(WorkflowApp.logComplaint(OFFICER, "Huntingdon", "access-3"))));

        app.handle(WorkflowApp.view(OFFICER, id));
        app.handle(WorkflowApp.view(OFFICER, id));

        assertThat(partition("ACCESS#" + id))
                .extracting(i -> i.get("staffId").s())
                .containsExactly("officer", "officer");
    }

    @Test
    void aStatisticsDownloadOf2026To2027IsRecordedWithItsPeriodAndTeam() {
        APIGatewayV2HTTPResponse r = app.handle(WorkflowApp.stats(
                HUNTINGDON_MANAGER, Map.of("from", "2026-04-01", "to", "2027-01-03", "team", "Huntingdon")));

        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(200);
        List<Map<String, AttributeValue>> items = partition("ACCESS#REPORTS#2027-01");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("periodFrom").s()).isEqualTo("2026-04-01");
        assertThat(items.get(0).get("periodTo").s()).isEqualTo("2027-01-03");
        assertThat(items.get(0).get("team").s()).isEqualTo("Huntingdon");
        assertThat(items.get(0).get("route").s()).isEqualTo("GET /stats");
        assertThat(items.get(0).get("staffId").s()).isEqualTo("huntingdon-manager");
        assertThat(items.get(0)).doesNotContainKey("complaintId");
    }

    private List<Map<String, AttributeValue>> partition(String pk) {
        return aws.dynamoDb()
                .query(q -> q.tableName(app.table())
                        .keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)))
                        .consistentRead(true))
                .items();
    }

    private static String match(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }
}
