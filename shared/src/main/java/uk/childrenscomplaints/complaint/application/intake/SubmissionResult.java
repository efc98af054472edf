package uk.childrenscomplaints.complaint.application.intake;

import java.time.Instant;
import java.util.List;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.model.Complaint;

/**
 * What became of a submission: accepted (new, or the same one again), refused field by field, not allowed, its key
 * already used for different answers, or over an abuse limit. Only {@code Accepted} stored anything.
 */
public sealed interface SubmissionResult {
    /**
     * @param complaint the complaint as stored, at the version the next action on it must name
     * @param replayed the same submission arrived before (same form token or Idempotency-Key, same answers): nothing
     *     new was stored and this is the first answer again
     */
    record Accepted(Complaint complaint, boolean replayed) implements SubmissionResult {}

    record Invalid(List<FieldError> errors) implements SubmissionResult {}

    /** The member of staff may not log complaints: nothing was stored. Only {@code logForStaff} answers this. */
    record Forbidden() implements SubmissionResult {}

    /**
     * The idempotency key (or form token) came before with different answers: nothing was stored, and the earlier
     * complaint is not shown (it may be someone else's).
     */
    record KeyReused() implements SubmissionResult {}

    /** Over an abuse limit of the public routes: nothing was stored; a new submission is taken from {@code retryAfter}. */
    record TooMany(Instant retryAfter) implements SubmissionResult {}
}
