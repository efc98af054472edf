package uk.childrenscomplaints.complaint.application.casework;

import java.util.List;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.model.Complaint;

/** The answer to a change or a read of one complaint; each maps to one HTTP status at the edge. */
public sealed interface CaseResult {
    /** The change is stored (the complaint as it now is), or the complaint as read. */
    record Done(Complaint complaint) implements CaseResult {}

    record NotFound() implements CaseResult {}

    /** The member may not see this complaint, or may not make this change. */
    record Forbidden(String reason) implements CaseResult {}

    /** The state machine or a named rule refused the move; the reason says what would make it possible. */
    record Refused(String reason) implements CaseResult {}

    /** Someone else changed the complaint since the caller read it; nothing was written. */
    record Stale() implements CaseResult {}

    record Invalid(List<FieldError> errors) implements CaseResult {}
}
