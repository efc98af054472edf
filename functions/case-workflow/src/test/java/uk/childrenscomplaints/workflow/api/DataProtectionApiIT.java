package uk.childrenscomplaints.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.DIRECTOR;
import static uk.childrenscomplaints.workflow.WorkflowApp.ECF_MANAGER;
import static uk.childrenscomplaints.workflow.WorkflowApp.HUNTINGDON_MANAGER;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
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
 * Legal hold, restriction and early anonymisation through the staff API's real handler and the table (issue 15,
 * docs/data-protection.md). A Huntingdon complaint is logged by phone on Mon 4 Jan 2027 from Robin Caller.
 */
class DataProtectionApiIT {
    private static final String MON_2027_01_04 = "2027-01-04T10:00:00Z";
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.api(MON_2027_01_04);

    private final LocalAws aws;
    private final FunctionApp app;

    DataProtectionApiIT(LocalAws aws, FunctionApp app) {
        this.aws = aws;
        this.app = app;
    }

    private String logged(String key) {
        APIGatewayV2HTTPResponse r = app.handle(WorkflowApp.logComplaint(OFFICER, "Huntingdon", key));
        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(201);
        return group(ID, body(r));
    }

    private String view(Map<String, String> who, String id) {
        return body(app.handle(WorkflowApp.view(who, id)));
    }

    private APIGatewayV2HTTPResponse act(String id, String action, String fields) {
        long version = Long.parseLong(group(VERSION, view(OFFICER, id)));
        return app.handle(WorkflowApp.action(
                OFFICER, id, action, "{\"expectedVersion\":" + version + (fields.isEmpty() ? "" : ",") + fields + "}"));
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    private void closeWithAnUpheldOutcome(String id) {
        assertThat(act(
                                id,
                                "assign-respondents",
                                "\"respondent\":{\"name\":\"Pat Manager\",\"email\":\"pat@council.example\"}")
                        .getStatusCode())
                .isEqualTo(200);
        assertThat(act(id, "stage1-response", "\"sentOn\":\"2027-01-04\",\"summary\":\"Apologised to Robin\"")
                        .getStatusCode())
                .isEqualTo(200);
        assertThat(act(id, "outcomes", "\"outcomes\":{\"communication\":\"upheld\"}")
                        .getStatusCode())
                .isEqualTo(200);
        assertThat(act(id, "close", "").getStatusCode()).isEqualTo(200);
    }

    @Test
    void aHeldComplaintIsRefusedEarlyAnonymisationWithTheHoldsReasonUntilTheHoldIsLifted() {
        String id = logged("dp-hold");
        APIGatewayV2HTTPResponse open = act(id, "anonymise", "\"reason\":\"Erasure request\"");
        assertThat(open.getStatusCode()).isEqualTo(409);
        assertThat(body(open)).contains("still open").contains("close it before removing its personal data");

        APIGatewayV2HTTPResponse held = act(id, "place-legal-hold", "\"reason\":\"Ombudsman investigation\"");
        assertThat(held.getStatusCode()).as(body(held)).isEqualTo(200);
        assertThat(body(held))
                .contains("\"legalHold\":true", "\"legalHoldSince\":\"2027-01-04\"")
                .contains("\"action\":\"legal hold placed\"", "Legal hold: Ombudsman investigation");
        closeWithAnUpheldOutcome(id);

        APIGatewayV2HTTPResponse refused = act(id, "anonymise", "\"reason\":\"Erasure request\"");
        assertThat(refused.getStatusCode()).isEqualTo(409);
        assertThat(body(refused)).contains("a legal hold is in place (Ombudsman investigation): lift it first");
        assertThat(view(OFFICER, id)).contains("Robin Caller");

        assertThat(act(id, "lift-legal-hold", "\"reason\":\"Investigation closed\"")
                        .getStatusCode())
                .isEqualTo(200);
        APIGatewayV2HTTPResponse gone = act(id, "anonymise", "\"reason\":\"Erasure request\"");
        assertThat(gone.getStatusCode()).as(body(gone)).isEqualTo(200);
        assertThat(body(gone))
                .contains("\"anonymisedOn\":\"2027-01-04\"", "\"complainantName\":null", "\"outcome\":\"upheld\"")
                .contains("Personal data removed early: Erasure request")
                .doesNotContain("Robin Caller", "01223 000000", "Pat Manager", "Apologised to Robin", "care plan");
        Map<String, AttributeValue> item = aws.dynamoDb()
                .getItem(r -> r.tableName(app.table())
                        .key(Map.of(
                                "pk", AttributeValue.fromS("COMPLAINT#" + id),
                                "sk", AttributeValue.fromS("COMPLAINT"))))
                .item();
        assertThat(item.toString()).doesNotContain("Robin Caller", "01223 000000", "Pat Manager", "care plan");
        assertThat(item.get("retentionPolicy").s()).isEqualTo("on-request");
        assertThat(item).doesNotContainKeys("retentionPk", "legalHold");

        APIGatewayV2HTTPResponse twice = act(id, "anonymise", "\"reason\":\"Again\"");
        assertThat(twice.getStatusCode()).isEqualTo(409);
        assertThat(body(twice)).contains("already removed on 2027-01-04");
    }

    @Test
    void aRestrictedComplaintIsHiddenFromItsManagerAndTheDirectorAsAnotherTeamsIsUntilLifted() {
        String id = logged("dp-restrict");
        APIGatewayV2HTTPResponse otherTeam = app.handle(WorkflowApp.view(ECF_MANAGER, id));
        assertThat(app.handle(WorkflowApp.view(HUNTINGDON_MANAGER, id)).getStatusCode())
                .isEqualTo(200);

        APIGatewayV2HTTPResponse restricted = act(id, "restrict", "\"reason\":\"A member of staff's family\"");
        assertThat(restricted.getStatusCode()).as(body(restricted)).isEqualTo(200);
        assertThat(body(restricted)).contains("\"restricted\":true");

        for (Map<String, String> who : java.util.List.of(HUNTINGDON_MANAGER, DIRECTOR)) {
            APIGatewayV2HTTPResponse hidden = app.handle(WorkflowApp.view(who, id));
            assertThat(hidden.getStatusCode())
                    .isEqualTo(otherTeam.getStatusCode())
                    .isEqualTo(403);
            assertThat(body(hidden)).isEqualTo(body(otherTeam));
            assertThat(body(app.handle(WorkflowApp.list(who, Map.of())))).doesNotContain(id);
        }
        assertThat(body(app.handle(WorkflowApp.list(OFFICER, Map.of())))).contains(id);

        assertThat(act(id, "lift-restriction", "\"reason\":\"No longer needed\"")
                        .getStatusCode())
                .isEqualTo(200);
        assertThat(app.handle(WorkflowApp.view(HUNTINGDON_MANAGER, id)).getStatusCode())
                .isEqualTo(200);
        assertThat(body(app.handle(WorkflowApp.list(DIRECTOR, Map.of())))).contains(id);
    }

    @Test
    void aHoldWithNoReasonIsA400NamingTheReasonAndNothingChanges() {
        String id = logged("dp-no-reason");
        String before = view(OFFICER, id);
        APIGatewayV2HTTPResponse r = act(id, "place-legal-hold", "\"reason\":\"  \"");
        assertThat(r.getStatusCode()).isEqualTo(400);
        assertThat(body(r)).contains("{\"errors\":[{\"field\":\"reason\"");
        assertThat(view(OFFICER, id)).isEqualTo(before);
    }
}
