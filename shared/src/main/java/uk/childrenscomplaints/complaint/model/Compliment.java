package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;

/** A compliment about a team: its own record, not a complaint, counted in the annual report. */
public record Compliment(String id, TeamName team, LocalDate receivedOn, String fromWhom, String text) {
    public Compliment {
        if (id == null || id.isBlank() || team == null || receivedOn == null) {
            throw new IllegalArgumentException("a compliment needs an id, a team and the date it was received");
        }
        if (fromWhom == null || fromWhom.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("a compliment needs who it is from and what it says");
        }
    }
}
