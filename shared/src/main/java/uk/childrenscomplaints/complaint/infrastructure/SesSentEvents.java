package uk.childrenscomplaints.complaint.infrastructure;

import java.util.Optional;
import uk.childrenscomplaints.complaint.application.ports.MessageId;
import uk.childrenscomplaints.complaint.application.ports.SendMarker;
import uk.childrenscomplaints.json.JsonTree;

/**
 * Reads SES's "Email Sent" event (EventBridge: source {@code aws.ses}, detail-type {@code Email Sent}, detail
 * {@code eventType} {@code Send}) for the send marker the email carried (decision 025): the {@code send} tag
 * ({@code mail.tags}, each a list of values) or, failing that, the {@code X-Complaints-Send} header
 * ({@code mail.headers}), which the local SES emulator keeps when it drops tags. Never throws.
 */
public final class SesSentEvents {

    private SesSentEvents() {}

    /** The mark an email settles and the id SES gave it. */
    public record Sent(SendMarker marker, MessageId messageId) {}

    public static boolean isSent(JsonTree envelope) {
        if (envelope == null || !"aws.ses".equals(envelope.path("source").asText())) {
            return false;
        }
        String type = envelope.path("detail").path("eventType").asText("");
        return "Send".equals(type)
                || (type.isEmpty()
                        && "Email Sent".equals(envelope.path("detail-type").asText()));
    }

    /** Empty when it is not a "sent" event, names no marker of ours, or has no message id. */
    public static Optional<Sent> read(JsonTree envelope) {
        if (!isSent(envelope)) {
            return Optional.empty();
        }
        JsonTree mail = envelope.path("detail").path("mail");
        String id = mail.path("messageId").asText("");
        if (id.isBlank() || id.length() > 200) {
            return Optional.empty();
        }
        return marker(mail).map(m -> new Sent(m, new MessageId(id)));
    }

    private static Optional<SendMarker> marker(JsonTree mail) {
        JsonTree tag = mail.path("tags").path(SesTags.SEND);
        if (tag.isArray() && !tag.isEmpty()) {
            Optional<SendMarker> fromTag = SendMarker.parse(tag.get(0).asText());
            if (fromTag.isPresent()) {
                return fromTag;
            }
        }
        for (JsonTree header : mail.path("headers")) {
            if (SesTags.SEND_HEADER.equalsIgnoreCase(header.path("name").asText())) {
                return SendMarker.parse(header.path("value").asText());
            }
        }
        return Optional.empty();
    }
}
