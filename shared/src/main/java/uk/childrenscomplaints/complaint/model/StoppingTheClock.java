package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Stopping and restarting a complaint's clock, apart from {@link Complaint} to keep it small. Each stop and restart is
 * one timeline entry carrying its {@link ClockEvent}; {@link ClockPauses} reads the pairs back, and
 * {@link RunningDeadlines} moves the running deadlines by the working days in between.
 */
public final class StoppingTheClock {
    /** The states in which a council clock runs at Stage 1, 2 or 3, and so can be stopped. */
    public static final Set<ComplaintState> CLOCKED = EnumSet.of(
            ComplaintState.STAGE1_OPEN,
            ComplaintState.STAGE2_INVESTIGATING,
            ComplaintState.STAGE3_REQUESTED,
            ComplaintState.STAGE3_PANEL_HELD);

    private StoppingTheClock() {}

    /**
     * Stops the clock from {@code on}, for one of the policy's reasons. Refused while it is already stopped, before the
     * complaint (or the stage) began, or before the clock last restarted.
     *
     * @param note what staff want to remember about the stop; kept on the timeline, never logged
     */
    public static Decision pause(Complaint c, PauseReason reason, String note, LocalDate on, Change change) {
        if (reason == null) {
            return new Decision.Refused("choose why the clock is stopping from the list");
        }
        Decision lifecycle = ComplaintLifecycle.decide(c.state(), ComplaintAction.PAUSE_CLOCK);
        if (!lifecycle.isAllowed()) {
            return lifecycle;
        }
        ClockPauses pauses = c.clockPauses();
        Optional<ClockPauses.Pause> open = c.currentPause();
        if (open.isPresent()) {
            return new Decision.Refused("the clock is already stopped, since "
                    + open.get().pausedOn() + "; restart it before stopping it again");
        }
        LocalDate stageStart = stageStart(c);
        if (stageStart != null && on.isBefore(stageStart)) {
            return new Decision.Refused("the clock cannot stop before this stage began, on " + stageStart);
        }
        Optional<LocalDate> lastResumed = pauses.lastResumedOn();
        if (lastResumed.isPresent() && on.isBefore(lastResumed.get())) {
            return new Decision.Refused("the clock cannot stop before it last restarted, on " + lastResumed.get());
        }
        String detail = "Clock stopped on " + on + ": " + reason.label()
                + (note == null || note.isBlank() ? "" : ". Note: " + note.strip());
        return c.applyClock(
                ComplaintAction.PAUSE_CLOCK,
                change,
                "clock stopped",
                detail,
                ClockEvent.paused(on, reason, c.state().stage()));
    }

    /** Restarts the clock from {@code on}. Refused when it is not stopped, or for a day before it stopped. */
    public static Decision resume(Complaint c, LocalDate on, Change change) {
        Decision lifecycle = ComplaintLifecycle.decide(c.state(), ComplaintAction.RESUME_CLOCK);
        if (!lifecycle.isAllowed()) {
            return lifecycle;
        }
        Optional<ClockPauses.Pause> open = c.currentPause();
        if (open.isEmpty()) {
            return new Decision.Refused("the clock is not stopped, so there is nothing to restart");
        }
        if (on.isBefore(open.get().pausedOn())) {
            return new Decision.Refused("the clock cannot restart before it stopped, on "
                    + open.get().pausedOn() + "; give a later date");
        }
        return c.applyClock(
                ComplaintAction.RESUME_CLOCK,
                change,
                "clock restarted",
                "Clock restarted on " + on + " (stopped since " + open.get().pausedOn() + ")",
                ClockEvent.resumed(on, c.state().stage()));
    }

    /** The day the current stage's clock started counting from. */
    private static LocalDate stageStart(Complaint c) {
        ComplaintParts p = c.parts();
        return switch (c.state().stage()) {
            case STAGE_1 -> c.intake().receivedOn();
            case STAGE_2 -> p.stage2() == null ? null : p.stage2().requestedOn();
            case STAGE_3 -> p.stage3() == null ? null : p.stage3().requestedOn();
            default -> null;
        };
    }
}
