package uk.childrenscomplaints.complaint.model;

import java.time.Instant;

/**
 * One change on a complaint's append-only timeline: who made it, when, and what changed. The detail is for staff
 * reading the case; it is never logged.
 */
public record TimelineEntry(Instant at, String actor, String action, String detail) {
    public TimelineEntry {
        if (at == null || actor == null || action == null) {
            throw new IllegalArgumentException("a timeline entry needs a time, an actor and an action");
        }
        detail = detail == null ? "" : detail;
    }
}
