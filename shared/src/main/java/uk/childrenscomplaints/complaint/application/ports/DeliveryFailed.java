package uk.childrenscomplaints.complaint.application.ports;

/** An email or event could not be handed over; the message never carries personal data. */
public final class DeliveryFailed extends RuntimeException {
    public DeliveryFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
