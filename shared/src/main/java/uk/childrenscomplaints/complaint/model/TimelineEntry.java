package uk.childrenscomplaints.complaint.model;

import java.time.Instant;

/**
 * One change on a complaint's append-only timeline: who made it, when, and what changed. The detail is for staff
 * reading the case; it is never logged.
 *
 * @param clock set only on entries that stop or restart the clock: the facts {@link ClockPauses} derives pauses from
 */
public record TimelineEntry(Instant at, String actor, String action, String detail, ClockEvent clock) {
    public TimelineEntry {
        if (at == null || actor == null || action == null) {
            throw new IllegalArgumentException("a timeline entry needs a time, an actor and an action");
        }
        detail = detail == null ? "" : detail;
    }

    public TimelineEntry(Instant at, String actor, String action, String detail) {
        this(at, actor, action, detail, null);
    }
}
