package uk.childrenscomplaints.complaint.infrastructure;

import java.util.Map;
import java.util.Optional;
import uk.childrenscomplaints.complaint.model.ComplaintId;

/**
 * A complaint item's key as the table writes it, for whatever sees only keys: the outbox relay reads the table's
 * KEYS_ONLY stream (decision 035), where counters, idempotency keys, access records and letters pass by too.
 */
public final class ComplaintKeys {
    /** Every complaint item's partition key begins so; the stream's filter in template.yaml names it too. */
    public static final String PK_PREFIX = "COMPLAINT#";

    private ComplaintKeys() {}

    /** The complaint an item's key names; empty for any other item (or a key that is not a complaint id). */
    public static Optional<ComplaintId> idOf(String pk, String sk) {
        if (pk == null || !pk.startsWith(PK_PREFIX) || !ComplaintItem.ITEM_SK.equals(sk)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ComplaintId(pk.substring(PK_PREFIX.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The key of a complaint's item, attribute name to string value. */
    public static Map<String, String> keyOf(ComplaintId id) {
        return Map.of(ComplaintItem.PK, PK_PREFIX + id.value(), ComplaintItem.SK, ComplaintItem.ITEM_SK);
    }
}
