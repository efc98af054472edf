package uk.childrenscomplaints.complaint.application.ports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the retention run reads (decision 027): closed complaints by the day their retention period runs from, and
 * short-lived items past their expiry, each from a sparse index (never a scan), and the removal of an expired item.
 */
public interface RetentionIndex {

    /** Closed complaints, not held and not yet anonymised, whose period runs from {@code lastDate} or earlier. */
    Complaints.Page closedBy(LocalDate lastDate, String pageToken, int pageSize);

    /** Ids of compliments received on {@code receivedOn} or earlier whose words are still held. */
    IdsPage complimentsBy(LocalDate receivedOn, String pageToken, int pageSize);

    /**
     * Replaces who a compliment was from and what it said, keeping its team and date (the statistics count those);
     * says whether this call did it (false: done already).
     */
    boolean anonymiseCompliment(String id, LocalDate on, String policyVersion);

    /** Idempotency keys, limit counters and send markers whose {@code expiresAt} is before {@code now}. */
    ExpiredPage expiredBy(Instant now, String pageToken, int pageSize);

    /** Deletes the item if it is still expired at {@code now} (one renewed meanwhile stays); says whether it went. */
    boolean removeExpired(ExpiredItem item, Instant now);

    /** An item's key, opaque to the use case: hashes and fixed words, never personal data. */
    record ExpiredItem(String pk, String sk) {}

    record IdsPage(List<String> ids, String nextPageToken) {}

    record ExpiredPage(List<ExpiredItem> items, String nextPageToken) {}
}
