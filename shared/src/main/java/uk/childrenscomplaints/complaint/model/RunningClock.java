package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;

/**
 * A complaint's running due dates: each stage's statutory date moved on by the working days its clock was stopped.
 * Worked out by {@link RunningDeadlines} from the facts (start dates, extensions, the timeline's pauses) and kept
 * with the complaint only as a derived cache, for the deadline index and for readers that hold no calendar; it is
 * recomputed on every change and can always be recomputed from the facts.
 */
public record RunningClock(LocalDate stage1DueOn, LocalDate stage2DueOn, LocalDate stage2LimitOn, LocalDate panelBy) {

    /** The dates as recorded, before any pause: right for a complaint whose clock never stopped. */
    public static RunningClock unshifted(ComplaintParts p) {
        return new RunningClock(
                p.stage1() == null ? null : p.stage1().effectiveDueOn(),
                p.stage2() == null ? null : p.stage2().dueOn(),
                p.stage2() == null ? null : p.stage2().limitOn(),
                p.stage3() == null ? null : p.stage3().panelBy());
    }
}
