package uk.childrenscomplaints.complaint.application.ports;

/**
 * Sends a report email. Throws {@link DeliveryFailed} when it did not go (or may not have: {@link
 * DeliveryFailed#outcomeUnknown()}), so the caller can give its claim back or keep it.
 */
public interface ReportMailer {
    void send(ReportMail mail);

    /** Sends, naming the send-once mark it settles, so SES's "sent" event can make it (decision 025). */
    default void send(ReportMail mail, SendMarker marker) {
        send(mail);
    }
}
