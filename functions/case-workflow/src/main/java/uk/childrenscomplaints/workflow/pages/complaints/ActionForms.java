package uk.childrenscomplaints.workflow.pages.complaints;

import io.micronaut.json.tree.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.complaint.model.Coded;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintAction;
import uk.childrenscomplaints.complaint.model.ComplaintLifecycle;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.IssueOutcome;
import uk.childrenscomplaints.complaint.model.OmbudsmanDecision;
import uk.childrenscomplaints.complaint.model.PauseReason;
import uk.childrenscomplaints.workflow.staff.CaseActions;
import uk.childrenscomplaints.workflow.staff.FormBody;

/**
 * The staff pages' form for each action of the workflow. A form post becomes the same JSON object the API takes
 * (field names are the API's, nested with a dot: {@code respondent.email}), and {@link CaseActions} reads both, so the
 * pages and the API cannot drift apart: one set of field rules, one set of messages.
 */
final class ActionForms {
    enum Kind {
        TEXT,
        TEXTAREA,
        DATE,
        WHOLE,
        YES_NO,
        CHECKBOX,
        LINES,
        CHOICE,
        OUTCOMES
    }

    record Field(String name, String label, String hint, Kind kind, List<? extends Coded> choices) {
        Field(String name, String label, String hint, Kind kind) {
            this(name, label, hint, kind, List.of());
        }
    }

    record Form(String action, ComplaintAction move, String title, String button, List<Field> fields) {}

    private static final String DATE_HINT = "Written as year-month-day, for example 2027-01-04";

