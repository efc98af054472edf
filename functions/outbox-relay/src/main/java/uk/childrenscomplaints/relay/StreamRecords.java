package uk.childrenscomplaints.relay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.childrenscomplaints.complaint.infrastructure.ComplaintKeys;
import uk.childrenscomplaints.complaint.model.ComplaintId;

/**
 * The records of a DynamoDB stream event (KEYS_ONLY: keys, never an item's values), read from the plain map Lambda
 * hands the handler: which complaint each insert or change names, and its sequence number. Any other item (a counter,
 * an idempotency key, an access record, a letter), a removal, or a record it cannot read is left out.
 */
final class StreamRecords {
    private StreamRecords() {}

    /** A record naming a complaint, and the sequence number Lambda knows it by. */
    record ComplaintChanged(ComplaintId id, String sequenceNumber) {}

    /** What the event held: the complaints' records in stream order, and how many records were left out. */
    record Read(List<ComplaintChanged> complaints, int ignored) {}

    static Read read(Map<String, Object> event) {
        List<ComplaintChanged> complaints = new ArrayList<>();
        int ignored = 0;
        Object records = event == null ? null : event.get("Records");
        if (records instanceof List<?> list) {
            for (Object r : list) {
                Optional<ComplaintChanged> changed = complaintOf(r);
                if (changed.isPresent()) {
                    complaints.add(changed.get());
                } else {
                    ignored++;
                }
            }
        }
        return new Read(complaints, ignored);
    }

    private static Optional<ComplaintChanged> complaintOf(Object r) {
        if (!(r instanceof Map<?, ?> record)) {
            return Optional.empty();
        }
        Object name = record.get("eventName");
        if (!"INSERT".equals(name) && !"MODIFY".equals(name)) {
            return Optional.empty();
        }
        if (!(record.get("dynamodb") instanceof Map<?, ?> change)) {
            return Optional.empty();
        }
        Optional<String> sequence = text(change.get("SequenceNumber"));
        if (sequence.isEmpty() || !(change.get("Keys") instanceof Map<?, ?> keys)) {
            return Optional.empty();
        }
        return ComplaintKeys.idOf(stringValue(keys.get("pk")), stringValue(keys.get("sk")))
                .map(id -> new ComplaintChanged(id, sequence.get()));
    }

    /** A key attribute as the stream writes it: {@code {"S": "..."}}. */
    private static String stringValue(Object attribute) {
        return attribute instanceof Map<?, ?> value ? text(value.get("S")).orElse(null) : null;
    }

    private static Optional<String> text(Object value) {
        return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }
}
