package uk.childrenscomplaints.complaint.application;

import java.util.Map;

/** An event for the bus: its type (the detail-type) and a flat, personal-data-free detail. */
public interface DomainEvent {
    String type();

    String complaintId();

    /** The event's detail; values are strings, numbers, booleans or lists of strings. */
    Map<String, Object> detail();
}
