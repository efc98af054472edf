package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;
import uk.childrenscomplaints.clock.model.WorkingDays;

/**
 * What the daily sweep owes a complaint on a given day. It looks only at the complaint's own dates, so running it
 * twice on one day gives the same notices with the same keys; the keys, claimed on the complaint, make each go once.
 * A notice missed on its day (the sweep did not run) still goes on the next run, rather than never. Deadlines are the
 * running ones ({@link RunningDeadlines}): moved on by the working days the clock was stopped. While it is stopped the
 * complaint owes no reminder or chaser, only one question to the complaints team once the stop passes PAUSE_CHASE.
 */
public final class DeadlineChecks {
    /**
     * @param reminderWorkingDays how many working days before a due date the reminder goes (default 3)
     * @param overdueEveryWorkingDays how often an overdue Stage 1 response is chased (default 2)
     */
    public record Settings(int reminderWorkingDays, int overdueEveryWorkingDays) {
        public static final Settings DEFAULT = new Settings(3, 2);

        public Settings {
            WorkingDays.of(reminderWorkingDays);
            WorkingDays.of(overdueEveryWorkingDays);
        }
    }

    private static final int EXTENSION_WARNING_WORKING_DAYS = 2;

    private final TimescalePolicy policy;
    private final WorkingDayCalendar calendar;
    private final RunningDeadlines running;
    private final Settings settings;

    public DeadlineChecks(TimescalePolicy policy, Settings settings) {
        this.policy = policy;
        this.calendar = policy.calendar();
        this.running = new RunningDeadlines(policy);
        this.settings = settings;
    }

    /** The horizon the sweep queries the deadline index up to: a reminder may be owed this far ahead. */
    public LocalDate horizon(LocalDate today) {
        return calendar.addWorkingDays(today, settings.reminderWorkingDays());
    }

    public List<DueNotice> due(Complaint c, LocalDate today) {
        List<DueNotice> owed = new ArrayList<>();
        if (c.intake().imported() || !c.state().isOpen()) {
            return owed;
        }
        if (c.isPaused()) {
            pauseChase(c, today, owed);
            return owed;
        }
        RunningClock rc = running.of(c);
        switch (c.state()) {
            case STAGE1_OPEN -> stage1(c, rc.stage1DueOn(), today, owed);
            case STAGE1_RESPONDED -> {
                LocalDate by = c.parts().stage1().stage2RequestBy();
                if (by != null && today.isAfter(by)) {
                    owed.add(DueNotice.of(NoticeKind.STAGE2_WINDOW_CLOSED, by));
                }
            }
            case STAGE2_INVESTIGATING -> {
                statementChase(c, today, owed);
                stage2(c.parts().stage2(), rc, today, owed);
            }
            case STAGE3_REQUESTED, STAGE3_PANEL_HELD -> stage3(c, rc, today, owed);
            default -> {}
        }
        return owed;
    }

    /** One email to the complaints team per stop, keyed on the day it began, once it has lasted PAUSE_CHASE. */
    private void pauseChase(Complaint c, LocalDate today, List<DueNotice> owed) {
        ClockPauses.Pause pause = c.currentPause().orElseThrow();
        LocalDate chaseOn = policy.dueDate(TimescaleId.PAUSE_CHASE, pause.pausedOn());
        if (!today.isBefore(chaseOn)) {
            owed.add(DueNotice.of(NoticeKind.PAUSE_CHASE, pause.pausedOn()));
        }
    }

    /**
     * One email to the complaints team when no statement is agreed STATEMENT_CHASE after the request, keyed on the
     * request. The Stage 2 reminders still run meanwhile, on the provisional dates counted from the request.
     */
    private void statementChase(Complaint c, LocalDate today, List<DueNotice> owed) {
        Stage2Record s2 = c.parts().stage2();
        if (s2 == null || !s2.isAwaitingAgreedStatement() || s2.requestedOn() == null) {
            return;
        }
        if (!today.isBefore(policy.dueDate(TimescaleId.STATEMENT_CHASE, s2.requestedOn()))) {
            owed.add(DueNotice.of(NoticeKind.STATEMENT_CHASE, s2.requestedOn()));
        }
    }

