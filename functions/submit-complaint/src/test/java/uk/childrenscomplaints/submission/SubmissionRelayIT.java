package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.childrenscomplaints.complaint.application.deadlines.RelayingOwedNotifications;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.StandInProcess;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;

/**
 * Decision 035 through the real handler: POST /complaints stores the complaint owing its notices and answers without
 * waiting on SES, even a stalled one; the relay then sends the acknowledgement and the team's notice, and publishes
 * ComplaintReceived, once each however often it is played.
 */
class SubmissionRelayIT {
    @RegisterExtension
    static final FunctionAppExtension function = SubmissionApp.extension();

    private final LocalAws aws;
    private final LocalEventBus bus;

    SubmissionRelayIT(LocalAws aws, LocalEventBus bus) {
        this.aws = aws;
        this.bus = bus;
    }

    private Map<String, AttributeValue> complaintItem(FunctionApp app) {
        var items = aws.dynamoDb().scan(r -> r.tableName(app.table())).items().stream()
                .filter(i -> i.get("pk").s().startsWith("COMPLAINT#"))
                .toList();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @Test
    void withSesStalledTheComplaintIsAnsweredInUnderTwoSecondsOwingItsNoticesAndTheRelaySendsEachOnceAfter() {
        FunctionApp app = function.start(null).holdRelay();
        // A first request builds the function's context, so the timing below is of a warm function's answer.
        app.handle(SubmissionApp.formGet());
        StandInProcess ses = aws.standIns().sesEmulator();
        APIGatewayV2HTTPResponse answer;
        Duration took;
        ses.pause();
        try {
            long started = System.nanoTime();
            answer = app.handle(SubmissionApp.jsonPost());
            took = Duration.ofNanos(System.nanoTime() - started);
        } finally {
            ses.resume();
        }

        assertThat(answer.getStatusCode()).as(SubmissionApp.body(answer)).isEqualTo(201);
        assertThat(took).isLessThan(Duration.ofSeconds(2));
        Map<String, AttributeValue> item = complaintItem(app);
        assertThat(item.get("outbox").ss())
                .containsExactlyInAnyOrder("acknowledgement", "team-notice", "event:ComplaintReceived");
        assertThat(item.get("outboxPk").s()).isEqualTo("OWED");
        assertThat(aws.mailbox().emails()).isEmpty();
        assertThat(bus.events()).isEmpty();

        RelayingOwedNotifications.Batch first = app.relay();
        RelayingOwedNotifications.Batch again = app.relay();

        assertThat(first.failed()).isEmpty();
        assertThat(first.sent()).isEqualTo(3);
        assertThat(again.sent()).isZero();
        assertThat(aws.mailbox().emailsTo("jordan@example.org")).hasSize(1);
        assertThat(aws.mailbox().emailsTo(SubmissionApp.TEAM_MAILBOX)).hasSize(1);
        assertThat(bus.events())
                .filteredOn(e -> e.detailType().equals("ComplaintReceived"))
                .hasSize(1);
        assertThat(complaintItem(app)).doesNotContainKeys("outbox", "outboxPk");
        assertThat(complaintItem(app).get("notificationsSent").ss())
                .containsAll(List.of("acknowledgement", "team-notice", "event:ComplaintReceived"));
    }
}
