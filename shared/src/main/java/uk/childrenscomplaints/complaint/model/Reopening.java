package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.childrenscomplaints.clock.model.CouncilTime;

/**
 * Reopening a withdrawn complaint, or one closed without investigation, under the same reference (issue 14). Apart
 * from {@link Complaint} to keep it small. The day it was withdrawn or closed is read from the timeline, not kept a
 * second time; the window and the new due date depend on the timescale policy, so the caller works them out.
 */
public final class Reopening {
    /** The timeline actions that end a complaint in a state it can be reopened from. */
    static final List<String> ENDINGS = List.of("withdrawn", "closed, not investigated");

    public static final String REOPENED = "reopened";

    private Reopening() {}

    /** The day (council time) of the latest withdrawal or closing without investigation; empty if there was none. */
    public static Optional<LocalDate> endedOn(Complaint c) {
        return lastEnding(c).map(e -> LocalDate.ofInstant(e.at(), CouncilTime.ZONE));
    }

    /** The latest withdrawal or closing without investigation on the timeline ("withdrawn", ...). */
    public static Optional<TimelineEntry> lastEnding(Complaint c) {
        List<TimelineEntry> timeline = c.timeline();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (ENDINGS.contains(timeline.get(i).action())) {
                return Optional.of(timeline.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether this complaint was ever reopened: the statistics count it once, and as reopened. */
    public static boolean wasReopened(Complaint c) {
        return c.timeline().stream().anyMatch(e -> REOPENED.equals(e.action()));
    }

    /**
     * Back to Stage 1 with a fresh clock. The withdrawal or closing stays on the timeline beside the reopening; the
     * closing outcome, any outcomes recorded before it and any Stage 2 entitlement go, since the new Stage 1 decides
     * them afresh (the timeline keeps what they were).
     *
     * @param windowEndsOn the last day it may be reopened (the policy's window from {@link #endedOn}); null when
     *     there is no withdrawal or closing on the timeline
     * @param stage1DueOn the new Stage 1 due date, counted from {@code reopenedOn}
     */
    public static Decision reopen(
            Complaint c,
            LocalDate reopenedOn,
            String reason,
            LocalDate windowEndsOn,
            LocalDate stage1DueOn,
            Change change) {
        Decision allowed = ComplaintLifecycle.decide(c.state(), ComplaintAction.REOPEN);
        if (!allowed.isAllowed()) {
            return allowed;
        }
        if (reason == null || reason.isBlank()) {
            return new Decision.Refused("give the reason the complaint is being reopened");
        }
        Optional<LocalDate> endedOn = endedOn(c);
        if (c.intake().imported() || endedOn.isEmpty() || windowEndsOn == null) {
            return new Decision.Refused("this complaint has no withdrawal or closing on its timeline (imported "
                    + "history cannot be reopened): record the complainant's concerns as a new complaint");
        }
        if (reopenedOn.isBefore(endedOn.get())) {
            return new Decision.Refused(
                    "a complaint cannot be reopened before the day it was " + endingWord(c) + ", " + endedOn.get());
        }
        if (reopenedOn.isAfter(windowEndsOn)) {
            return new Decision.Refused("the window to reopen this complaint closed on " + windowEndsOn + " ("
                    + endingWord(c) + " on " + endedOn.get() + "): record it as a new complaint instead");
        }
        String was = c.state().label();
        return c.apply(
                ComplaintAction.REOPEN,
                change,
                REOPENED,
                "Reopened on " + reopenedOn + " (was: " + was + "): " + reason + "; new Stage 1 response due "
                        + stage1DueOn,
                x -> x.replaceParts(x.parts()
                        .withStage1(Stage1Record.reopened(reopenedOn, stage1DueOn))
                        .withClosing(null, null)
                        .withIssueOutcomes(Map.of())
                        .withStage2EntitledOn(null)));
    }

    private static String endingWord(Complaint c) {
        return c.state() == ComplaintState.WITHDRAWN ? "withdrawn" : "closed";
    }
}
