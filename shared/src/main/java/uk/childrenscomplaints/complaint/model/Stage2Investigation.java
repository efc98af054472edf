package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;

/**
 * Stage 2 as the guidance runs it ('Getting the Best from Complaints', 2006): the investigating officer first agrees a
 * written complaint statement with the complainant, and the 25 working days (at most 65) count from that agreement,
 * not from the request. Dates that depend on the timescale policy are worked out by the caller and passed in.
 */
public final class Stage2Investigation {
    private Stage2Investigation() {}

    /**
     * The complainant agreed the statement on {@code agreedOn}: once, not before the request.
     *
     * @param clock STAGE2_INVESTIGATION and STAGE2_INVESTIGATION_LIMIT counted from {@code agreedOn}
     */
    public static Decision agreeStatement(
            Complaint c, LocalDate agreedOn, LaterStages.Stage2Clock clock, Change change) {
        Stage2Record s2 = c.parts().stage2();
        Decision first = precheck(c, ComplaintAction.AGREE_STAGE2_STATEMENT, s2);
        if (first != null) {
            return first;
        }
        if (s2.statementAgreedOn() != null) {
            return new Decision.Refused("the complaint statement was already agreed on " + s2.statementAgreedOn());
        }
        if (agreedOn.isBefore(s2.requestedOn())) {
            return new Decision.Refused(
                    "the statement cannot be agreed before Stage 2 was requested, " + s2.requestedOn());
        }
        return c.apply(
                ComplaintAction.AGREE_STAGE2_STATEMENT,
                change,
                "stage 2 statement agreed",
                "Complaint statement agreed on " + agreedOn + "; investigation due " + clock.dueOn()
                        + ", at the latest " + clock.limitOn(),
                x -> x.replaceParts(
                        x.parts().withStage2(s2.statementAgreed(agreedOn, clock.dueOn(), clock.limitOn()))));
    }

    /**
     * The investigation is extended to {@code newDue}, as {@link Stage2ExtensionPolicy} allows.
     *
     * @param latestAllowed STAGE2_INVESTIGATION_LIMIT counted from the stage's start
     */
    public static Decision extend(
            Complaint c,
            LocalDate newDue,
            String reason,
            LocalDate complainantToldOn,
            LocalDate latestAllowed,
            Change change) {
        Stage2Record s2 = c.parts().stage2();
        Decision first = precheck(c, ComplaintAction.EXTEND_STAGE2, s2);
        if (first != null) {
            return first;
        }
        Decision allowed = Stage2ExtensionPolicy.check(s2, newDue, reason, complainantToldOn, latestAllowed);
        if (!allowed.isAllowed()) {
            return allowed;
        }
        return c.apply(
                ComplaintAction.EXTEND_STAGE2,
                change,
                "stage 2 extended",
                "Stage 2 due date extended to " + newDue + "; complainant told on " + complainantToldOn,
                x -> x.replaceParts(x.parts().withStage2(s2.extendedTo(newDue, reason.trim(), complainantToldOn))));
    }

    private static Decision precheck(Complaint c, ComplaintAction action, Stage2Record s2) {
        Decision lifecycle = ComplaintLifecycle.decide(c.state(), action);
        if (!lifecycle.isAllowed()) {
            return lifecycle;
        }
        return s2 == null ? new Decision.Refused("this complaint has no Stage 2 record to add to") : null;
    }
}
