package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;

/**
 * A complaint's running due dates: each statutory date as it stands now, moved on by the working days its clock was
 * stopped, and at Stage 3 counted from what happened (the booked panel, the report's arrival). Worked out by
 * {@link RunningDeadlines} from the facts and kept with the complaint only as a derived cache, for the deadline index
 * and for readers that hold no calendar; it is recomputed on every change and can always be rebuilt from the facts.
 *
 * @param panelNoticeBy the last day to tell the complainant of the panel (PANEL_NOTICE before it, on a working day)
 * @param panelPapersBy the last day to send the papers (PANEL_PAPERS before it, on a working day)
 * @param panelDate the day the panel meets (held, else booked), or the latest day it may (running {@code panelBy})
 * @param panelReportDueOn PANEL_REPORT after the panel met; null until it has
 * @param councilResponseDueOn COUNCIL_RESPONSE after the report arrived; null until it has
 */
public record RunningClock(
        LocalDate stage1DueOn,
        LocalDate stage2DueOn,
        LocalDate stage2LimitOn,
        LocalDate panelBy,
        LocalDate panelNoticeBy,
        LocalDate panelPapersBy,
        LocalDate panelDate,
        LocalDate panelReportDueOn,
        LocalDate councilResponseDueOn) {

    public RunningClock(LocalDate stage1DueOn, LocalDate stage2DueOn, LocalDate stage2LimitOn, LocalDate panelBy) {
        this(stage1DueOn, stage2DueOn, stage2LimitOn, panelBy, null, null, null, null, null);
    }

    /**
     * The dates as recorded, before any pause: right for a complaint whose clock never stopped. The Stage 3 dates that
     * need the policy are absent, so a Stage 3 complaint not changed since the cache was added shows its panel date
     * until its next change (or a recalculation) fills them in.
     */
    public static RunningClock unshifted(ComplaintParts p) {
        Stage3Record s3 = p.stage3();
        LocalDate panel = s3 == null ? null : s3.panelDate() != null ? s3.panelDate() : s3.panelBy();
        return new RunningClock(
                p.stage1() == null ? null : p.stage1().effectiveDueOn(),
                p.stage2() == null ? null : p.stage2().effectiveDueOn(),
                p.stage2() == null ? null : p.stage2().limitOn(),
                s3 == null ? null : s3.panelBy(),
                null,
                null,
                panel,
                null,
                null);
    }

    /**
     * The next statutory date actually running in {@code state} on {@code today}: the one the dashboard, the list and
     * the API show as {@code dueOn}. Stage 1 and 2: their running due dates. Stage 3 before the panel: the notice date,
     * then the papers date, then the panel's own date, each until it has passed (the last stays once all have). After
     * the panel: the report, until it arrives; then the council's response. Null when none runs.
     */
    public LocalDate nextDueOn(ComplaintState state, LocalDate today) {
        return switch (state) {
            case STAGE1_OPEN -> stage1DueOn;
            case STAGE2_INVESTIGATING -> stage2DueOn;
            case STAGE3_REQUESTED -> firstNotPassed(today, panelNoticeBy, panelPapersBy, panelDate);
            case STAGE3_PANEL_HELD -> councilResponseDueOn != null ? councilResponseDueOn : panelReportDueOn;
            default -> null;
        };
    }

    private static LocalDate firstNotPassed(LocalDate today, LocalDate... dates) {
        LocalDate last = null;
        for (LocalDate d : dates) {
            if (d == null) {
                continue;
            }
            if (!d.isBefore(today)) {
                return d;
            }
            last = d;
        }
        return last;
    }
}
