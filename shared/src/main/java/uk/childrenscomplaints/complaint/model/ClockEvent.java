package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;

/**
 * The structured part of a timeline entry that stops or restarts a complaint's clock. The timeline is the one record
 * of pauses ({@link ClockPauses} reads them back from it); nothing else stores them.
 *
 * @param on the day the clock stopped or restarted, as staff recorded it (not the moment they typed it)
 * @param reason why it stopped; null on a restart
 * @param stage the stage whose clock stopped or restarted
 */
public record ClockEvent(Kind kind, LocalDate on, PauseReason reason, ComplaintState.Stage stage) {
    public enum Kind {
        PAUSED,
        RESUMED
    }

    public ClockEvent {
        if (kind == null || on == null || stage == null) {
            throw new IllegalArgumentException("a clock event needs its kind, its date and its stage");
        }
        if (kind == Kind.PAUSED && reason == null) {
            throw new IllegalArgumentException("a pause needs its reason");
        }
    }

    public static ClockEvent paused(LocalDate on, PauseReason reason, ComplaintState.Stage stage) {
        return new ClockEvent(Kind.PAUSED, on, reason, stage);
    }

    public static ClockEvent resumed(LocalDate on, ComplaintState.Stage stage) {
        return new ClockEvent(Kind.RESUMED, on, null, stage);
    }
}
