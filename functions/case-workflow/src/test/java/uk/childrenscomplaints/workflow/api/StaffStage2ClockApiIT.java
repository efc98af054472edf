package uk.childrenscomplaints.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.HUNTINGDON_MANAGER;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * Stage 2 as the guidance runs it, through the staff API's real handler against the table: the 25 working days count
 * from the agreed complaint statement, and an extension runs to 65 working days from it at most. Received Mon 30 Nov
 * 2026, taken to Stage 2 as serious on Mon 7 Dec, statement agreed Mon 14 Dec; the calls are made on Wed 16 Dec.
 */
class StaffStage2ClockApiIT {
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.api("2026-12-16T10:00:00Z");

    private final FunctionApp app;

    StaffStage2ClockApiIT(FunctionApp app) {
        this.app = app;
    }

    private String atStage2(String key) {
        APIGatewayV2HTTPEvent e = WorkflowApp.logComplaint(OFFICER, "Huntingdon", key);
        e.setBody(e.getBody().replace("\"receivedOn\": \"2027-01-04\"", "\"receivedOn\": \"2026-11-30\""));
        APIGatewayV2HTTPResponse r = app.handle(e);
        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(201);
        String id = group(ID, body(r));
        APIGatewayV2HTTPResponse s2 = act(
                OFFICER,
                id,
                "request-stage2",
                "\"requestedOn\":\"2026-12-07\",\"reasons\":\"A serious matter\",\"serious\":true");
        assertThat(s2.getStatusCode()).as(body(s2)).isEqualTo(200);
        return id;
    }

    private long version(String id) {
        return Long.parseLong(group(VERSION, view(id)));
    }

    private String view(String id) {
        return body(app.handle(WorkflowApp.view(OFFICER, id)));
    }

    private APIGatewayV2HTTPResponse act(Map<String, String> who, String id, String action, String fields) {
        return app.handle(
                WorkflowApp.action(who, id, action, "{\"expectedVersion\":" + version(id) + "," + fields + "}"));
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    @Test
    void aStatementAgreedOnMon14DecMovesStage2FromThu14JanToThu21JanAndAnExtensionStopsAtThu18Mar() {
        String id = atStage2("k-s2-walk");
        assertThat(view(id))
                .contains("\"awaitingAgreedStatement\":true")
                .contains("\"dueOn\":\"2027-01-14\"")
                .contains("\"limitOn\":\"2027-03-11\"");

        APIGatewayV2HTTPResponse early = act(OFFICER, id, "agree-statement", "\"agreedOn\":\"2026-12-04\"");
        assertThat(early.getStatusCode()).isEqualTo(409);
        assertThat(body(early)).contains("before Stage 2 was requested, 2026-12-07");

        APIGatewayV2HTTPResponse agreed = act(OFFICER, id, "agree-statement", "\"agreedOn\":\"2026-12-14\"");
        assertThat(agreed.getStatusCode()).as(body(agreed)).isEqualTo(200);
        assertThat(body(agreed))
                .contains("\"awaitingAgreedStatement\":false")
                .contains("\"statementAgreedOn\":\"2026-12-14\"")
                .contains("\"dueOn\":\"2027-01-21\"")
                .contains("\"limitOn\":\"2027-03-18\"")
                .contains("\"action\":\"stage 2 statement agreed\"");

        long before = version(id);
        APIGatewayV2HTTPResponse tooLate = act(
                OFFICER,
                id,
                "extend-stage2",
                "\"newDue\":\"2027-03-19\",\"reason\":\"Four services\",\"complainantToldOn\":\"2026-12-16\"");
        assertThat(tooLate.getStatusCode()).isEqualTo(409);
        assertThat(body(tooLate)).contains("\"field\":\"action\"").contains("2027-03-18 at the latest");
        assertThat(version(id)).isEqualTo(before);

        APIGatewayV2HTTPResponse extended = act(
                OFFICER,
                id,
                "extend-stage2",
                "\"newDue\":\"2027-03-18\",\"reason\":\"Four services\",\"complainantToldOn\":\"2026-12-16\"");
        assertThat(extended.getStatusCode()).as(body(extended)).isEqualTo(200);
        assertThat(body(extended))
                .contains("\"dueOn\":\"2027-03-18\"")
                .contains("\"extendedTo\":\"2027-03-18\"")
                .contains("\"complainantToldOfExtensionOn\":\"2026-12-16\"");
        // Read back from the table, not from the answer.
        assertThat(view(id)).contains("\"extendedTo\":\"2027-03-18\"").contains("\"dueOn\":\"2027-03-18\"");
    }

    @Test
    void aStatementDatedTomorrowOrAnExtensionWithoutAReasonIsA400NamingTheFieldAndNothingChanges() {
        String id = atStage2("k-s2-bad");
        long before = version(id);
        APIGatewayV2HTTPResponse future = act(OFFICER, id, "agree-statement", "\"agreedOn\":\"2026-12-17\"");
        assertThat(future.getStatusCode()).isEqualTo(400);
        assertThat(body(future)).contains("\"field\":\"agreedOn\"").contains("cannot be in the future");
        APIGatewayV2HTTPResponse noReason =
                act(OFFICER, id, "extend-stage2", "\"newDue\":\"2027-02-01\",\"complainantToldOn\":\"2026-12-16\"");
        assertThat(noReason.getStatusCode()).isEqualTo(400);
        assertThat(body(noReason)).contains("\"field\":\"reason\"");
        assertThat(version(id)).isEqualTo(before);
        assertThat(view(id)).contains("\"awaitingAgreedStatement\":true").contains("\"extendedTo\":null");
    }

    @Test
    void onlyTheComplaintsTeamAgreesTheStatement() {
        String id = atStage2("k-s2-manager");
        APIGatewayV2HTTPResponse r = act(HUNTINGDON_MANAGER, id, "agree-statement", "\"agreedOn\":\"2026-12-14\"");
        assertThat(r.getStatusCode()).isEqualTo(403);
        assertThat(view(id)).contains("\"awaitingAgreedStatement\":true");
    }
}
