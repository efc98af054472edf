package uk.childrenscomplaints.complaint.application.ports;

/**
 * Marks of scheduled sends made, so a schedule that fires twice (or a retried run) sends each one once. A key names
 * one send, such as {@code weekly-team-summary#2026-11-23#huntingdon}: letters, digits, {@code -} and {@code #}, no
 * personal data.
 */
public interface Deliveries {

    /** Claims the send in one conditional write: true for exactly one caller, false when it was claimed before. */
    boolean claim(String key);

    /** Gives back a claim this caller made, after its send failed, so the next run sends it. */
    void release(String key);
}