    static final List<Form> FORMS = List.of(
            form(
                    "assign-respondents",
                    ComplaintAction.ASSIGN_RESPONDENTS,
                    "Assign respondents",
                    "Assign",
                    new Field("respondent.name", "Respondent's name", "The manager who will answer", Kind.TEXT),
                    new Field("respondent.email", "Respondent's email address", null, Kind.TEXT),
                    new Field(
                            "second.name",
                            "Second respondent's name (optional)",
                            "Gets the reminders while the respondent is absent",
                            Kind.TEXT),
                    new Field("second.email", "Second respondent's email address (optional)", null, Kind.TEXT)),
            form(
                    "mark-absent",
                    ComplaintAction.MARK_RESPONDENT_ABSENT,
                    "Mark the respondent absent or back",
                    "Save absence",
                    new Field(
                            "absent",
                            "Is the respondent absent?",
                            "While they are absent, reminders go to the second respondent",
                            Kind.YES_NO)),
            form(
                    "stage1-response",
                    ComplaintAction.RECORD_STAGE1_RESPONSE,
                    "Record the Stage 1 response",
                    "Record response",
                    new Field("sentOn", "Date the response was sent", DATE_HINT, Kind.DATE),
                    new Field("summary", "Summary of the response", null, Kind.TEXTAREA)),
            form(
                    "extend",
                    ComplaintAction.EXTEND_STAGE1,
                    "Extend Stage 1",
                    "Extend",
                    new Field(
                            "newDue", "New due date", DATE_HINT + ". At most 20 working days after receipt", Kind.DATE),
                    new Field("reason", "Reason for the extension", null, Kind.TEXTAREA),
                    new Field("complainantToldOn", "Date the complainant was told", DATE_HINT, Kind.DATE)),
            form(
                    "outcomes",
                    ComplaintAction.RECORD_ISSUE_OUTCOMES,
                    "Record outcomes",
                    "Record outcomes",
                    new Field(
                            "outcomes",
                            "Outcome for each issue",
                            null,
                            Kind.OUTCOMES,
                            Arrays.asList(IssueOutcome.values()))),
            form(
                    "request-stage2",
                    ComplaintAction.REQUEST_STAGE2,
                    "Escalate to Stage 2",
                    "Escalate to Stage 2",
                    new Field("requestedOn", "Date the complainant asked", DATE_HINT, Kind.DATE),
                    new Field("reasons", "Why they are not satisfied", null, Kind.TEXTAREA),
                    new Field("serious", "Serious enough to go straight to Stage 2", null, Kind.CHECKBOX)),
            form(
                    "stage2-details",
                    ComplaintAction.RECORD_STAGE2_DETAILS,
                    "Record Stage 2 details",
                    "Save details",
                    new Field("investigatingOfficer", "Investigating officer", null, Kind.TEXT),
                    new Field("independentPerson", "Independent person", null, Kind.TEXT),
                    new Field("costPounds", "Cost in pounds", "A whole number, for example 1800", Kind.WHOLE)),
            form(
                    "agree-statement",
                    ComplaintAction.AGREE_STAGE2_STATEMENT,
                    "Record the agreed complaint statement",
                    "Record agreement",
                    new Field(
                            "agreedOn",
                            "Date the complainant agreed the statement",
                            DATE_HINT + ". The 25 working days of Stage 2 count from it",
                            Kind.DATE)),
            form(
                    "extend-stage2",
                    ComplaintAction.EXTEND_STAGE2,
                    "Extend Stage 2",
                    "Extend",
                    new Field(
                            "newDue",
                            "New due date",
                            DATE_HINT + ". At most 65 working days after the agreed statement (or the request)",
                            Kind.DATE),
                    new Field("reason", "Reason for the extension", null, Kind.TEXTAREA),
                    new Field("complainantToldOn", "Date the complainant was told", DATE_HINT, Kind.DATE)),
            form(
                    "stage2-response",
                    ComplaintAction.RECORD_STAGE2_RESPONSE,
                    "Record the Stage 2 response",
                    "Record response",
                    new Field("respondedOn", "Date of the response", DATE_HINT, Kind.DATE)),
            form(
                    "request-stage3",
                    ComplaintAction.REQUEST_STAGE3,
                    "Escalate to Stage 3",
                    "Escalate to Stage 3",
                    new Field("requestedOn", "Date the complainant asked", DATE_HINT, Kind.DATE),
                    new Field("reasons", "Why they are not satisfied", null, Kind.TEXTAREA)),
            form(
                    "book-panel",
                    ComplaintAction.BOOK_PANEL,
                    "Book the review panel",
                    "Book panel",
                    new Field(
                            "bookedFor",
                            "Date the panel will meet",
                            DATE_HINT + ". The notice and papers are counted back from it",
                            Kind.DATE)),
            form(
                    "panel",
                    ComplaintAction.RECORD_PANEL,
                    "Record the review panel",
                    "Record panel",
                    new Field("panelOn", "Date the panel met", DATE_HINT, Kind.DATE),
                    new Field("members", "Panel members", "One name on each line", Kind.LINES),
                    new Field("recommendations", "Recommendations", null, Kind.TEXTAREA)),
            form(
                    "panel-report-received",
                    ComplaintAction.RECORD_PANEL_REPORT,
                    "Record the panel's report as received",
                    "Record report",
                    new Field(
                            "receivedOn",
                            "Date the report was received",
                            DATE_HINT + ". The council's response is due 15 working days later",
                            Kind.DATE)),
            form(
                    "chief-officer-decision",
                    ComplaintAction.RECORD_CHIEF_OFFICER_DECISION,
                    "Record the Chief Officer's decision",
                    "Record decision",
                    new Field("decidedOn", "Date of the decision", DATE_HINT, Kind.DATE),
                    new Field("decision", "Decision", null, Kind.TEXTAREA)),
            form(
                    "refer-ombudsman",
                    ComplaintAction.REFER_TO_OMBUDSMAN,
                    "Refer to the Ombudsman",
                    "Refer to the Ombudsman",
                    new Field("referredOn", "Date of the referral", DATE_HINT, Kind.DATE)),
            form(
                    "ombudsman-decision",
                    ComplaintAction.RECORD_OMBUDSMAN_DECISION,
                    "Record the Ombudsman's decision",
                    "Record decision",
                    new Field("decision", "Decision", null, Kind.CHOICE, Arrays.asList(OmbudsmanDecision.values())),
                    new Field("decidedOn", "Date of the decision", DATE_HINT, Kind.DATE)),
            form("close", ComplaintAction.CLOSE, "Close the complaint", "Close"),
            form(
                    "withdraw",
                    ComplaintAction.WITHDRAW,
                    "Record a withdrawal",
                    "Withdraw",
                    new Field("reason", "Reason", null, Kind.TEXTAREA)),
            form(
                    "close-not-investigated",
                    ComplaintAction.CLOSE_NOT_INVESTIGATED,
                    "Close without investigating",
                    "Close without investigating",
                    new Field("reason", "Reason", null, Kind.TEXTAREA)),
            form(
                    "reopen",
                    ComplaintAction.REOPEN,
                    "Reopen the complaint",
                    "Reopen",
                    new Field(
                            "reopenedOn",
                            "Date it was reopened",
                            DATE_HINT + ". Within 20 working days of the withdrawal or closing; a new Stage 1 of 10"
                                    + " working days starts from it",
                            Kind.DATE),
                    new Field("reason", "Why it is reopened", null, Kind.TEXTAREA)));

