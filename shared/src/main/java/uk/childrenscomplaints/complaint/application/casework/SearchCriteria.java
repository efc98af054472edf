package uk.childrenscomplaints.complaint.application.casework;

import java.time.LocalDate;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.TeamName;

/**
 * What staff search complaints by; every field may be null (no restriction). {@code overdue} is as of today: open,
 * with the Stage 1 response past its effective due date or the Stage 2 investigation past its due date.
 */
public record SearchCriteria(
        TeamName team,
        ComplaintState state,
        ComplaintState.Stage stage,
        Boolean overdue,
        LocalDate receivedFrom,
        LocalDate receivedTo) {

    public static SearchCriteria everything() {
        return new SearchCriteria(null, null, null, null, null, null);
    }
}
