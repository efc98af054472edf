package uk.childrenscomplaints.complaint.application.ports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.TeamName;

/** The collection of complaints. Every write is conditional, so a race can never lose data. */
public interface Complaints {

    /** Adds a new complaint unless one with the same id exists (a retried submission); says which happened. */
    AddResult add(Complaint complaint);

    /**
     * Adds each complaint unless one with its id exists, each in its own conditional write (so it may run them in
     * parallel); a write that fails is counted and the rest go on.
     */
    default AddCounts addAll(List<Complaint> complaints) {
        int added = 0;
        int existing = 0;
        int failed = 0;
        for (Complaint c : complaints) {
            try {
                if (add(c) == AddResult.ADDED) {
                    added++;
                } else {
                    existing++;
                }
            } catch (RuntimeException e) {
                failed++;
            }
        }
        return new AddCounts(added, existing, failed);
    }

    Optional<Complaint> find(ComplaintId id);

    /**
     * Writes the complaint's changes and appends its new timeline entries in one conditional update. STALE when
     * someone else saved the complaint after {@code expectedVersion} was read; nothing is written then.
     */
    SaveResult save(Complaint complaint, long expectedVersion);

    /** Open complaints whose next deadline is on or before {@code date}, a page at a time, from the deadline index. */
    Page findDueBy(LocalDate date, String pageToken, int pageSize);

    /** Complaints received in a financial quarter, from the quarter index. */
    List<Complaint> receivedIn(FinancialQuarter quarter, LocalDate from, LocalDate to);

    /**
     * Every complaint now in {@code state}, of {@code team} only when one is given (null: every team), from the status
     * index.
     */
    List<Complaint> inState(ComplaintState state, TeamName team);

    /** The next readable reference of a financial year, from an atomic counter. */
    Reference nextReference(int financialYear);

    /**
     * Claims a notification under its deterministic key in one conditional update, as a lease that runs out after
     * {@link SendLease#LENGTH} (measured on the injected clock): CLAIMED for exactly one caller, ALREADY_SENT when a
     * completed send marked it sent, HELD while another caller's lease has not expired. An expired lease is taken
     * over, so a claimant that died between claim and send does not lose the notice.
     */
    NotificationClaim claimNotification(ComplaintId id, String key);

    /** Gives a claim back after a failed send, so the next run retries it (and the notice stays owed). */
    void releaseNotification(ComplaintId id, String key);

    /**
     * Keeps this caller's lease after a send whose outcome is unknown (SES may have received it), and records on the
     * timeline that the notice awaits the mail service's confirmation (decision 025): no run sends it again until the
     * confirmation marks it sent or the lease runs out. Names the notice's key only.
     */
    void awaitConfirmation(ComplaintId id, String key);

    /**
     * Marks a notification sent because the mail service said it sent the email (its "sent" event), exactly as the
     * sender would have: the permanent mark, off the outbox, the lease gone, a timeline entry with the message id.
     * Conditional: false, and nothing changed, when it was already marked sent (a second event, or the sender's own
     * mark first) or the complaint is gone.
     */
    boolean confirmNotificationSent(ComplaintId id, String key, MessageId messageId);

    /**
     * Marks a claimed notification sent for good, in one update: the permanent mark, off the outbox, the lease gone,
     * and, when the mail service gave one, a timeline entry naming the notice and its message id (never an address).
     * Also used for a notice deliberately not sent (an address known not to work, an imported complaint), which must
     * not be retried either.
     */
    void markNotificationSent(ComplaintId id, String key, Optional<MessageId> messageId);

    /**
     * Marks a claimed notification settled without sending it, because a limit forbade it (an acknowledgement over
     * its address's daily allowance), with a timeline entry saying so: the permanent mark, off the outbox, the lease
     * gone, in one update. {@code why} names no address.
     */
    void markNotificationSuppressed(ComplaintId id, String key, String why);

    /**
     * Marks a claimed notification settled another way, with a timeline entry saying how: an email to a complainant
     * who cannot be emailed, settled by a letter to post (decision 034). One update, as for a suppressed notice.
     */
    default void markNotificationSettled(ComplaintId id, String key, String action, String detail) {
        markNotificationSuppressed(id, key, detail);
    }

    /** Takes a notification off the complaint's outbox when it was found sent already. */
    void removeFromOutbox(ComplaintId id, String key);

    /**
     * Complaints with something still in their outbox (notifications owed and not yet sent: the relay has not reached
     * them, or could not send them), from the outbox index.
     */
    IdPage withOutbox(String pageToken, int pageSize);

    /** How many complaints owe a notification in the outbox, and since when the longest-owed one has owed it. */
    OwedNotifications owedNotifications();

    /** @param oldestSince empty when nothing is owed */
    record OwedNotifications(int complaints, java.util.Optional<java.time.Instant> oldestSince) {}

    enum AddResult {
        ADDED,
        ALREADY_EXISTS
    }

    /** How many of a batch were added, were there already, or could not be written. */
    record AddCounts(int added, int alreadyExisting, int failed) {}

    enum SaveResult {
        SAVED,
        STALE
    }

    /** A page of complaint ids and the token for the next one (null at the end). */
    record IdPage(List<ComplaintId> ids, String nextPageToken) {}

    /** A page of complaints and the token for the next one (null at the end). */
    record Page(List<Complaint> items, String nextPageToken, int itemsRead) {}
}
