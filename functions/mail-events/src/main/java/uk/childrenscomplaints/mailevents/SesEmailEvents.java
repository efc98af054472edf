package uk.childrenscomplaints.mailevents;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.complaint.application.ports.Addressee;
import uk.childrenscomplaints.complaint.application.ports.MailEvent;
import uk.childrenscomplaints.complaint.infrastructure.SesTags;
import uk.childrenscomplaints.json.JsonTree;

/**
 * Reads the event SES publishes to the default EventBridge bus through the configuration set's event destination:
 * {@code source} {@code aws.ses}, a detail-type such as {@code Email Bounced}, and the SES event record as
 * {@code detail} ({@code eventType}, {@code mail} with {@code messageId} and {@code tags}, and {@code bounce},
 * {@code complaint} or {@code reject}). Never throws, and never repeats anything from the event in a reason.
 */
final class SesEmailEvents {
    static final String SOURCE = "aws.ses";
    /** The detail-types SES uses on EventBridge, by the SES event type they carry. */
    static final Map<String, String> DETAIL_TYPES = Map.of(
            "Email Bounced", "Bounce",
            "Email Complaint Received", "Complaint",
            "Email Rejected", "Reject",
            "Email Delivered", "Delivery");

    private SesEmailEvents() {}

    /** An event this handler can act on, or why not (a fixed phrase, safe to log). */
    sealed interface Parsed permits Usable, Unusable {}

    record Usable(MailEvent event) implements Parsed {}

    record Unusable(String reason) implements Parsed {}

    static Parsed parse(JsonTree envelope) {
        if (!envelope.isObject()) {
            return new Unusable("not an EventBridge event");
        }
        if (!SOURCE.equals(envelope.path("source").asText())) {
            return new Unusable("not from SES");
        }
        JsonTree detail = envelope.path("detail");
        JsonTree mail = detail.path("mail");
        if (!detail.isObject() || !mail.isObject()) {
            return new Unusable("no SES email event in detail");
        }
        String eventType = text(detail, "eventType");
        if (eventType == null) {
            eventType = DETAIL_TYPES.get(envelope.path("detail-type").asText());
        }
        if (eventType == null) {
            return new Unusable("no SES event type");
        }
        MailEvent.Kind kind;
        List<String> recipients;
        Instant at;
        switch (eventType) {
            case "Bounce" -> {
                JsonTree bounce = detail.path("bounce");
                kind = "Permanent".equals(text(bounce, "bounceType"))
                        ? MailEvent.Kind.BOUNCED
                        : MailEvent.Kind.BOUNCED_FOR_NOW;
                recipients = addresses(bounce.path("bouncedRecipients"));
                at = instant(bounce, "timestamp");
            }
            case "Complaint" -> {
                JsonTree complaint = detail.path("complaint");
                kind = MailEvent.Kind.MARKED_AS_SPAM;
                recipients = addresses(complaint.path("complainedRecipients"));
                at = instant(complaint, "timestamp");
            }
            case "Reject" -> {
                // A refusal names no recipient: it was every destination of the email.
                kind = MailEvent.Kind.REFUSED;
                recipients = strings(mail.path("destination"));
                at = null;
            }
            case "Delivery" -> {
                kind = MailEvent.Kind.DELIVERED;
                recipients = strings(detail.path("delivery").path("recipients"));
                at = instant(detail.path("delivery"), "timestamp");
            }
            default -> {
                kind = MailEvent.Kind.OTHER;
                recipients = List.of();
                at = null;
            }
        }
        if (at == null) {
            at = instant(envelope, "time");
        }
        JsonTree tags = mail.path("tags");
        return new Usable(new MailEvent(
                kind,
                text(mail, "messageId"),
                tag(tags, SesTags.COMPLAINT_ID),
                tag(tags, SesTags.NOTICE),
                Addressee.parse(tag(tags, SesTags.RECIPIENT)).orElse(null),
                recipients,
                at));
    }

    /** SES gives each tag as a list of values; ours have one. */
    private static String tag(JsonTree tags, String name) {
        JsonTree values = tags.path(name);
        if (values.isArray() && !values.isEmpty() && values.get(0).isTextual()) {
            return values.get(0).asText();
        }
        return values.isTextual() ? values.asText() : null;
    }

    private static List<String> addresses(JsonTree recipients) {
        List<String> out = new ArrayList<>();
        if (recipients.isArray()) {
            for (JsonTree r : recipients) {
                String address = text(r, "emailAddress");
                if (address != null) {
                    out.add(address);
                }
            }
        }
        return out;
    }

    private static List<String> strings(JsonTree array) {
        List<String> out = new ArrayList<>();
        if (array.isArray()) {
            for (JsonTree v : array) {
                if (v.isTextual() && !v.asText().isBlank()) {
                    out.add(v.asText());
                }
            }
        }
        return out;
    }

    private static String text(JsonTree node, String field) {
        JsonTree v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    private static Instant instant(JsonTree node, String field) {
        String v = text(node, field);
        if (v == null) {
            return null;
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
