package uk.childrenscomplaints.complaint.application.ports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.Reference;

/**
 * Paper letters the outbox owes a complainant it cannot email (decision 034): one task per outbox key, added once
 * however often the outbox is retried, and marked posted once, by the complaints team, which also goes on the
 * complaint's timeline.
 */
public interface LettersToPost {

    /**
     * @param key the outbox key the letter stands in for ({@code acknowledgement}, {@code clock-paused@4}, ...)
     * @param owedOn the day the outbox made the task (the letter's date)
     * @param postedOn null until the complaints team marks it posted
     */
    record LetterToPost(
            ComplaintId complaintId,
            Reference reference,
            String key,
            LetterKind kind,
            LocalDate owedOn,
            LocalDate postedOn,
            String postedBy) {
        public boolean posted() {
            return postedOn != null;
        }
    }

    /**
     * Adds the task, dated today, unless it exists (a second sweep, a retried send); true when this call added it.
     */
    boolean owe(ComplaintId id, Reference reference, String key, LetterKind kind);

    /** Every task not yet marked posted, oldest first. */
    List<LetterToPost> waiting();

    /** One complaint's tasks, posted or not, in the order they were owed. */
    List<LetterToPost> of(ComplaintId id);

    Optional<LetterToPost> find(ComplaintId id, String key);

    /** Marks the task posted on {@code postedOn}, once: a second marking changes nothing. */
    PostResult markPosted(ComplaintId id, String key, LocalDate postedOn, String by);

    enum PostResult {
        POSTED,
        ALREADY_POSTED,
        NOT_FOUND
    }

    /** No letters: the outbox settles a complainant's email it cannot send without a task (as before decision 034). */
    LettersToPost NONE = new LettersToPost() {
        @Override
        public boolean owe(ComplaintId id, Reference reference, String key, LetterKind kind) {
            return false;
        }

        @Override
        public List<LetterToPost> waiting() {
            return List.of();
        }

        @Override
        public List<LetterToPost> of(ComplaintId id) {
            return List.of();
        }

        @Override
        public Optional<LetterToPost> find(ComplaintId id, String key) {
            return Optional.empty();
        }

        @Override
        public PostResult markPosted(ComplaintId id, String key, LocalDate postedOn, String by) {
            return PostResult.NOT_FOUND;
        }
    };
}
