package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The rules for Stage 2, Stage 3 and the Ombudsman, apart from {@link Complaint} so neither grows past reading. Each
 * goes through the same lifecycle check and timeline entry as every other change. Dates that depend on the timescale
 * policy are worked out by the caller and passed in, so the model needs no calendar.
 */
public final class LaterStages {
    private LaterStages() {}

    /** Dates the timescale policy gives a Stage 2 request: the 25 working-day due date and the 65 working-day limit. */
    public record Stage2Clock(LocalDate dueOn, LocalDate limitOn) {}

    /**
     * Stage 2 starts on the complainant's request: within the window after the Stage 1 response, at once when the
     * Stage 1 response is overdue, or directly for a serious complaint.
     */
    public static Decision requestStage2(
            Complaint c, LocalDate requestedOn, String reasons, boolean serious, Stage2Clock clock, Change change) {
        if (reasons == null || reasons.isBlank()) {
            return new Decision.Refused("give the complainant's reasons for asking for Stage 2");
        }
        if (requestedOn.isBefore(c.intake().receivedOn())) {
            return new Decision.Refused("Stage 2 cannot be requested before the complaint was received");
        }
        Stage1Record s1 = c.parts().stage1();
        if (c.state() == ComplaintState.STAGE1_RESPONDED
                && !serious
                && s1 != null
                && s1.stage2RequestBy() != null
                && requestedOn.isAfter(s1.stage2RequestBy())) {
            return new Decision.Refused("the window to ask for Stage 2 closed on " + s1.stage2RequestBy());
        }
        if (c.state() == ComplaintState.STAGE1_OPEN
                && !serious
                && !Stage2EntitlementPolicy.isEntitled(c, requestedOn)) {
            return new Decision.Refused("Stage 2 can start before the Stage 1 response only when that response is "
                    + "overdue or the complaint is serious");
        }
        ComplaintState from = c.state();
        return c.apply(
                ComplaintAction.REQUEST_STAGE2,
                change,
                "stage 2 requested",
                "Stage 2 requested on " + requestedOn + (serious ? " (serious complaint)" : "")
                        + "; investigation due " + clock.dueOn() + ", at the latest " + clock.limitOn()
                        + " (from " + from.label() + ")",
                x -> x.replaceParts(x.parts()
                        .withStage2(new Stage2Record(
                                requestedOn, reasons, clock.dueOn(), clock.limitOn(), null, null, null, null))));
    }

    /** Who investigates, who is the independent person, and the cost in whole pounds; blanks keep what was there. */
    public static Decision recordStage2Details(
            Complaint c, String officer, String independentPerson, Long costPounds, Change change) {
        if (costPounds != null && costPounds < 0) {
            return new Decision.Refused("the cost of Stage 2 cannot be less than nothing");
        }
        Stage2Record s2 = c.parts().stage2();
        Decision first = precheck(c, ComplaintAction.RECORD_STAGE2_DETAILS, s2, "Stage 2");
        if (first != null) {
            return first;
        }
        Stage2Record updated = s2.withDetails(
                blank(officer) ? s2.investigatingOfficer() : officer.trim(),
                blank(independentPerson) ? s2.independentPerson() : independentPerson.trim(),
                costPounds == null ? s2.costPounds() : costPounds);
        return c.apply(
                ComplaintAction.RECORD_STAGE2_DETAILS,
                change,
                "stage 2 details recorded",
                "Investigating officer, independent person or cost recorded",
                x -> x.replaceParts(x.parts().withStage2(updated)));
    }

    public static Decision recordStage2Response(Complaint c, LocalDate respondedOn, Change change) {
        Stage2Record s2 = c.parts().stage2();
        Decision first = precheck(c, ComplaintAction.RECORD_STAGE2_RESPONSE, s2, "Stage 2");
        if (first != null) {
            return first;
        }
        if (respondedOn.isBefore(s2.requestedOn())) {
            return new Decision.Refused(
                    "the Stage 2 response cannot be dated before Stage 2 was requested, " + s2.requestedOn());
        }
        return c.apply(
                ComplaintAction.RECORD_STAGE2_RESPONSE,
                change,
                "stage 2 response recorded",
                "Stage 2 response sent on " + respondedOn,
                x -> x.replaceParts(x.parts().withStage2(s2.respondedOn(respondedOn))));
    }

