package uk.childrenscomplaints.complaint.application;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.childrenscomplaints.complaint.application.ports.IdempotencyKeys;
import uk.childrenscomplaints.complaint.model.ComplaintId;

/** The keys' contract in memory, for use-case tests; the real one is tested against dynalite. */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {
    private final Map<String, Key> keys = new ConcurrentHashMap<>();

    @Override
    public synchronized Claim claim(Key key, Instant now) {
        Key held = keys.get(key.scopedKey());
        if (held != null && !held.expiresAt().isBefore(now)) {
            return new Claim.Taken(held.complaintId(), held.fingerprint());
        }
        keys.put(key.scopedKey(), key);
        return new Claim.Claimed();
    }

    @Override
    public synchronized void release(String scopedKey, ComplaintId complaintId) {
        Key held = keys.get(scopedKey);
        if (held != null && held.complaintId().equals(complaintId)) {
            keys.remove(scopedKey);
        }
    }

    public int size() {
        return keys.size();
    }
}
