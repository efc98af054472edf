package uk.childrenscomplaints.complaint.application.ports;

import java.time.Instant;
import uk.childrenscomplaints.complaint.model.ComplaintId;

/**
 * Idempotency keys, each held apart from the complaint it names: a key is claimed, with the fingerprint of the body it
 * came with and the id its complaint will have, before that complaint is stored. A key expires (it may then be used
 * for a new complaint); the complaint it named never does.
 */
public interface IdempotencyKeys {

    /**
     * Claims {@code key} in one conditional write, unless it is held and has not expired at {@code now}: then says who
     * holds it. Never overwrites an unexpired key.
     */
    Claim claim(Key key, Instant now);

    /**
     * Gives a key back when its submission was refused before the complaint was written; only while it still names
     * {@code complaintId}, so a later holder's key is never removed.
     */
    void release(String scopedKey, ComplaintId complaintId);

    /**
     * @param scopedKey the caller's key within its scope, such as {@code api:<key>}, {@code form:<token>} or
     *     {@code staff:<username>:<key>}; the adapter stores only a hash of it
     * @param fingerprint SHA-256 of the normalised body, to tell a retry from a different submission
     */
    record Key(String scopedKey, ComplaintId complaintId, String fingerprint, Instant expiresAt) {}

    /** What a claim found. */
    sealed interface Claim {
        /** The key is now this caller's. */
        record Claimed() implements Claim {}

        /** Someone claimed the key before, for this complaint id and body. */
        record Taken(ComplaintId complaintId, String fingerprint) implements Claim {}
    }
}
