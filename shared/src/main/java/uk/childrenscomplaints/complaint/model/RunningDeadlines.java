package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import java.util.Optional;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;

/**
 * The one place that works out a complaint's running due dates from its facts: each stage's start, its extension,
 * and the pauses its timeline records. A deadline counted from a start date moves on by exactly the working days of
 * every finished pause at that stage that began on or after the start; the working days are counted by the calendar,
 * never as calendar days. While the clock is stopped nothing runs, so nothing is due.
 *
 * <p>A pause from day P to day R takes out the working days d with P &lt; d &lt;= R: the day the clock stops still
 * counts (the council had it), the day it restarts does not. So a pause and a restart on the same day change nothing.
 */
public final class RunningDeadlines {
    private final WorkingDayCalendar calendar;
    /** Null when built from a calendar alone: then the Stage 3 dates, which need the policy's numbers, are left out. */
    private final TimescalePolicy policy;

    public RunningDeadlines(WorkingDayCalendar calendar) {
        this.calendar = calendar;
        this.policy = null;
    }

    /** With the policy, so the Stage 3 dates (panel notice, papers, report, council response) are worked out too. */
    public RunningDeadlines(TimescalePolicy policy) {
        this.calendar = policy.calendar();
        this.policy = policy;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The running dates of every stage the complaint has reached. */
    public RunningClock of(Complaint c) {
        ComplaintParts p = c.parts();
        ClockPauses pauses = c.clockPauses();
        Stage1Record s1 = p.stage1();
        Stage2Record s2 = p.stage2();
        Stage3Record s3 = p.stage3();
        // A reopened complaint's Stage 1 runs from the reopening (decision 024): pauses before it do not count.
        LocalDate received = s1 != null && s1.reopenedOn() != null
                ? s1.reopenedOn()
                : c.intake().receivedOn();
        LocalDate panelBy =
                s3 == null ? null : shift(pauses, ComplaintState.Stage.STAGE_3, s3.requestedOn(), s3.panelBy());
        if (s3 == null || policy == null) {
            return new RunningClock(
                    s1 == null ? null : shift(pauses, ComplaintState.Stage.STAGE_1, received, s1.effectiveDueOn()),
                    s2 == null
                            ? null
                            : shift(pauses, ComplaintState.Stage.STAGE_2, s2.clockStartsOn(), s2.effectiveDueOn()),
                    s2 == null ? null : shift(pauses, ComplaintState.Stage.STAGE_2, s2.clockStartsOn(), s2.limitOn()),
                    panelBy);
        }
        // Counted back from the panel as held or booked, else from the latest day it may be held (decision 001: a
        // "before" date on a day the office is shut moves back to the working day before).
        LocalDate panel = s3.panelDate() != null ? s3.panelDate() : panelBy;
        LocalDate reportDue = s3.panelOn() == null
                ? null
                : shift(
                        pauses,
                        ComplaintState.Stage.STAGE_3,
                        s3.panelOn(),
                        due(TimescaleId.PANEL_REPORT, s3.panelOn()));
        LocalDate responseDue = s3.reportReceivedOn() == null
                ? null
                : shift(
                        pauses,
                        ComplaintState.Stage.STAGE_3,
                        s3.reportReceivedOn(),
                        due(TimescaleId.COUNCIL_RESPONSE, s3.reportReceivedOn()));
        return new RunningClock(
                s1 == null ? null : shift(pauses, ComplaintState.Stage.STAGE_1, received, s1.effectiveDueOn()),
                s2 == null
                        ? null
                        : shift(pauses, ComplaintState.Stage.STAGE_2, s2.clockStartsOn(), s2.effectiveDueOn()),
                s2 == null ? null : shift(pauses, ComplaintState.Stage.STAGE_2, s2.clockStartsOn(), s2.limitOn()),
                panelBy,
                panel == null ? null : due(TimescaleId.PANEL_NOTICE, panel),
                panel == null ? null : due(TimescaleId.PANEL_PAPERS, panel),
                panel,
                reportDue,
                responseDue);
    }

    private LocalDate due(TimescaleId id, LocalDate from) {
        return policy.dueDate(id, from);
    }

    /**
     * {@code deadline}, counted from {@code countedFrom} at {@code stage}, moved on by the working days of the stage's
     * finished pauses that began on or after {@code countedFrom}. Null stays null.
     */
    public LocalDate shift(ClockPauses pauses, ComplaintState.Stage stage, LocalDate countedFrom, LocalDate deadline) {
        if (deadline == null || countedFrom == null) {
            return deadline;
        }
        int paused = pausedWorkingDays(pauses, stage, countedFrom);
        return paused == 0 ? deadline : calendar.addWorkingDays(deadline, paused);
    }

    /** Working days taken out of the clock at {@code stage} by finished pauses that began on or after {@code from}. */
    public int pausedWorkingDays(ClockPauses pauses, ComplaintState.Stage stage, LocalDate from) {
        return pauses.closedAt(stage, from).stream()
                .mapToInt(p -> calendar.workingDaysBetween(p.pausedOn(), p.resumedOn()))
                .sum();
    }

    /** Working days of every finished pause, whatever the stage: the statistics' "net of pauses". */
    public int pausedWorkingDays(ClockPauses pauses) {
        return pauses.all().stream()
                .filter(p -> !p.isOpen())
                .mapToInt(p -> calendar.workingDaysBetween(p.pausedOn(), p.resumedOn()))
                .sum();
    }

    /**
     * The day a stop that has lasted too long is chased: {@code limitWorkingDays} after it began. Empty while the
     * clock runs.
     */
    public Optional<LocalDate> pauseChaseOn(Complaint c, int limitWorkingDays) {
        return c.clockPauses().open().map(p -> calendar.addWorkingDays(p.pausedOn(), limitWorkingDays));
    }
}
