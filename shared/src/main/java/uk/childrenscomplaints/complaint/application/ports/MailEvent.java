package uk.childrenscomplaints.complaint.application.ports;

import java.time.Instant;
import java.util.List;

/**
 * What the mail service said happened to one email we sent, read from its event by an adapter. The recipients'
 * addresses are personal data: they are compared with the complaint's and never logged, stored or repeated;
 * {@link #toString()} leaves them out.
 *
 * @param messageId the mail service's id of the email (ours, from the send)
 * @param complaintId the {@code complaint-id} tag, as sent; null when the email was about no single complaint
 * @param notice the {@code notice} tag: which email (a template's file name); null when absent
 * @param taggedAddressee the {@code recipient} tag: the role it was sent to; null when absent or unknown
 * @param recipients the addresses the event is about (bounced, complaining, or every destination of a refusal)
 * @param occurredAt when it happened, by the mail service's clock
 */
public record MailEvent(
        Kind kind,
        String messageId,
        String complaintId,
        String notice,
        Addressee taggedAddressee,
        List<String> recipients,
        Instant occurredAt) {

    public MailEvent {
        if (kind == null) {
            throw new IllegalArgumentException("a mail event needs its kind");
        }
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** What happened; only the first three change anything. */
    public enum Kind {
        /** A permanent (hard) bounce: the address does not work. */
        BOUNCED("bounced"),
        /** SES refused to send it (it found a virus): nothing reached anyone. */
        REFUSED("refused"),
        /** The recipient reported it as spam. */
        MARKED_AS_SPAM("spam"),
        /** A transient or undetermined bounce: the mail service retried or could not tell; nothing to act on. */
        BOUNCED_FOR_NOW("bounced-for-now"),
        DELIVERED("delivered"),
        /** Any other event (sent, opened, delayed...): counted, nothing changes. */
        OTHER("other");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public boolean meansUndeliverable() {
            return this == BOUNCED || this == REFUSED || this == MARKED_AS_SPAM;
        }

        public static java.util.Optional<Kind> parse(String code) {
            return java.util.Arrays.stream(values())
                    .filter(k -> k.code.equals(code))
                    .findFirst();
        }
    }

    @Override
    public String toString() {
        return "MailEvent[kind=" + kind + ", messageId=" + messageId + ", complaintId=" + complaintId + ", notice="
                + notice + ", taggedAddressee=" + taggedAddressee + ", recipients=" + recipients.size()
                + ", occurredAt=" + occurredAt + "]";
    }
}
