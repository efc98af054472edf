package uk.childrenscomplaints.complaint.application.ports;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.childrenscomplaints.complaint.model.Complaint;

/** An event for the bus: its type (the detail-type) and a flat, personal-data-free detail. */
public interface DomainEvent {
    String type();

    /** The complaint the event is about; only its ids, team, codes and dates ever reach the detail. */
    Complaint complaint();

    default String complaintId() {
        return complaint().id().value();
    }

    /** The event's detail; values are strings, numbers, booleans or lists of strings. */
    Map<String, Object> detail();

    /** What every event says of its complaint: the id, the reference and the team. Nothing personal. */
    default Map<String, Object> identity() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("complaintId", complaint().id().value());
        d.put("reference", complaint().reference().toString());
        d.put(
                "team",
                complaint().intake().team() == null
                        ? "unknown"
                        : complaint().intake().team().value());
        return d;
    }
}
