package uk.childrenscomplaints.complaint.application.ports;

import java.util.Optional;

/** Sends email. Implementations throw {@link DeliveryFailed} when the send did not go, so the caller can retry. */
public interface Mailer {
    void send(Email email);

    /**
     * Sends, and says the id the mail service gave the accepted message (recorded on the complaint's timeline). A
     * mailer that has no such id (a test's) keeps this default.
     */
    default Optional<MessageId> sendForId(Email email) {
        send(email);
        return Optional.empty();
    }
}
