package uk.childrenscomplaints.mailevents;

import java.util.Map;
import uk.childrenscomplaints.complaint.infrastructure.PrimingStep;
import uk.childrenscomplaints.complaint.infrastructure.SnapStartPriming;
import uk.childrenscomplaints.json.JsonTree;

/**
 * What the mail-events function runs before its SnapStart checkpoint (decision 039): a hard bounce, shaped as SES
 * sends it, through its own handler, about an email for a complaint no one has. The event is parsed, the complaint
 * read and not found, and nothing is recorded, stopped or sent.
 */
final class MailEventsPriming {
    static final String BOUNCE = "{\"version\":\"0\",\"id\":\"priming\",\"detail-type\":\"Email Bounced\","
            + "\"source\":\"aws.ses\",\"time\":\"2026-01-05T09:00:00Z\",\"region\":\"eu-west-2\",\"resources\":[],"
            + "\"detail\":{\"eventType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\","
            + "\"bounceSubType\":\"General\",\"bouncedRecipients\":[{\"emailAddress\":\"priming@example.invalid\","
            + "\"action\":\"failed\",\"status\":\"5.1.1\"}],\"timestamp\":\"2026-01-05T09:00:00.000Z\","
            + "\"feedbackId\":\"priming\"},\"mail\":{\"timestamp\":\"2026-01-05T09:00:00.000Z\","
            + "\"source\":\"priming@example.invalid\",\"messageId\":\"priming-message\","
            + "\"destination\":[\"priming@example.invalid\"],\"headersTruncated\":false,\"tags\":{"
            + "\"complaint-id\":[\"" + SnapStartPriming.PRIMING_COMPLAINT_ID + "\"],"
            + "\"notice\":[\"acknowledgement\"],\"recipient\":[\"complainant\"]}}}}";

    private MailEventsPriming() {}

    static void register(EmailEventHandler handler) {
        PrimingStep.register(handler.getApplicationContext(), "mail-events", () -> {
            MailEventResult result = handler.execute(event());
            return "mail events: a bounce through the handler, " + result.status();
        });
    }

    private static Map<String, Object> event() {
        return JsonTree.parse(BOUNCE).asMap();
    }
}
