package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;

/** Stage 2, independent investigation: who investigated, what it cost, and its clock (25, at most 65 working days). */
public record Stage2Record(
        LocalDate requestedOn,
        String reasons,
        LocalDate dueOn,
        LocalDate limitOn,
        String investigatingOfficer,
        String independentPerson,
        Long costPounds,
        LocalDate respondedOn) {

    public boolean isResponded() {
        return respondedOn != null;
    }
}