    /** Stopping and restarting the clock: offered one at a time, as the clock stands (see {@link #offeredFor}). */
    static final List<Form> CLOCK_FORMS = List.of(
            form(
                    "pause-clock",
                    ComplaintAction.PAUSE_CLOCK,
                    "Stop the clock",
                    "Stop the clock",
                    new Field(
                            "reason",
                            "Why the clock is stopping",
                            "Only for a reason on this list; the complainant is emailed the reason",
                            Kind.CHOICE,
                            Arrays.asList(PauseReason.values())),
                    new Field(
                            "note",
                            "Note (optional)",
                            "For staff only; it is not sent to the complainant",
                            Kind.TEXTAREA),
                    new Field("pausedOn", "Date the clock stopped", DATE_HINT, Kind.DATE)),
            form(
                    "resume-clock",
                    ComplaintAction.RESUME_CLOCK,
                    "Restart the clock",
                    "Restart the clock",
                    new Field("resumedOn", "Date the clock restarted", DATE_HINT, Kind.DATE)));

    private ActionForms() {}

    /**
     * The forms for this complaint: those its state allows, with "stop the clock" only while it runs and "restart" only
     * while it is stopped, and the agreed statement only while Stage 2 awaits one.
     */
    static List<Form> offeredFor(Complaint c) {
        List<Form> offered = new ArrayList<>(offeredIn(c.state()));
        // The statement is agreed once: the form goes once it has been.
        if (!c.isAwaitingAgreedStatement()) {
            offered.removeIf(f -> f.move() == ComplaintAction.AGREE_STAGE2_STATEMENT);
        }
        boolean paused = c.isPaused();
        for (Form form : CLOCK_FORMS) {
            boolean fits = form.move() == ComplaintAction.PAUSE_CLOCK ? !paused : paused;
            if (fits && ComplaintLifecycle.allowedFrom(form.move()).contains(c.state())) {
                offered.add(form);
            }
        }
        offered.addAll(
                DataProtectionForms.offeredFor(c.dataProtection(), c.state().isOpen()));
        return offered;
    }

    private static Form form(String action, ComplaintAction move, String title, String button, Field... fields) {
        return new Form(action, move, title, button, List.of(fields));
    }

    static java.util.Optional<Form> find(String action) {
        return java.util.stream.Stream.of(FORMS, CLOCK_FORMS, DataProtectionForms.FORMS)
                .flatMap(List::stream)
                .filter(f -> f.action().equals(action))
                .findFirst();
    }

    /** The forms the state machine allows from this state, in the order the workflow uses them. */
    static List<Form> offeredIn(ComplaintState state) {
        return FORMS.stream()
                .filter(f -> ComplaintLifecycle.allowedFrom(f.move()).contains(state))
                .toList();
    }

    /** The post as the API's JSON body: blank answers are left out, so the API's rules name what is missing. */
    static JsonNode asJson(Form form, FormBody body) {
        Map<String, JsonNode> root = new LinkedHashMap<>();
        put(root, CaseActions.EXPECTED_VERSION, whole(body.first(CaseActions.EXPECTED_VERSION)));
        for (Field field : form.fields()) {
            if (field.kind() == Kind.OUTCOMES) {
                Map<String, JsonNode> outcomes = new LinkedHashMap<>();
                body.values().forEach((name, values) -> {
                    if (name.startsWith(field.name() + ".")
                            && !values.isEmpty()
                            && !values.get(0).isBlank()) {
                        outcomes.put(
                                name.substring(field.name().length() + 1),
                                JsonNode.createStringNode(values.get(0).trim()));
                    }
                });
                if (!outcomes.isEmpty()) {
                    root.put(field.name(), JsonNode.createObjectNode(outcomes));
                }
                continue;
            }
            String value = body.first(field.name());
            if (field.kind() == Kind.CHECKBOX) {
                put(root, field.name(), value == null ? null : JsonNode.createBooleanNode(true));
                continue;
            }
            if (value == null || value.isBlank()) {
                continue;
            }
            put(
                    root,
                    field.name(),
                    switch (field.kind()) {
                        case WHOLE -> whole(value);
                        case YES_NO ->
                            value.equals("yes") || value.equals("no")
                                    ? JsonNode.createBooleanNode(value.equals("yes"))
                                    : JsonNode.createStringNode(value);
                        case LINES ->
                            JsonNode.createArrayNode(value.lines()
                                    .map(String::trim)
                                    .filter(s -> !s.isEmpty())
                                    .map(JsonNode::createStringNode)
                                    .toList());
                        case TEXT, DATE, CHOICE -> JsonNode.createStringNode(value.trim());
                        default -> JsonNode.createStringNode(value);
                    });
        }
        return JsonNode.createObjectNode(root);
    }

