package uk.childrenscomplaints.workflow.staff;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.childrenscomplaints.complaint.model.ClockPauses;
import uk.childrenscomplaints.complaint.model.Coded;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintParts;
import uk.childrenscomplaints.complaint.model.DataProtection;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.Respondent;

/**
 * A complaint as the staff API shows it. The list row carries no personal data (no names, contact details or
 * free text), so a list can be shown on a shared screen; the whole view is only for someone the use case let see it.
 * Dates are ISO strings; codes are the stable codes, with labels for people.
 */
public final class ComplaintViews {
    private ComplaintViews() {}

    public static Map<String, Object> row(Complaint c, LocalDate today) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.id().value());
        row.put("reference", c.reference().toString());
        row.put("team", c.intake().team() == null ? null : c.intake().team().value());
        row.put("state", c.state().code());
        row.put("stateLabel", c.state().label());
        row.put("receivedOn", text(c.intake().receivedOn()));
        Optional<LocalDate> due = dueOn(c, today);
        row.put("dueOn", due.map(LocalDate::toString).orElse(null));
        row.put("overdue", c.isOverdue(today));
        putClock(row, c);
        return row;
    }

    /** Whether the clock is stopped, since when and why (the reason's code; the note stays on the timeline). */
    private static void putClock(Map<String, Object> row, Complaint c) {
        Optional<ClockPauses.Pause> pause = c.currentPause();
        row.put("paused", pause.isPresent());
        row.put("pausedSince", pause.map(p -> p.pausedOn().toString()).orElse(null));
        row.put("pauseReason", pause.map(p -> p.reason().code()).orElse(null));
        row.put("pauseReasonLabel", pause.map(p -> p.reason().label()).orElse(null));
        // Stage 2's dates are provisional, counted from the request, until the complaint statement is agreed.
        row.put("awaitingAgreedStatement", c.isAwaitingAgreedStatement());
    }

    /** Legal hold, restriction and anonymisation (issue 15): the hold's reason is the complaints team's own words. */
    private static void putDataProtection(Map<String, Object> view, DataProtection p) {
        view.put("legalHold", p.isHeld());
        view.put("legalHoldSince", text(p.heldSince()));
        view.put("legalHoldReason", p.holdReason());
        view.put("restricted", p.isRestricted());
        view.put("restrictedSince", text(p.restrictedSince()));
        view.put("anonymisedOn", text(p.anonymisedOn()));
    }

    /**
     * The next statutory date actually running ({@link Complaint#dueOn}): Stage 1's or Stage 2's running due date, or
     * at Stage 3 the panel notice, papers, panel, report or council's response, whichever runs now; none while the clock
     * is stopped.
     */
    public static Optional<LocalDate> dueOn(Complaint c, LocalDate today) {
        return c.dueOn(today);
    }

    public static Map<String, Object> whole(Complaint c, LocalDate today) {
        Map<String, Object> view = row(c, today);
        view.put("version", c.version());
        putDataProtection(view, c.dataProtection());
        Intake in = c.intake();
        Map<String, Object> intake = new LinkedHashMap<>();
        intake.put("route", code(in.route()));
        intake.put("procedure", code(in.procedure()));
        intake.put("complainantName", in.complainant().name());
        intake.put("email", in.complainant().email());
        intake.put("phone", in.complainant().phone());
        intake.put("address", in.complainant().postalAddress());
        intake.put("relationship", code(in.complainant().relationship()));
        intake.put("viaAdvocate", in.viaAdvocate());
        intake.put("childName", in.child().name());
        intake.put("childAgeBand", code(in.child().ageBand()));
        intake.put("childGender", code(in.child().gender()));
        intake.put(
                "issues",
                in.issues() == null
                        ? List.of()
                        : in.issues().stream().map(Coded::code).toList());
        intake.put("whatHappened", in.description());
        intake.put("desiredOutcome", in.desiredOutcome());
        intake.put("matterOccurredOn", text(in.matterOccurredOn()));
        intake.put("lateMatter", in.lateMatter());
        intake.put("imported", in.imported());
        view.put("intake", intake);

        ComplaintParts p = c.parts();
        view.put("respondent", respondent(p.respondent()));
        view.put("secondRespondent", respondent(p.secondRespondent()));
        if (p.stage1() != null) {
            var s = p.stage1();
            Map<String, Object> stage1 = new LinkedHashMap<>();
            stage1.put("dueOn", text(s.dueOn()));
            stage1.put("extendedTo", text(s.extendedTo()));
            stage1.put("extensionReason", s.extensionReason());
            stage1.put("complainantToldOfExtensionOn", text(s.complainantToldOfExtensionOn()));
            stage1.put("respondedOn", text(s.respondedOn()));
            stage1.put("responseSummary", s.responseSummary());
            stage1.put("stage2RequestBy", text(s.stage2RequestBy()));
            stage1.put("reopenedOn", text(s.reopenedOn()));
            view.put("stage1", stage1);
        }
        if (p.stage2() != null) {
            var s = p.stage2();
            Map<String, Object> stage2 = new LinkedHashMap<>();
            stage2.put("requestedOn", text(s.requestedOn()));
            stage2.put("reasons", s.reasons());
            stage2.put("dueOn", text(s.dueOn()));
            stage2.put("limitOn", text(s.limitOn()));
            stage2.put("investigatingOfficer", s.investigatingOfficer());
            stage2.put("independentPerson", s.independentPerson());
            stage2.put("costPounds", s.costPounds());
            stage2.put("respondedOn", text(s.respondedOn()));
            stage2.put("statementAgreedOn", text(s.statementAgreedOn()));
            stage2.put("extendedTo", text(s.extendedTo()));
            stage2.put("extensionReason", s.extensionReason());
            stage2.put("complainantToldOfExtensionOn", text(s.complainantToldOfExtensionOn()));
            view.put("stage2", stage2);
        }
        if (p.stage3() != null) {
            var s = p.stage3();
            Map<String, Object> stage3 = new LinkedHashMap<>();
            stage3.put("requestedOn", text(s.requestedOn()));
            stage3.put("panelBy", text(s.panelBy()));
            stage3.put("panelOn", text(s.panelOn()));
            stage3.put("panelMembers", s.panelMembers());
            stage3.put("recommendations", s.recommendations());
            stage3.put("decidedOn", text(s.decidedOn()));
            stage3.put("decision", s.decision());
            stage3.put("panelBookedFor", text(s.panelBookedFor()));
            stage3.put("reportReceivedOn", text(s.reportReceivedOn()));
            view.put("stage3", stage3);
        }
        if (p.ombudsman() != null) {
            var o = p.ombudsman();
            Map<String, Object> ombudsman = new LinkedHashMap<>();
            ombudsman.put("referredOn", text(o.referredOn()));
            ombudsman.put("referredFrom", code(o.referredFrom()));
            ombudsman.put("decision", code(o.decision()));
            ombudsman.put("decidedOn", text(o.decidedOn()));
            view.put("ombudsman", ombudsman);
        }
        Map<String, Object> outcomes = new LinkedHashMap<>();
        p.issueOutcomes().forEach((issue, outcome) -> outcomes.put(issue.code(), outcome.code()));
        view.put("issueOutcomes", outcomes);
        view.put("outcome", code(c.outcome()));
        view.put("closingReason", p.closingReason());
        view.put("stage2EntitledOn", text(p.stage2EntitledOn()));
        // True once mail to the complainant bounced for good, was refused or was reported as spam: write or phone.
        view.put("complainantEmailUndeliverable", p.complainantEmailUndeliverable() != null);
        view.put(
                "timeline",
                c.timeline().stream()
                        .map(t -> {
                            Map<String, Object> entry = new LinkedHashMap<>();
                            entry.put("at", t.at().toString());
                            entry.put("actor", t.actor());
                            entry.put("action", t.action());
                            entry.put("detail", t.detail());
                            return entry;
                        })
                        .toList());
        return view;
    }

    private static Map<String, Object> respondent(Respondent r) {
        if (r == null) {
            return null;
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", r.name());
        view.put("email", r.email());
        view.put("absent", r.absent());
        return view;
    }

    private static String code(Coded coded) {
        return coded == null ? null : coded.code();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
