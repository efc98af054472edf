package uk.childrenscomplaints.workflow.pages.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.model.Coded;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintParts;
import uk.childrenscomplaints.complaint.model.DataProtection;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.Respondent;
import uk.childrenscomplaints.workflow.pages.support.Dates;
import uk.childrenscomplaints.workflow.staff.ComplaintViews;
import uk.childrenscomplaints.workflow.staff.FormBody;

/**
 * What the complaint page shows: the details as rows, the whole timeline, and a form for each action the state
 * machine offers now. After a refused or invalid post, the form that was sent is open, keeps what was typed, and the
 * problems head the page in a GOV.UK error summary linking to the fields. Plain values only: the template escapes.
 */
final class ComplaintPage {
    static final String VIEW = "staff/complaint";

    /** A post that did not go through: which form, what it carried, what was wrong. */
    record Refusal(String action, FormBody sent, List<FieldError> errors) {}

    private ComplaintPage() {}

    static Map<String, Object> model(
            Complaint c, LocalDate today, WorkingDayCalendar calendar, Refusal refusal, String done) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id().value());
        m.put("reference", c.reference().toString());
        m.put("version", c.version());
        m.put("state", c.state().label());
        Dashboard.Rag rag = Dashboard.rag(c, today, calendar);
        m.put("rag", rag.label);
        m.put("ragClass", rag.tagClass);
        m.put(
                "done",
                done == null
                        ? null
                        : "letter-posted".equals(done)
                                ? "Letter marked posted"
                                : ActionForms.find(done)
                                        .map(f -> f.title() + ": saved")
                                        .orElse(null));
        m.put("undeliverable", Dashboard.undeliverable(c).orElse(null));
        m.put("details", details(c, today));
        m.put("complainant", complainant(c.intake()));
        m.put("complaint", complaintRows(c));
        m.put("stages", stages(c));
        m.put(
                "timeline",
                c.timeline().stream()
                        .map(t -> {
                            Map<String, Object> entry = new LinkedHashMap<>();
                            entry.put("at", Dates.text(t.at()));
                            entry.put("actor", t.actor());
                            entry.put("action", t.action());
                            entry.put("detail", t.detail());
                            return entry;
                        })
                        .toList());

        List<Map<String, Object>> errors = new ArrayList<>();
        List<Map<String, Object>> forms = new ArrayList<>();
        for (ActionForms.Form form : ActionForms.offeredFor(c)) {
            boolean sent = refusal != null && refusal.action().equals(form.action());
            Map<String, String> fieldErrors = new LinkedHashMap<>();
            if (sent) {
                for (FieldError e : refusal.errors()) {
                    String field = formField(form, c, e.field());
                    fieldErrors.putIfAbsent(field, e.message());
                    Map<String, Object> link = new LinkedHashMap<>();
                    link.put(
                            "href",
                            "#"
                                    + (field == null
                                            ? "form-" + form.action()
                                            : ActionForms.elementId(form.action(), field)));
                    link.put("message", e.message());
                    errors.add(link);
                }
            }
            Map<String, Object> view =
                    ActionForms.view(form, c.intake().issues(), sent ? refusal.sent() : null, fieldErrors, today);
            view.put("formError", sent ? fieldErrors.get(null) : null);
            forms.add(view);
        }
        if (refusal != null && forms.stream().noneMatch(f -> f.get("action").equals(refusal.action()))) {
            // The action is not offered in this state any more (someone moved the complaint on): say why, at the top.
            refusal.errors().forEach(e -> errors.add(Map.of("href", "#actions", "message", e.message())));
        }
        m.put("errors", errors);
        m.put("forms", forms);
        return m;
    }

    /** The form field an error belongs to; null when it is about the action as a whole (a refusal, a stale page). */
    private static String formField(ActionForms.Form form, Complaint c, String field) {
        if (field == null) {
            return null;
        }
        for (ActionForms.Field f : form.fields()) {
            if (f.kind() == ActionForms.Kind.OUTCOMES && (field.equals(f.name()) || field.startsWith(f.name() + "."))) {
                return field.contains(".")
                        ? field
                        : c.intake().issues().isEmpty()
                                ? null
                                : f.name() + "." + c.intake().issues().get(0).code();
            }
            if (f.name().equals(field) || field.startsWith(f.name() + ".")) {
                return f.name();
            }
            if (f.name().startsWith(field + ".")) {
                return f.name();
            }
        }
        return null;
    }

    private static List<Map<String, String>> details(Complaint c, LocalDate today) {
        List<Map<String, String>> rows = new ArrayList<>();
        Intake in = c.intake();
        ComplaintParts p = c.parts();
        row(rows, "Reference", c.reference().toString());
        row(rows, "Team", in.team() == null ? "Not decided" : in.team().value());
        row(rows, "Status", c.state().label());
        c.currentPause()
                .ifPresent(pause -> row(
                        rows,
                        "Clock",
                        "Stopped since " + Dates.text(pause.pausedOn()) + ": "
                                + pause.reason().label()));
        DataProtection dp = c.dataProtection();
        if (dp.isHeld()) {
            row(rows, "Legal hold", "Since " + Dates.text(dp.heldSince()) + ": " + dp.holdReason());
        }
        if (dp.isRestricted()) {
            row(rows, "Restricted", "Complaints team only, since " + Dates.text(dp.restrictedSince()));
        }
        if (dp.isAnonymised()) {
            row(rows, "Personal data", "Removed on " + Dates.text(dp.anonymisedOn()));
        }
        if (c.isAwaitingAgreedStatement()) {
            row(rows, "Clock", "Awaiting agreed statement: the Stage 2 date is provisional, counted from the request");
        }
        row(rows, "Received", Dates.text(in.receivedOn()) + " (" + label(in.route()) + ")");
        row(rows, "Procedure", label(in.procedure()));
        row(rows, "Due", ComplaintViews.dueOn(c, today).map(Dates::text).orElse("No deadline now"));
        if (p.stage1() != null) {
            row(
                    rows,
                    "Stage 1 due",
                    Dates.text(p.stage1().dueOn())
                            + (p.stage1().extendedTo() == null
                                    ? ""
                                    : ", extended to " + Dates.text(p.stage1().extendedTo())));
        }
        row(rows, "Respondent", person(p.respondent()));
        row(rows, "Second respondent", person(p.secondRespondent()));
        if (p.stage2EntitledOn() != null) {
            row(rows, "Entitled to Stage 2 since", Dates.text(p.stage2EntitledOn()));
        }
        if (p.complainantEmailUndeliverable() != null) {
            row(
                    rows,
                    "Complainant's email",
                    Dashboard.undeliverable(c).orElseThrow() + " (since "
                            + Dates.text(p.complainantEmailUndeliverable()
                                    .since()
                                    .atZone(CouncilTime.ZONE)
                                    .toLocalDate())
                            + ")");
        }
        return rows;
    }

    private static List<Map<String, String>> complainant(Intake in) {
        List<Map<String, String>> rows = new ArrayList<>();
        row(rows, "Name", or(in.complainant().name()));
        row(rows, "Email", or(in.complainant().email()));
        row(rows, "Phone", or(in.complainant().phone()));
        row(rows, "Address", or(in.complainant().postalAddress()));
        row(rows, "Relationship to the child", label(in.complainant().relationship()));
        row(rows, "Through an advocate", in.viaAdvocate() ? "Yes" : "No");
        row(
                rows,
                "Child",
                or(in.child().name()) + ", " + label(in.child().ageBand()) + ", "
                        + label(in.child().gender()));
        return rows;
    }

    private static List<Map<String, String>> complaintRows(Complaint c) {
        List<Map<String, String>> rows = new ArrayList<>();
        Intake in = c.intake();
        row(
                rows,
                "Issues",
                String.join(
                        ", ",
                        in.issues().stream()
                                .map(i -> {
                                    var outcome = c.parts().issueOutcomes().get(i);
                                    return i.label() + (outcome == null ? "" : " (" + outcome.label() + ")");
                                })
                                .toList()));
        row(rows, "What happened", or(in.description()));
        row(rows, "What they want", or(in.desiredOutcome()));
        if (in.matterOccurredOn() != null) {
            row(
                    rows,
                    "When it happened",
                    Dates.text(in.matterOccurredOn()) + (in.lateMatter() ? " (over a year before)" : ""));
        }
        if (c.outcome() != null) {
            row(rows, "Outcome", label(c.outcome()));
        }
        if (c.parts().closingReason() != null) {
            row(rows, "Reason closed", c.parts().closingReason());
        }
        return rows;
    }

    private static List<Map<String, String>> stages(Complaint c) {
        List<Map<String, String>> rows = new ArrayList<>();
        ComplaintParts p = c.parts();
        if (p.stage1() != null && p.stage1().respondedOn() != null) {
            row(
                    rows,
                    "Stage 1 response",
                    Dates.text(p.stage1().respondedOn()) + ": " + or(p.stage1().responseSummary()));
            row(
                    rows,
                    "Stage 2 may be asked for until",
                    Dates.text(p.stage1().stage2RequestBy()) + LetterLinks.windowFromPosting(c));
        }
        if (p.stage1() != null && p.stage1().extensionReason() != null) {
            row(rows, "Extension reason", p.stage1().extensionReason());
        }
        if (p.stage2() != null) {
            var s = p.stage2();
            row(rows, "Stage 2 requested", Dates.text(s.requestedOn()) + ": " + or(s.reasons()));
            row(
                    rows,
                    "Complaint statement",
                    s.statementAgreedOn() == null
                            ? "Awaiting agreed statement"
                            : "Agreed " + Dates.text(s.statementAgreedOn()));
            row(
                    rows,
                    "Stage 2 due",
                    Dates.text(s.dueOn())
                            + (s.extendedTo() == null ? "" : ", extended to " + Dates.text(s.extendedTo()))
                            + " (at the latest " + Dates.text(s.limitOn()) + ")");
            if (s.extensionReason() != null) {
                row(rows, "Stage 2 extension reason", s.extensionReason());
            }
            row(rows, "Investigating officer", or(s.investigatingOfficer()));
            row(rows, "Independent person", or(s.independentPerson()));
            row(rows, "Stage 2 cost", s.costPounds() == null ? "Not recorded" : "£" + s.costPounds());
            row(rows, "Stage 2 response", s.respondedOn() == null ? "Not yet" : Dates.text(s.respondedOn()));
        }
        if (p.stage3() != null) {
            var s = p.stage3();
            row(rows, "Stage 3 requested", Dates.text(s.requestedOn()) + ": " + or(s.reasons()));
            row(rows, "Panel by", Dates.text(s.panelBy()));
            if (s.panelOn() != null) {
                row(rows, "Panel held", Dates.text(s.panelOn()) + ": " + String.join(", ", s.panelMembers()));
                row(rows, "Recommendations", or(s.recommendations()));
            }
            if (s.decidedOn() != null) {
                row(rows, "Chief Officer's decision", Dates.text(s.decidedOn()) + ": " + or(s.decision()));
            }
        }
        if (p.ombudsman() != null) {
            var o = p.ombudsman();
            row(rows, "Referred to the Ombudsman", Dates.text(o.referredOn()));
            if (o.decision() != null) {
                row(rows, "Ombudsman's decision", label(o.decision()) + ", " + Dates.text(o.decidedOn()));
            }
        }
        return rows;
    }

    private static String person(Respondent r) {
        if (r == null) {
            return "Not named";
        }
        return r.name() + " (" + r.email() + ")" + (r.absent() ? ", absent" : "");
    }

    private static void row(List<Map<String, String>> rows, String key, String value) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("key", key);
        row.put("value", value);
        rows.add(row);
    }

    private static String label(Coded coded) {
        return coded == null ? "Not known" : coded.label();
    }

    private static String or(String text) {
        return text == null || text.isBlank() ? "Not given" : text;
    }
}
