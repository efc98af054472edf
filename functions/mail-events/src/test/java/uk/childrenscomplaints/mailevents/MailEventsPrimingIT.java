package uk.childrenscomplaints.mailevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.infrastructure.SnapStartPriming;
import uk.childrenscomplaints.local.standins.AwsCallRecorder;
import uk.childrenscomplaints.local.standins.AwsCallRecorder.AwsCall;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.SamTemplate;
import uk.childrenscomplaints.local.standins.StandardOutput;
import uk.childrenscomplaints.local.standins.TemplatePermissions;

/**
 * SnapStart priming of the mail-events function (decision 039): a hard bounce for a complaint no one has goes through
 * its own handler, is parsed, finds nothing and records, stops and sends nothing; one line is logged, and every call
 * is one its role in template.yaml allows.
 */
class MailEventsPrimingIT extends MailEventsHarness {

    MailEventsPrimingIT(LocalAws aws) {
        super(aws);
    }

    @Test
    void primingParsesABounceThroughTheHandlerFindsNoComplaintAndChangesNothing() {
        List<AwsCall> calls = new ArrayList<>();
        List<String> lines = StandardOutput.during(() -> calls.addAll(AwsCallRecorder.during(() ->
                handler.getApplicationContext().getBean(SnapStartPriming.class).beforeCheckpoint(null))));

        assertThat(aws.dynamoDb().scan(r -> r.tableName(table)).count())
                .as("items")
                .isZero();
        assertThat(aws.mailbox().emails()).as("emails the SES emulator took").isEmpty();
        assertThat(bus.events()).as("events on the bus").isEmpty();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0))
                .contains("mail events: a bounce through the handler, COMPLAINT_NOT_FOUND")
                .doesNotContain("did not complete");
        assertThat(calls)
                .contains(new AwsCall("dynamodb:GetItem", null, "COMPLAINT#" + SnapStartPriming.PRIMING_COMPLAINT_ID));
        assertThat(calls)
                .extracting(AwsCall::action)
                .allMatch(
                        List.of("dynamodb:GetItem", "ses:GetEmailTemplate", "secretsmanager:GetSecretValue")::contains);
        assertThat(TemplatePermissions.of(SamTemplate.locate()).refused("MailEventsFunction", calls))
                .isEmpty();
    }
}
