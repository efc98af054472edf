package uk.childrenscomplaints.complaint.infrastructure;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sesv2.model.MessageTag;
import uk.childrenscomplaints.complaint.application.ports.Email;

/**
 * The SES message tags every send carries, so that a bounce or complaint event can be tied back to the complaint, the
 * notice and the role it was for without anyone's address. SES allows only ASCII letters, digits, {@code _} and
 * {@code -} in a tag's name and value, 256 characters at most (SES v2 API reference, MessageTag); anything else
 * becomes {@code _}. The values are ids and codes, never personal data.
 */
public final class SesTags {
    public static final String COMPLAINT_ID = "complaint-id";
    public static final String NOTICE = "notice";
    public static final String RECIPIENT = "recipient";
    /**
     * The send-once mark the email settles ({@code SendMarker#encoded()}), so SES's "Email Sent" event can make the
     * mark when the sender never heard SES's answer (decision 025).
     */
    public static final String SEND = "send";
    /**
     * The same marker as a message header: the local SES emulator keeps headers but drops tags, and SES gives both
     * back in its events ({@code mail.headers}), so the local event player and AWS carry it the same way.
     */
    public static final String SEND_HEADER = "X-Complaints-Send";

    private static final int MAX = 256;

    private SesTags() {}

    static List<MessageTag> of(Email email) {
        List<MessageTag> tags = new ArrayList<>();
        tags.add(tag(NOTICE, email.template().fileName()));
        if (email.about() != null) {
            tags.add(tag(COMPLAINT_ID, email.about().value()));
        }
        if (email.addressee() != null) {
            tags.add(tag(RECIPIENT, email.addressee().code()));
        }
        if (email.marker() != null) {
            tags.add(tag(SEND, email.marker().encoded()));
        }
        return tags;
    }

    public static MessageTag tag(String name, String value) {
        return MessageTag.builder().name(safe(name)).value(safe(value)).build();
    }

    /** A value SES accepts: disallowed characters become {@code _}; empty becomes {@code none}; at most 256. */
    public static String safe(String value) {
        String cleaned = value == null ? "" : value.replaceAll("[^A-Za-z0-9_-]", "_");
        if (cleaned.isEmpty()) {
            return "none";
        }
        return cleaned.length() > MAX ? cleaned.substring(0, MAX) : cleaned;
    }
}
