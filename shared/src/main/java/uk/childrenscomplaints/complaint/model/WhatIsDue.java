package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;

/**
 * What an open complaint's clock asks for next, from its own stage records, as the deadline sweep reads them
 * ({@link DeadlineChecks}): the Stage 1 response, the end of the complainant's window to ask for Stage 2, the Stage 2
 * findings, the review panel, its report and the council's response to it.
 */
public final class WhatIsDue {
    private static final int PANEL_REPORT_WORKING_DAYS = 5;
    private static final int COUNCIL_RESPONSE_WORKING_DAYS = 15;

    private final WorkingDayCalendar calendar;

    public WhatIsDue(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public DueItem next(Complaint c, LocalDate asOf) {
        ComplaintParts p = c.parts();
        var pause = c.currentPause();
        if (pause.isPresent()) {
            // Nothing runs while the clock is stopped (decision 021).
            ClockPauses.Pause stop = pause.get();
            String what = "Clock stopped since " + stop.pausedOn() + ": "
                    + stop.reason().label();
            return DueItem.none(what);
        }
        RunningClock running = new RunningDeadlines(calendar).of(c);
        return switch (c.state()) {
            case STAGE1_OPEN ->
                p.stage1() == null
                        ? DueItem.none("Stage 1 response (no due date recorded)")
                        : new DueItem(
                                p.respondent() == null
                                        ? "Stage 1 response; no respondent named yet"
                                        : "Stage 1 response",
                                running.stage1DueOn());
            case STAGE1_RESPONDED -> stage1Responded(p.stage1(), asOf);
            case STAGE2_INVESTIGATING ->
                p.stage2() == null || p.stage2().dueOn() == null
                        ? DueItem.none("Stage 2 findings (no due date recorded)")
                        : new DueItem(
                                p.stage2().isAwaitingAgreedStatement()
                                        ? "Stage 2 findings; awaiting agreed statement (provisional date)"
                                        : "Stage 2 findings (25 working days)",
                                running.stage2DueOn());
            case STAGE2_RESPONDED -> DueItem.none("Stage 2 answered: no statutory deadline");
            case STAGE3_REQUESTED ->
                p.stage3() == null || p.stage3().panelBy() == null
                        ? DueItem.none("Stage 3 review panel (no date recorded)")
                        : new DueItem("Stage 3 review panel to be held", running.panelBy());
            case STAGE3_PANEL_HELD -> panelHeld(p.stage3(), asOf);
            case STAGE3_DECIDED -> DueItem.none("Stage 3 decided: no statutory deadline");
            case WITH_OMBUDSMAN -> DueItem.none("With the Ombudsman");
            case RECORDED_FOR_ROUTING -> DueItem.none("To be routed to another procedure");
            case CLOSED, WITHDRAWN, NOT_INVESTIGATED -> DueItem.none(c.state().label());
        };
    }

    private static DueItem stage1Responded(Stage1Record s1, LocalDate asOf) {
        if (s1 == null || s1.stage2RequestBy() == null) {
            return DueItem.none("Stage 1 answered: no statutory deadline");
        }
        // Once the complainant's window has passed without a request, the complaint is waiting to be closed.
        return asOf.isAfter(s1.stage2RequestBy())
                ? new DueItem("Close: the window to ask for Stage 2 has ended", s1.stage2RequestBy())
                : new DueItem("Complainant may ask for Stage 2 until", s1.stage2RequestBy());
    }

    private DueItem panelHeld(Stage3Record s3, LocalDate asOf) {
        if (s3 == null || s3.panelOn() == null) {
            return DueItem.none("Stage 3 panel held (no date recorded)");
        }
        LocalDate reportDue = calendar.addWorkingDays(s3.panelOn(), PANEL_REPORT_WORKING_DAYS);
        // The report's arrival is not recorded, so once its day has passed the council's response is what is due.
        return asOf.isAfter(reportDue)
                ? new DueItem(
                        "Council's response to the panel (15 working days after its report)",
                        calendar.addWorkingDays(reportDue, COUNCIL_RESPONSE_WORKING_DAYS))
                : new DueItem("Panel's report (5 working days after the panel)", reportDue);
    }
}
