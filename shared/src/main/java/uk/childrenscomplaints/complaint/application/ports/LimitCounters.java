package uk.childrenscomplaints.complaint.application.ports;

import java.time.Instant;

/**
 * Fixed-window counters for the abuse limits: one per limit, client and window, named by the caller (the name carries
 * the window, so a new window starts from nothing). Kept until {@code expiresAt}, then deleted by the store.
 */
public interface LimitCounters {

    /** Adds one, in one conditional write, unless the counter already holds {@code limit}: then false, nothing changed. */
    boolean addIfBelow(String counter, int limit, Instant expiresAt);

    /** Takes back one that was added for something then not done (a submission refused by a later limit, a failed send). */
    void giveBack(String counter);
}