    private void stage1(Complaint c, LocalDate due, LocalDate today, List<DueNotice> owed) {
        ComplaintParts p = c.parts();
        LocalDate received = c.intake().receivedOn();
        if (p.respondent() == null && calendar.workingDaysBetween(received, today) >= 1) {
            owed.add(DueNotice.of(NoticeKind.NO_RESPONDENT, received));
        }
        Stage1Record s1 = p.stage1();
        if (today.isBefore(due)) {
            if (p.respondent() != null && !today.isBefore(before(due, settings.reminderWorkingDays()))) {
                owed.add(DueNotice.of(NoticeKind.STAGE1_REMINDER, due));
            }
            if (!s1.isExtended() && !today.isBefore(before(due, EXTENSION_WARNING_WORKING_DAYS))) {
                owed.add(DueNotice.of(NoticeKind.EXTENSION_WARNING, s1.dueOn()));
            }
            return;
        }
        int round = calendar.workingDaysBetween(due, today) / settings.overdueEveryWorkingDays();
        owed.add(
                round == 0
                        ? DueNotice.of(NoticeKind.STAGE1_DUE, due)
                        : DueNotice.repeat(NoticeKind.STAGE1_OVERDUE, due, round));
        if (Stage2EntitlementPolicy.isEntitled(c, today, due) && p.stage2EntitledOn() == null) {
            owed.add(DueNotice.of(NoticeKind.STAGE2_ENTITLEMENT, due));
        }
    }

    private void stage2(Stage2Record s2, RunningClock rc, LocalDate today, List<DueNotice> owed) {
        if (s2 == null || s2.isResponded()) {
            return;
        }
        clock(NoticeKind.STAGE2_DUE, rc.stage2DueOn(), today, owed);
        clock(NoticeKind.STAGE2_LIMIT, rc.stage2LimitOn(), today, owed);
    }

    /**
     * Stage 3 counts from what happened: the notice and the papers back from the panel as booked (or from the latest
     * day it may be held), the report after the panel met, the council's response after the report arrived.
     */
    private void stage3(Complaint c, RunningClock rc, LocalDate today, List<DueNotice> owed) {
        Stage3Record s3 = c.parts().stage3();
        if (s3 == null || s3.decidedOn() != null) {
            return;
        }
        if (s3.panelOn() == null) {
            clock(NoticeKind.STAGE3_PANEL_DUE, rc.panelBy(), today, owed);
            if (rc.panelDate() != null && today.isBefore(rc.panelDate())) {
                clock(NoticeKind.PANEL_NOTICE, rc.panelNoticeBy(), today, owed);
                clock(NoticeKind.PANEL_PAPERS, rc.panelPapersBy(), today, owed);
            }
        } else if (s3.reportReceivedOn() == null) {
            clock(NoticeKind.PANEL_REPORT, rc.panelReportDueOn(), today, owed);
        } else {
            clock(NoticeKind.COUNCIL_RESPONSE, rc.councilResponseDueOn(), today, owed);
        }
    }

    /** One reminder shortly before a deadline, and one alert once it has passed. */
    private void clock(NoticeKind kind, LocalDate deadline, LocalDate today, List<DueNotice> owed) {
        if (deadline == null) {
            return;
        }
        if (today.isAfter(deadline)) {
            owed.add(DueNotice.repeat(kind, deadline, 1));
        } else if (!today.isBefore(before(deadline, settings.reminderWorkingDays()))) {
            owed.add(DueNotice.repeat(kind, deadline, 0));
        }
    }

    private LocalDate before(LocalDate date, int workingDays) {
        return calendar.subtractWorkingDays(date, WorkingDays.of(workingDays));
    }
}