    /**
     * The complainant asks for a review panel within the window after the Stage 2 response.
     *
     * @param requestBy the last day of the window (STAGE3_REQUEST_WINDOW from the Stage 2 response)
     * @param panelBy the day the panel must be held by (STAGE3_PANEL from the request)
     */
    public static Decision requestStage3(
            Complaint c, LocalDate requestedOn, String reasons, LocalDate requestBy, LocalDate panelBy, Change change) {
        if (reasons == null || reasons.isBlank()) {
            return new Decision.Refused("give the complainant's reasons for asking for a review panel");
        }
        Stage2Record s2 = c.parts().stage2();
        if (s2 != null && s2.respondedOn() != null && requestedOn.isBefore(s2.respondedOn())) {
            return new Decision.Refused("Stage 3 cannot be requested before the Stage 2 response");
        }
        if (requestBy != null && requestedOn.isAfter(requestBy)) {
            return new Decision.Refused("the window to ask for a review panel closed on " + requestBy);
        }
        return c.apply(
                ComplaintAction.REQUEST_STAGE3,
                change,
                "stage 3 requested",
                "Review panel requested on " + requestedOn + "; to be held by " + panelBy,
                x -> x.replaceParts(x.parts()
                        .withStage3(
                                new Stage3Record(requestedOn, panelBy, null, List.of(), null, null, null, reasons))));
    }

    /** The panel met: its date, its three members, and its recommendations. */
    public static Decision recordPanel(
            Complaint c, LocalDate panelOn, List<String> members, String recommendations, Change change) {
        if (members == null || members.size() != 3 || members.stream().anyMatch(LaterStages::blank)) {
            return new Decision.Refused("a review panel has exactly three members; name each of them");
        }
        if (blank(recommendations)) {
            return new Decision.Refused("record the panel's recommendations");
        }
        Stage3Record s3 = c.parts().stage3();
        Decision first = precheck(c, ComplaintAction.RECORD_PANEL, s3, "Stage 3");
        if (first != null) {
            return first;
        }
        if (panelOn.isBefore(s3.requestedOn())) {
            return new Decision.Refused("the panel cannot meet before Stage 3 was requested, " + s3.requestedOn());
        }
        return c.apply(
                ComplaintAction.RECORD_PANEL,
                change,
                "panel held",
                "Review panel held on " + panelOn,
                x -> x.replaceParts(x.parts()
                        .withStage3(s3.held(
                                panelOn, members.stream().map(String::trim).toList(), recommendations))));
    }

    public static Decision recordChiefOfficerDecision(
            Complaint c, LocalDate decidedOn, String decision, Change change) {
        if (blank(decision)) {
            return new Decision.Refused("record what the Chief Officer decided");
        }
        Stage3Record s3 = c.parts().stage3();
        Decision first = precheck(c, ComplaintAction.RECORD_CHIEF_OFFICER_DECISION, s3, "Stage 3");
        if (first != null) {
            return first;
        }
        if (s3.panelOn() != null && decidedOn.isBefore(s3.panelOn())) {
            return new Decision.Refused("the Chief Officer decides after the panel, which met on " + s3.panelOn());
        }
        return c.apply(
                ComplaintAction.RECORD_CHIEF_OFFICER_DECISION,
                change,
                "chief officer decided",
                "Chief Officer's decision recorded on " + decidedOn,
                x -> x.replaceParts(x.parts().withStage3(s3.decided(decidedOn, decision))));
    }

