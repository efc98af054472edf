package uk.childrenscomplaints.complaint.application.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.LettersToPost;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.LetterPosting;
import uk.childrenscomplaints.complaint.model.RunningDeadlines;

/**
 * The complaints team marks a letter posted (decisions 034 and 040). The complaint records the day first, in one
 * versioned write with its timeline entry and any window that now counts from it (the Stage 2 request window after
 * the Stage 1 outcome letter); the letter task is marked second, by its own conditional update. A failure between the
 * two leaves the task waiting on the list with the complaint already recording the posting: marking it again finds
 * the complaint done and only marks the task, so nothing is recorded twice and no window is moved twice.
 */
public final class PostingLetters {
    private static final int ATTEMPTS = 3;

    private final Complaints complaints;
    private final LettersToPost letters;
    private final TimescalePolicy timescales;
    private final RunningDeadlines running;
    private final Clock clock;

    public PostingLetters(Complaints complaints, LettersToPost letters, TimescalePolicy timescales, Clock clock) {
        this.complaints = complaints;
        this.letters = letters;
        this.timescales = timescales;
        this.running = new RunningDeadlines(timescales);
        this.clock = clock;
    }

    public enum Result {
        POSTED,
        ALREADY_POSTED,
        NOT_FOUND,
        /** Staff kept changing the complaint meanwhile; nothing was marked, and marking it again will do. */
        CHANGED_MEANWHILE
    }

    /** Marks the letter owed under {@code key} posted today, by {@code by}. */
    public Result markPosted(ComplaintId id, String key, String by) {
        Optional<LettersToPost.LetterToPost> task = letters.find(id, key);
        if (task.isEmpty()) {
            return Result.NOT_FOUND;
        }
        if (task.get().posted()) {
            return Result.ALREADY_POSTED;
        }
        LocalDate today = LocalDate.now(clock.withZone(CouncilTime.ZONE));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Complaint> found = complaints.find(id);
            if (found.isEmpty()) {
                return Result.NOT_FOUND;
            }
            Complaint c = found.get();
            Optional<LocalDate> recorded = c.postedLetters().on(key);
            if (recorded.isEmpty() && !recordOnComplaint(c, task.get(), today, by)) {
                continue; // changed meanwhile: read it again
            }
            return switch (letters.markPosted(id, key, recorded.orElse(today), by)) {
                case POSTED -> Result.POSTED;
                case ALREADY_POSTED -> Result.ALREADY_POSTED;
                case NOT_FOUND -> Result.NOT_FOUND;
            };
        }
        return Result.CHANGED_MEANWHILE;
    }

    private boolean recordOnComplaint(Complaint c, LettersToPost.LetterToPost task, LocalDate today, String by) {
        long version = c.version();
        LetterPosting.record(
                c,
                task.key(),
                today,
                "The " + task.kind().label() + " was posted on " + Notifications.longDate(today) + " by " + by,
                new Change(by, clock.instant()));
        if (task.key().startsWith(LetterPosting.STAGE1_OUTCOME)) {
            LetterPosting.stage2WindowFrom(c)
                    .ifPresent(from -> LetterPosting.moveStage2Window(
                            c, timescales.dueDate(TimescaleId.STAGE2_REQUEST_WINDOW, from)));
        }
        c.refreshRunningClock(running);
        return complaints.save(c, version) == Complaints.SaveResult.SAVED;
    }
}
