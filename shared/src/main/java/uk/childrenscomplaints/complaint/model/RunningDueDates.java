package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.clock.model.TimescalePolicy;

/**
 * The statutory due dates a complaint's running clock depends on, each with the day it counts from. The one place that
 * says which stored dates a changed calendar can move (decision 022): the Stage 1 response (unless answered), the
 * window to ask for Stage 2, the Stage 2 investigation and its limit, and the day the Stage 3 panel must be held by.
 * Dates staff chose (an extension, a panel date) and dates worked out on the fly (the panel report, the council's
 * response) are not stored here: the first are the council's decision, the second follow the calendar already.
 */
public record RunningDueDates(List<Due> dates) {

    /** One due date: which timescale, the day it counts from, and the date. */
    public record Due(TimescaleId id, LocalDate countsFrom, LocalDate on) {}

    public RunningDueDates {
        dates = List.copyOf(dates);
    }

    /** The running due dates as stored on the complaint. */
    public static RunningDueDates stored(Complaint c) {
        return collect(c, null);
    }

    /** The same due dates counted afresh on {@code policy}'s calendar; the recalculation calls only this. */
    public static RunningDueDates computedFor(Complaint c, TimescalePolicy policy) {
        return collect(c, policy);
    }

    public java.util.Optional<Due> find(TimescaleId id) {
        return dates.stream().filter(d -> d.id() == id).findFirst();
    }

    private static RunningDueDates collect(Complaint c, TimescalePolicy policy) {
        List<Due> out = new ArrayList<>();
        if (c.intake().imported() || !c.state().isOpen()) {
            return new RunningDueDates(out);
        }
        ComplaintParts p = c.parts();
        switch (c.state()) {
            case STAGE1_OPEN -> {
                Stage1Record s1 = p.stage1();
                if (s1 != null && s1.dueOn() != null && !s1.isResponded()) {
                    // A reopened complaint's Stage 1 counts from the reopening (decision 024).
                    LocalDate from = s1.reopenedOn() != null
                            ? s1.reopenedOn()
                            : c.intake().receivedOn();
                    add(out, policy, TimescaleId.STAGE1_RESPONSE, from, s1.dueOn());
                }
            }
            case STAGE1_RESPONDED -> {
                Stage1Record s1 = p.stage1();
                if (s1 != null && s1.stage2RequestBy() != null && s1.respondedOn() != null) {
                    // From the outcome letter's posting when that was later (decision 040).
                    LocalDate from = LetterPosting.stage2WindowFrom(c).orElse(s1.respondedOn());
                    add(out, policy, TimescaleId.STAGE2_REQUEST_WINDOW, from, s1.stage2RequestBy());
                }
            }
            case STAGE2_INVESTIGATING -> {
                Stage2Record s2 = p.stage2();
                if (s2 != null && !s2.isResponded() && s2.requestedOn() != null) {
                    // Counted from the agreed statement once there is one (decision 021), else the request.
                    LocalDate from = s2.clockStartsOn();
                    if (s2.dueOn() != null) {
                        add(out, policy, TimescaleId.STAGE2_INVESTIGATION, from, s2.dueOn());
                    }
                    if (s2.limitOn() != null) {
                        add(out, policy, TimescaleId.STAGE2_INVESTIGATION_LIMIT, from, s2.limitOn());
                    }
                }
            }
            case STAGE3_REQUESTED -> {
                Stage3Record s3 = p.stage3();
                if (s3 != null && s3.panelOn() == null && s3.panelBy() != null && s3.requestedOn() != null) {
                    add(out, policy, TimescaleId.STAGE3_PANEL, s3.requestedOn(), s3.panelBy());
                }
            }
            default -> {}
        }
        return new RunningDueDates(out);
    }

    private static void add(List<Due> out, TimescalePolicy policy, TimescaleId id, LocalDate from, LocalDate stored) {
        out.add(new Due(id, from, policy == null ? stored : policy.dueDate(id, from)));
    }
}