    /**
     * The panel is booked to meet on {@code bookedFor}: the notice to the complainant and the papers count back from
     * it. A later booking replaces an earlier one; it cannot be before the request.
     */
    public static Decision bookPanel(Complaint c, LocalDate bookedFor, Change change) {
        Stage3Record s3 = c.parts().stage3();
        Decision first = precheck(c, ComplaintAction.BOOK_PANEL, s3, "Stage 3");
        if (first != null) {
            return first;
        }
        if (bookedFor.isBefore(s3.requestedOn())) {
            return new Decision.Refused("the panel cannot meet before Stage 3 was requested, " + s3.requestedOn());
        }
        return c.apply(
                ComplaintAction.BOOK_PANEL,
                change,
                "panel booked",
                "Review panel booked for " + bookedFor
                        + (bookedFor.isAfter(s3.panelBy()) ? " (after the latest day, " + s3.panelBy() + ")" : ""),
                x -> x.replaceParts(x.parts().withStage3(s3.bookedFor(bookedFor))));
    }

    /** The panel's report reached the council: the council's response runs from this day. Recorded once. */
    public static Decision recordPanelReport(Complaint c, LocalDate receivedOn, Change change) {
        Stage3Record s3 = c.parts().stage3();
        Decision first = precheck(c, ComplaintAction.RECORD_PANEL_REPORT, s3, "Stage 3");
        if (first != null) {
            return first;
        }
        if (s3.reportReceivedOn() != null) {
            return new Decision.Refused(
                    "the panel's report was already recorded as received on " + s3.reportReceivedOn());
        }
        if (s3.panelOn() != null && receivedOn.isBefore(s3.panelOn())) {
            return new Decision.Refused("the report cannot arrive before the panel met, on " + s3.panelOn());
        }
        return c.apply(
                ComplaintAction.RECORD_PANEL_REPORT,
                change,
                "panel report received",
                "Panel's report received on " + receivedOn,
                x -> x.replaceParts(x.parts().withStage3(s3.reportReceived(receivedOn))));
    }

    /** Referred to the Ombudsman; where it came from is kept, so a premature referral can go back there. */
    public static Decision referToOmbudsman(Complaint c, LocalDate referredOn, Change change) {
        if (referredOn.isBefore(c.intake().receivedOn())) {
            return new Decision.Refused("the referral cannot be dated before the complaint was received");
        }
        ComplaintState from = c.state();
        return c.apply(
                ComplaintAction.REFER_TO_OMBUDSMAN,
                change,
                "referred to ombudsman",
                "Referred to the Ombudsman on " + referredOn + " from " + from.label(),
                x -> x.replaceParts(x.parts().withOmbudsman(new OmbudsmanRecord(referredOn, from, null, null))));
    }

    /**
     * The Ombudsman's decision. Premature: the complaint goes back to where it was, to finish the local procedure.
     * Any other decision closes it.
     */
    public static Decision recordOmbudsmanDecision(
            Complaint c, OmbudsmanDecision decision, LocalDate decidedOn, Change change) {
        OmbudsmanRecord o = c.parts().ombudsman();
        Decision first = precheck(c, ComplaintAction.RECORD_OMBUDSMAN_DECISION, o, "referral");
        if (first != null) {
            return first;
        }
        if (decidedOn.isBefore(o.referredOn())) {
            return new Decision.Refused("the decision cannot be dated before the referral, " + o.referredOn());
        }
        ComplaintState next = decision == OmbudsmanDecision.PREMATURE && o.referredFrom() != null
                ? o.referredFrom()
                : ComplaintState.CLOSED;
        return c.apply(
                ComplaintAction.RECORD_OMBUDSMAN_DECISION,
                change,
                "ombudsman decided",
                "Ombudsman: " + decision.label() + " (" + decidedOn + ")",
                x -> x.replaceParts(x.parts()
                        .withOmbudsman(new OmbudsmanRecord(o.referredOn(), o.referredFrom(), decision, decidedOn))),
                next);
    }

    /**
     * The lifecycle's answer first, so an illegal move is explained as one; then the stage's record, which a complaint
     * imported part-way through may lack. Null when both are in order.
     */
    private static Decision precheck(Complaint c, ComplaintAction action, Object record, String what) {
        Decision lifecycle = ComplaintLifecycle.decide(c.state(), action);
        if (!lifecycle.isAllowed()) {
            return lifecycle;
        }
        return record == null ? new Decision.Refused("this complaint has no " + what + " record to add to") : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
