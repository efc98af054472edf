package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A letter to a complainant who cannot be emailed, marked posted (decision 040), and the statutory windows that run
 * "from the date of the letter": the Stage 2 request window after the Stage 1 outcome, the Stage 3 request window
 * after the Stage 2 outcome, and the reopening window after a withdrawal or closing without investigation. Each counts
 * from the day its letter was posted when that is later than the day staff recorded the event; otherwise, and for a
 * complainant who was emailed, from the event. Apart from {@link Complaint} to keep it small.
 */
public final class LetterPosting {
    /** The outbox keys of the letters that start a window; each ends with the version of the change that owed it. */
    public static final String STAGE1_OUTCOME = "stage1-outcome-letter@";

    public static final String STAGE2_OUTCOME = "stage2-outcome-letter@";
    public static final String CLOSING = "closing-letter@";

    public static final String LETTER_POSTED = "letter posted";

    private LetterPosting() {}

    /**
     * Records the posting, once per letter: a second marking of the same letter is refused and changes nothing.
     * Allowed in any state (a letter about a closing is posted after the complaint closed).
     *
     * @param detail for staff: which letter, the day and who; never what it says
     */
    public static Decision record(Complaint c, String key, LocalDate postedOn, String detail, Change change) {
        if (c.postedLetters().on(key).isPresent()) {
            return new Decision.Refused("this letter was marked posted on "
                    + c.postedLetters().on(key).get());
        }
        c.notePosted(
                c.postedLetters().with(key, postedOn),
                new TimelineEntry(change.at(), change.actor(), LETTER_POSTED, detail));
        return new Decision.Allowed(c.state());
    }

    /**
     * Moves the end of the Stage 2 request window to {@code endsOn} (counted by the caller from {@link
     * #stage2WindowFrom}), while the complainant may still ask; never earlier than it was.
     */
    public static void moveStage2Window(Complaint c, LocalDate endsOn) {
        Stage1Record s1 = c.parts().stage1();
        if (c.state() != ComplaintState.STAGE1_RESPONDED
                || s1 == null
                || !s1.isResponded()
                || endsOn == null
                || (s1.stage2RequestBy() != null && !endsOn.isAfter(s1.stage2RequestBy()))) {
            return;
        }
        c.replaceParts(c.parts().withStage1(s1.respondedOn(s1.respondedOn(), s1.responseSummary(), endsOn)));
    }

    /** The Stage 2 request window's first day: the Stage 1 response, or its outcome letter's posting if later. */
    public static Optional<LocalDate> stage2WindowFrom(Complaint c) {
        Stage1Record s1 = c.parts().stage1();
        return s1 == null || s1.respondedOn() == null
                ? Optional.empty()
                : Optional.of(later(c, STAGE1_OUTCOME, s1.respondedOn()));
    }

    /** The Stage 3 request window's first day: the Stage 2 response, or its outcome letter's posting if later. */
    public static Optional<LocalDate> stage3WindowFrom(Complaint c) {
        Stage2Record s2 = c.parts().stage2();
        return s2 == null || s2.respondedOn() == null
                ? Optional.empty()
                : Optional.of(later(c, STAGE2_OUTCOME, s2.respondedOn()));
    }

    /** The reopening window's first day: the latest withdrawal or closing, or its closing letter's posting if later. */
    public static Optional<LocalDate> reopenWindowFrom(Complaint c) {
        return Reopening.endedOn(c).map(ended -> later(c, CLOSING, ended));
    }

    /**
     * Whether the latest letter of this kind ({@link #STAGE1_OUTCOME}, ...) is owed and not yet marked posted: its
     * window will count from the day it is, so a letter printed now gives the window from its own date.
     */
    public static boolean awaitsPosting(Complaint c, String prefix) {
        return PostedLetters.latest(prefix, owedKeys(c))
                .filter(key -> c.postedLetters().on(key).isEmpty())
                .isPresent();
    }

    private static Set<String> owedKeys(Complaint c) {
        Set<String> owed = new LinkedHashSet<>(c.parts().outbox());
        owed.addAll(c.parts().notificationsSent());
        owed.addAll(c.postedLetters().byKey().keySet());
        return owed;
    }

    private static LocalDate later(Complaint c, String prefix, LocalDate event) {
        return PostedLetters.latest(prefix, owedKeys(c))
                .flatMap(key -> c.postedLetters().on(key))
                .filter(posted -> posted.isAfter(event))
                .orElse(event);
    }
}
