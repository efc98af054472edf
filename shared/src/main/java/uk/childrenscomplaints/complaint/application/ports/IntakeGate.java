package uk.childrenscomplaints.complaint.application.ports;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.Reference;

/**
 * The gate a new complaint passes before it is stored: its idempotency key claimed (decision 018) and the public
 * routes' abuse limits counted (decision 019), all or nothing. In AWS that is one transaction; where the store has none
 * it is done step by step, with what a refusal counted given back, so either way a refused submission leaves nothing
 * behind (decision 036).
 */
public interface IntakeGate {

    /**
     * Claims {@code key} (null: none) and adds one to each of {@code limits}, unless the key is held and unexpired at
     * {@code now} (then nothing is counted) or a counter is already at its limit (then nothing is claimed or counted).
     */
    Result pass(IdempotencyKeys.Key key, List<Limit> limits, Instant now);

    /**
     * Admits a new complaint: passes {@code key} and {@code limits} as {@link #pass} does and, only if they pass,
     * stores the complaint {@code made} for the next reference of its financial year. In AWS all of it is one
     * transaction, so a refused or replayed submission takes no reference and no reference is taken without its
     * complaint (decision 042); where the store has no transactions, the pass, the reference and the complaint's put
     * are separate writes, and a failure before the put gives back what the pass wrote.
     */
    Admission admit(IdempotencyKeys.Key key, List<Limit> limits, Instant now, Made made);

    /**
     * Undoes what a pass did, for a submission that then failed before its complaint was written: the key released
     * while it still names its complaint (null: none), and one given back to each counter in {@code counted}.
     */
    void giveBack(IdempotencyKeys.Key key, List<Limit> counted);

    /**
     * One abuse limit, counted in the fixed-window counter it names.
     *
     * @param counter the counter's name, holding the window (a new window starts from nothing) and no address
     * @param limit how many the window allows
     * @param expiresAt when the store may delete the counter
     * @param retryAfter when a refused client may try again: the window's end
     */
    record Limit(String counter, int limit, Instant expiresAt, Instant retryAfter) {}

    /**
     * The complaint to admit, made for whichever reference the store allocates: it is called again with another
     * reference when another writer took the one first tried, so it must be free of side effects.
     *
     * @param financialYear the year whose counter gives the reference
     */
    record Made(int financialYear, Function<Reference, Complaint> complaintFor) {}

    /** What the gate said. */
    sealed interface Result {
        /** The key is now this caller's and every limit counted. */
        record Passed() implements Result {}

        /** Someone claimed the key before, for this complaint id and body; nothing was counted. */
        record KeyTaken(ComplaintId complaintId, String fingerprint) implements Result, Admission {}

        /** Over a limit (the first in the order given that was full); nothing claimed or counted. */
        record Refused(Instant retryAfter) implements Result, Admission {}
    }

    /** What an admission came to: a key taken or a limit full as for {@link #pass}, or the complaint's fate. */
    sealed interface Admission {
        /** Stored, with the key claimed and the limits counted: the complaint as written, with its reference. */
        record Admitted(Complaint complaint) implements Admission {}

        /** A complaint with this id was there already: the same submission raced this one and won. */
        record AlreadyStored() implements Admission {}
    }
}
