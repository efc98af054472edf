package uk.childrenscomplaints.mailevents;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.complaint.application.casework.RecordingUndeliverableEmail;
import uk.childrenscomplaints.complaint.application.deadlines.ConfirmingSends;
import uk.childrenscomplaints.complaint.application.ports.MailEvent;
import uk.childrenscomplaints.complaint.application.ports.SendMarker;
import uk.childrenscomplaints.complaint.infrastructure.FunctionContexts;
import uk.childrenscomplaints.complaint.infrastructure.SesSentEvents;
import uk.childrenscomplaints.json.JsonTree;

/**
 * SES's email events (from the configuration set's EventBridge destination, on the default bus). Thin: read the
 * event, let {@link RecordingUndeliverableEmail} act on a hard bounce, refusal or spam report, or {@link
 * ConfirmingSends} mark the notice, report or summary an "Email Sent" event names as sent, and log one line of ids
 * and counts. An event it cannot use is answered, not thrown: a retry would not make it usable. A failure
 * to reach DynamoDB or SES is thrown (naming no one), so EventBridge retries the event.
 */
public class EmailEventHandler extends MicronautRequestHandler<Map<String, Object>, MailEventResult> {
    private static final Logger LOG = LoggerFactory.getLogger(EmailEventHandler.class);

    @Inject
    RecordingUndeliverableEmail recording;

    @Inject
    ConfirmingSends confirming;

    /** The Lambda runtime's way in. */
    public EmailEventHandler() {
        super();
        MailEventsPriming.register(this);
    }

    /** For the local runtime and tests: the same handler over a context they configure. */
    public EmailEventHandler(ApplicationContextBuilder builder) {
        super(builder);
        MailEventsPriming.register(this);
    }

    /** As Lambda starts it: each singleton built on first use, so this function builds only what it reaches. */
    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return FunctionContexts.lambda();
    }

    @Override
    public MailEventResult execute(Map<String, Object> input) {
        MailEventResult result = handle(input);
        LOG.info(
                "mailEvent kind={} status={} reason={} messageId={} complaintId={} recipients={} recorded={} "
                        + "teamNotified={}",
                result.kind(),
                result.status(),
                result.reason(),
                result.messageId(),
                result.complaintId(),
                result.recipients(),
                result.recorded(),
                result.teamNotified());
        return result;
    }

    private MailEventResult handle(Map<String, Object> input) {
        // The runtime has already read the event into maps and lists; it is looked into as it is.
        JsonTree event = JsonTree.of(input);
        if (SesSentEvents.isSent(event)) {
            return confirm(event);
        }
        SesEmailEvents.Parsed parsed = SesEmailEvents.parse(event);
        if (parsed instanceof SesEmailEvents.Unusable unusable) {
            return new MailEventResult("unusable", "UNUSABLE", unusable.reason(), "", "", 0, 0, 0);
        }
        MailEvent mail = ((SesEmailEvents.Usable) parsed).event();
        RecordingUndeliverableEmail.Result r = recording.record(mail);
        return new MailEventResult(
                mail.kind().code(),
                r.status().name(),
                "",
                safe(mail.messageId()),
                safe(mail.complaintId()),
                mail.recipients().size(),
                r.recorded(),
                r.teamNotified());
    }

    /**
     * SES sent an email: make the send-once mark it names, as its sender would have (decision 025). A sender whose
     * send timed out kept its lease waiting for this. A failure to reach DynamoDB is thrown, so EventBridge retries.
     */
    private MailEventResult confirm(JsonTree event) {
        Optional<SesSentEvents.Sent> sent = SesSentEvents.read(event);
        if (sent.isEmpty()) {
            return new MailEventResult("sent", "NO_MARKER", "", "", "", 0, 0, 0);
        }
        ConfirmingSends.Result r =
                confirming.confirm(sent.get().marker(), sent.get().messageId());
        SendMarker marker = sent.get().marker();
        return new MailEventResult(
                "sent",
                r.name(),
                "",
                safe(sent.get().messageId().value()),
                marker.isDelivery() ? "" : marker.complaint().value(),
                0,
                r == ConfirmingSends.Result.CONFIRMED ? 1 : 0,
                0);
    }

    /** Ids as SES and our tags write them; anything else is not repeated into the log. */
    private static String safe(String id) {
        return id == null || !id.matches("[A-Za-z0-9._-]{1,200}") ? "" : id;
    }
}
