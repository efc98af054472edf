package uk.childrenscomplaints.complaint.application.intake;

import java.util.List;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.model.Complaint;

/** What became of a submission: accepted (new, or the same one again), refused field by field, or not allowed. */
public sealed interface SubmissionResult {
    /**
     * @param complaint the complaint as stored, at the version the next action on it must name
     * @param repeat the same submission arrived before (same form token or Idempotency-Key): nothing new was stored
     */
    record Accepted(Complaint complaint, boolean repeat) implements SubmissionResult {}

    record Invalid(List<FieldError> errors) implements SubmissionResult {}

    /** The member of staff may not log complaints: nothing was stored. Only {@code logForStaff} answers this. */
    record Forbidden() implements SubmissionResult {}
}