    /** A number when it is one; otherwise the text, which the API's rules then name as not a whole number. */
    private static JsonNode whole(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return JsonNode.createNumberNode(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return JsonNode.createStringNode(value);
        }
    }

    /** {@code a.b} goes into a nested object {@code a}. */
    private static void put(Map<String, JsonNode> root, String name, JsonNode value) {
        if (value == null) {
            return;
        }
        int dot = name.indexOf('.');
        if (dot < 0) {
            root.put(name, value);
            return;
        }
        String outer = name.substring(0, dot);
        Map<String, JsonNode> nested = new LinkedHashMap<>();
        JsonNode existing = root.get(outer);
        if (existing != null && existing.isObject()) {
            existing.entries().forEach(e -> nested.put(e.getKey(), e.getValue()));
        }
        nested.put(name.substring(dot + 1), value);
        root.put(outer, JsonNode.createObjectNode(nested));
    }

    /** The element id of a field in an action's form, as the error summary links to it. */
    static String elementId(String action, String field) {
        return action + "-" + field.replace('.', '-').replace('_', '-');
    }

    /**
     * One form as the template shows it: each field with its element id, label, hint, the value to show (what was
     * sent, after a refusal; today for an empty date) and its error.
     */
    static Map<String, Object> view(
            Form form, List<IssueCategory> issues, FormBody sent, Map<String, String> errors, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", form.action());
        m.put("title", form.title());
        m.put("button", form.button());
        m.put("open", sent != null);
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Field field : form.fields()) {
            if (field.kind() == Kind.OUTCOMES) {
                for (IssueCategory issue : issues) {
                    String name = field.name() + "." + issue.code();
                    fields.add(
                            field(form, name, issue.label(), null, Kind.CHOICE, field.choices(), sent, errors, today));
                }
                continue;
            }
            fields.add(field(
                    form,
                    field.name(),
                    field.label(),
                    field.hint(),
                    field.kind(),
                    field.choices(),
                    sent,
                    errors,
                    today));
        }
        m.put("fields", fields);
        return m;
    }

    private static Map<String, Object> field(
            Form form,
            String name,
            String label,
            String hint,
            Kind kind,
            List<? extends Coded> choices,
            FormBody sent,
            Map<String, String> errors,
            LocalDate today) {
        Map<String, Object> f = new LinkedHashMap<>();
        String id = elementId(form.action(), name);
        String value = sent == null ? (kind == Kind.DATE ? today.toString() : "") : sent.first(name);
        f.put("name", name);
        f.put("id", id);
        f.put("label", label);
        f.put("hint", hint);
        f.put("kind", kind.name());
        f.put("value", value == null ? "" : value);
        f.put("error", errors.get(name));
        List<Map<String, Object>> options = new ArrayList<>();
        if (kind == Kind.YES_NO) {
            options.add(option(id, 0, "yes", "Yes", value));
            options.add(option(id, 1, "no", "No", value));
        }
        for (int i = 0; i < choices.size(); i++) {
            options.add(option(id, i, choices.get(i).code(), choices.get(i).label(), value));
        }
        f.put("options", options);
        return f;
    }

    private static Map<String, Object> option(String id, int i, String value, String label, String chosen) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", i == 0 ? id : id + "-" + (i + 1));
        o.put("value", value);
        o.put("label", label);
        o.put("selected", value.equals(chosen));
        return o;
    }
}
