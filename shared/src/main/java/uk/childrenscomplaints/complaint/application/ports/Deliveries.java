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
}
