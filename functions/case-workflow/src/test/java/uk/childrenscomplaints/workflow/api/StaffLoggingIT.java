package uk.childrenscomplaints.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * Staff logging's idempotency keys (issue 13, finding 4) and the acknowledgement's daily cap (finding 6), through the
 * real Lambda handler against dynalite and the SES emulator. Staff are not limited by source address.
 */
class StaffLoggingIT {
    /** Monday 4 January 2027, 10:00 in London (GMT). */
    private static final String MON_2027_01_04 = "2027-01-04T10:00:00Z";

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Map<String, String> SECOND_OFFICER =
            WorkflowApp.claims("second-officer", "[complaints-team]", null);

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.api(MON_2027_01_04);

    private final LocalAws aws;
    private final FunctionApp app;
    private final String table;

    StaffLoggingIT(LocalAws aws, FunctionApp app) {
        this.aws = aws;
        this.app = app;
        this.table = app.table();
    }

    private int items() {
        return aws.dynamoDb().scan(r -> r.tableName(table)).count();
    }

    private static String id(APIGatewayV2HTTPResponse r) {
        Matcher m = ID.matcher(body(r));
        assertThat(m.find()).as(body(r)).isTrue();
        return m.group(1);
    }

    private static APIGatewayV2HTTPEvent logged(
            Map<String, String> who, String key, String whatHappened, String email) {
        APIGatewayV2HTTPEvent e = WorkflowApp.logComplaint(who, "Huntingdon", key);
        String body = e.getBody().replace("Phoned to say nobody returned calls about the care plan.", whatHappened);
        if (email != null) {
            body = body.replace(
                    "\"phone\": \"01223 000000\"", "\"phone\": \"01223 000000\", \"email\": \"" + email + "\"");
        }
        e.setBody(body);
        return e;
    }

    @Test
    void aPhoneComplaintLoggedUnderAKeyAlreadyUsedForAnotherIs409AndStoresNothing() {
        assertThat(app.handle(logged(OFFICER, "call-1", "First caller.", null)).getStatusCode())
                .isEqualTo(201);
        int before = items();

        APIGatewayV2HTTPResponse r = app.handle(logged(OFFICER, "call-1", "A different caller.", null));

        assertThat(r.getStatusCode()).isEqualTo(409);
        assertThat(body(r))
                .startsWith("{\"errors\":[{\"field\":\"Idempotency-Key\"")
                .contains("different answers")
                .doesNotContain("First caller");
        assertThat(items()).isEqualTo(before);
    }

    @Test
    void eachMemberOfStaffHasTheirOwnKeysSoTheSameKeyFromTwoOfficersIsTwoComplaints() {
        APIGatewayV2HTTPResponse first = app.handle(logged(OFFICER, "call-2", "Same words.", null));
        APIGatewayV2HTTPResponse second = app.handle(logged(SECOND_OFFICER, "call-2", "Same words.", null));
        APIGatewayV2HTTPResponse replayed = app.handle(logged(OFFICER, "call-2", "Same words.", null));

        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(second.getStatusCode()).isEqualTo(201);
        assertThat(id(second)).isNotEqualTo(id(first));
        assertThat(replayed.getStatusCode()).isEqualTo(200);
        assertThat(id(replayed)).isEqualTo(id(first));
    }

    @Test
    void aFourthAcknowledgementToOneAddressOnMon_2027_01_04IsNotSentButTheComplaintIsStoredAndItsTimelineSaysSo() {
        for (int n = 1; n <= 3; n++) {
            assertThat(app.handle(logged(OFFICER, "ack-" + n, "Call " + n, "robin@example.org"))
                            .getStatusCode())
                    .isEqualTo(201);
        }
        assertThat(aws.mailbox().emailsTo("robin@example.org")).hasSize(3);

        APIGatewayV2HTTPResponse fourth = app.handle(logged(OFFICER, "ack-4", "Call 4", "ROBIN@example.org"));

        assertThat(fourth.getStatusCode()).isEqualTo(201);
        assertThat(aws.mailbox().emailsTo("robin@example.org")).hasSize(3);
        String view = body(app.handle(WorkflowApp.view(OFFICER, id(fourth))));
        assertThat(view)
                .contains("\"action\":\"notice suppressed\"")
                .contains("acknowledgement not sent")
                .doesNotContain("\"outbox\":[\"acknowledgement\"");
        // The team is still told of every one.
        assertThat(aws.mailbox().emailsTo("complaints-team@council.example")).hasSize(4);
    }
}
