package uk.childrenscomplaints.complaint.application.ports;

/** What came of trying to claim a notification before sending it. */
public enum NotificationClaim {
    /** This caller holds the lease: send, then mark it sent, or release it when the send failed. */
    CLAIMED,
    /** Marked sent by a completed send before (or the complaint is gone): nothing to send. */
    ALREADY_SENT,
    /** Another run holds a lease that has not yet expired: leave it owed; a later run retries it once it expires. */
    HELD
}
