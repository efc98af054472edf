package uk.childrenscomplaints.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.DIRECTOR;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;
import static uk.childrenscomplaints.workflow.WorkflowApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
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
 * Subject access and the director's listing through the staff API (decision 029), against dynalite and the SES
 * emulator: a person's complaints are found by email or phone through lookup-index, the export gives everything held
 * (the emails sent them included) and is recorded on each complaint's timeline and as an access, never with the
 * person's details in the record.
 */
class SubjectAccessApiIT {
    /** Monday 4 January 2027, 10:00 in London (GMT). */
    private static final String MON_2027_01_04 = "2027-01-04T10:00:00Z";

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"(CSC-\\d{4}-\\d{4})\"");

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.api(MON_2027_01_04);

    private final LocalAws aws;
    private final FunctionApp app;

    SubjectAccessApiIT(LocalAws aws, FunctionApp app) {
        this.aws = aws;
        this.app = app;
    }

    @Test
    void robinsTwoComplaintsAreFoundByTheirPhoneWrittenAnotherWayAndEachReadIsRecorded() {
        String first = id(logged("sar-1", "01223 000000", null));
        String second = id(logged("sar-2", "01223 000000", null));
        String someoneElse = id(logged("sar-3", "01223 999999", null));

        APIGatewayV2HTTPResponse r =
                app.handle(WorkflowApp.subjectAccess(OFFICER, "", "{\"phone\":\"+44 1223 000000\"}"));

        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(200);
        assertThat(body(r)).contains(first).contains(second).doesNotContain(someoneElse);
        assertThat(accesses(first)).extracting(i -> i.get("route").s()).containsExactly("POST /staff/subject-access");
        assertThat(accesses(someoneElse)).isEmpty();
    }

    @Test
    void theExportOf4January2027GivesEverythingHeldWithTheAcknowledgementsSubjectAndGoesOnTheTimeline() {
        APIGatewayV2HTTPResponse logged = logged("sar-4", "01223 000000", "robin@example.org");
        String id = id(logged);
        String reference = match(REFERENCE, body(logged));

        APIGatewayV2HTTPResponse r =
                app.handle(WorkflowApp.subjectAccess(OFFICER, "/export", "{\"email\":\"ROBIN@example.org\"}"));

        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(200);
        assertThat(header(r, "Content-Disposition")).contains("subject-access-export.json");
        assertThat(body(r))
                .contains("Robin Caller")
                .contains("robin@example.org")
                .contains("nobody returned calls about the care plan")
                .contains("\"emailsSentToYou\":[{\"sentAt\":\"2027-01-04T10:00:00Z\",\"email\":\"acknowledgement\","
                        + "\"subject\":\"We have received your complaint – reference " + reference + "\"}]")
                .contains("\"action\":\"subject access export\"");
        Map<String, AttributeValue> stored = complaint(id);
        List<AttributeValue> timeline = stored.get("timeline").l();
        Map<String, AttributeValue> last = timeline.get(timeline.size() - 1).m();
        assertThat(last.get("action").s()).isEqualTo("subject access export");
        assertThat(last.get("actor").s()).isEqualTo("officer");
        assertThat(last.toString()).doesNotContain("robin").doesNotContain("01223");
        List<Map<String, AttributeValue>> accesses = accesses(id);
        assertThat(accesses).extracting(i -> i.get("route").s()).containsExactly("POST /staff/subject-access/export");
        assertThat(accesses.toString())
                .doesNotContain("robin")
                .doesNotContain("Robin")
                .doesNotContain("01223")
                .doesNotContain(reference);
    }

    @Test
    void aSearchWithNoEmailPhoneOrNameIsRefusedSayingHowToFindThemAndRecordsNothing() {
        String id = id(logged("sar-5", "01223 000000", null));

        APIGatewayV2HTTPResponse none = app.handle(WorkflowApp.subjectAccess(OFFICER, "/export", "{}"));
        APIGatewayV2HTTPResponse badEmail =
                app.handle(WorkflowApp.subjectAccess(OFFICER, "/export", "{\"email\":\"robin at example\"}"));
        APIGatewayV2HTTPResponse byName = app.handle(WorkflowApp.subjectAccess(OFFICER, "", "{\"name\":\"-- . --\"}"));

        assertThat(none.getStatusCode()).isEqualTo(400);
        assertThat(body(none)).contains("{\"errors\":[{\"field\":\"email\",\"message\":\"Enter the person's email");
        assertThat(badEmail.getStatusCode()).isEqualTo(400);
        assertThat(body(badEmail)).contains("\"field\":\"email\"").doesNotContain("robin at example");
        assertThat(byName.getStatusCode()).isEqualTo(400);
        assertThat(body(byName)).contains("\"field\":\"name\"").doesNotContain("-- . --");
        assertThat(accesses(id)).isEmpty();
        assertThat(complaint(id).get("version").n()).isEqualTo("1");
    }

    @Test
    void robinsNameFindsTheComplaintGivenWithEmailAndPhoneAndSoDoesThePhoneWrittenAnotherWay() {
        String withBoth = id(logged("sar-7", "01223 000000", "robin@example.org"));

        APIGatewayV2HTTPResponse byName =
                app.handle(WorkflowApp.subjectAccess(OFFICER, "", "{\"name\":\"robin CALLER\"}"));
        APIGatewayV2HTTPResponse byPhone =
                app.handle(WorkflowApp.subjectAccess(OFFICER, "", "{\"phone\":\"+44 1223 000000\"}"));
        APIGatewayV2HTTPResponse otherName =
                app.handle(WorkflowApp.subjectAccess(OFFICER, "", "{\"name\":\"Sam Caller\"}"));

        assertThat(byName.getStatusCode()).as(body(byName)).isEqualTo(200);
        assertThat(body(byName)).contains(withBoth);
        assertThat(byPhone.getStatusCode()).as(body(byPhone)).isEqualTo(200);
        assertThat(body(byPhone)).contains(withBoth);
        assertThat(otherName.getStatusCode()).isEqualTo(200);
        assertThat(body(otherName)).doesNotContain(withBoth);
        assertThat(accesses(withBoth)).hasSize(2);
    }

    @Test
    void aDirectorListsWhatTheOfficerReadOn4January2027AndNothingOnTheDayBefore() {
        String id = id(logged("sar-6", "01223 000000", null));
        app.handle(WorkflowApp.view(OFFICER, id));
        app.handle(WorkflowApp.stats(OFFICER, Map.of("from", "2026-04-01", "to", "2026-12-31")));

        APIGatewayV2HTTPResponse today =
                app.handle(WorkflowApp.accesses(DIRECTOR, "officer", "2027-01-04", "2027-01-04"));
        APIGatewayV2HTTPResponse before =
                app.handle(WorkflowApp.accesses(DIRECTOR, "officer", "2027-01-03", "2027-01-03"));
        APIGatewayV2HTTPResponse backwards =
                app.handle(WorkflowApp.accesses(DIRECTOR, "officer", "2027-01-04", "2027-01-03"));

        assertThat(today.getStatusCode()).as(body(today)).isEqualTo(200);
        assertThat(body(today))
                .contains("\"complaintId\":\"" + id + "\"")
                .contains("\"route\":\"GET /staff/complaints/{id}\"")
                .contains("\"periodFrom\":\"2026-04-01\"")
                .contains("\"route\":\"GET /stats\"")
                .doesNotContain("Robin");
        assertThat(body(before)).contains("\"accesses\":[]");
        assertThat(backwards.getStatusCode()).isEqualTo(400);
        assertThat(body(backwards)).contains("\"field\":\"to\"");
    }

    private APIGatewayV2HTTPResponse logged(String key, String phone, String email) {
        APIGatewayV2HTTPEvent e = WorkflowApp.logComplaint(OFFICER, "Huntingdon", key);
        String extra = email == null ? "" : ", \"email\": \"" + email + "\"";
        e.setBody(e.getBody().replace("\"phone\": \"01223 000000\"", "\"phone\": \"" + phone + "\"" + extra));
        APIGatewayV2HTTPResponse r = app.handle(e);
        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(201);
        return r;
    }

    private List<Map<String, AttributeValue>> accesses(String id) {
        return aws.dynamoDb()
                .query(q -> q.tableName(app.table())
                        .keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("ACCESS#" + id)))
                        .consistentRead(true))
                .items();
    }

    private Map<String, AttributeValue> complaint(String id) {
        return aws.dynamoDb()
                .getItem(g -> g.tableName(app.table())
                        .key(Map.of(
                                "pk", AttributeValue.fromS("COMPLAINT#" + id), "sk", AttributeValue.fromS("COMPLAINT")))
                        .consistentRead(true))
                .item();
    }

    private static String id(APIGatewayV2HTTPResponse r) {
        return match(ID, body(r));
    }

    private static String match(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }
}
