package uk.childrenscomplaints.complaint.application;

import java.util.List;
import uk.childrenscomplaints.complaint.model.Complaint;

/** What became of a submission: accepted (new, or the same one again), or refused field by field. */
public sealed interface SubmissionResult {
    /**
     * @param repeat the same submission arrived before (same form token or Idempotency-Key): nothing new was stored
     */
    record Accepted(Complaint complaint, boolean repeat) implements SubmissionResult {
    }

    record Invalid(List<FieldError> errors) implements SubmissionResult {
    }
}
