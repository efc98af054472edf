package uk.childrenscomplaints.complaint.application.ports;

/**
 * Marks of scheduled sends made, so a schedule that fires twice (or a retried run) sends each one once. A key names
 * one send, such as {@code weekly-team-summary#2026-11-23#huntingdon}: letters, digits, {@code -} and {@code #}, no
 * personal data. A claim is a lease ({@link SendLease}): a run killed between claim and send leaves a claim that
 * expires, and the next run sends it; only {@link #markSent} makes the mark permanent.
 */
public interface Deliveries {

    /**
     * Claims the send in one conditional write: true for exactly one caller, false when it was sent before or another
     * run holds an unexpired lease on it.
     */
    boolean claim(String key);

    /** Makes the mark permanent once the send was accepted: no later run sends it again. */
    void markSent(String key);

    /** Gives back a claim this caller made, after its send failed, so the next run sends it. */
    void release(String key);

    /**
     * Keeps this caller's claim after a send whose outcome is unknown, marking it as awaiting the mail service's
     * confirmation (decision 025): the claim holds until the confirmation marks it sent or its lease runs out.
     */
    default void awaitConfirmation(String key) {
        // Keeping the claim is all that is needed; an adapter may also say why it is kept.
    }

    /**
     * Makes the mark permanent because the mail service said the email was sent: true when this changed it, false
     * when it was marked sent already (a second event, or the sender's own mark) or was never claimed.
     */
    boolean confirmSent(String key, MessageId messageId);
}
