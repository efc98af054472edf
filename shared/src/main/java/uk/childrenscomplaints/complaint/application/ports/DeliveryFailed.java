package uk.childrenscomplaints.complaint.application.ports;

/**
 * An email or event could not be handed over; the message never carries personal data.
 *
 * <p>Two kinds (decision 025): a send that certainly did not reach the mail service (connection refused, an error
 * answer, throttling), whose claim is given back at once; and one whose outcome is unknown (the request was written
 * and no answer came), which may yet have been sent. The second keeps its lease, and waits for the mail service's
 * own word that it was sent, or for the lease to run out.
 */
public final class DeliveryFailed extends RuntimeException {
    private final boolean outcomeUnknown;

    public DeliveryFailed(String message, Throwable cause) {
        this(message, cause, false);
    }

    private DeliveryFailed(String message, Throwable cause, boolean outcomeUnknown) {
        super(message, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    /** The request may have reached the mail service: it must not be retried before its lease runs out. */
    public static DeliveryFailed outcomeUnknown(String message) {
        return new DeliveryFailed(message, null, true);
    }

    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
