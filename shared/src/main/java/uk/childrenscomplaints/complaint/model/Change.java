package uk.childrenscomplaints.complaint.model;

import java.time.Instant;

/** Who is making a change and when; every change lands on the timeline with these. */
public record Change(String actor, Instant at) {
    public Change {
        if (actor == null || actor.isBlank() || at == null) {
            throw new IllegalArgumentException("a change needs an actor and a time");
        }
    }
}
