package uk.childrenscomplaints.complaint.application.ports;

/** Sends email. Implementations throw {@link DeliveryFailed} when the send did not go, so the caller can retry. */
public interface Mailer {
    void send(Email email);
}
