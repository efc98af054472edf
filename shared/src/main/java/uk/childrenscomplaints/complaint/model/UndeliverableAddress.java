package uk.childrenscomplaints.complaint.model;

import java.time.Instant;

/**
 * The complainant's email address must not be used again: mail to it bounced for good, was refused, or the complainant
 * reported it as spam. Staff write or phone instead. Holds no address, only why and since when.
 */
public record UndeliverableAddress(Reason reason, Instant since) {
    public UndeliverableAddress {
        if (reason == null || since == null) {
            throw new IllegalArgumentException("an undeliverable address needs a reason and a time");
        }
    }

    /** Why the address is not to be emailed; the label is what staff read. */
    public enum Reason implements Coded {
        BOUNCED("bounced", "Email bounced"),
        REJECTED("rejected", "Email refused"),
        MARKED_AS_SPAM("marked-as-spam", "Email reported as spam");

        private final String code;
        private final String label;

        Reason(String code, String label) {
            this.code = code;
            this.label = label;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
