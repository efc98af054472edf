package uk.childrenscomplaints.workflow.staff;

import io.micronaut.json.tree.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.casework.CaseCommand;
import uk.childrenscomplaints.complaint.model.EmailAddress;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.IssueOutcome;
import uk.childrenscomplaints.complaint.model.OmbudsmanDecision;
import uk.childrenscomplaints.complaint.model.PauseReason;
import uk.childrenscomplaints.complaint.model.Respondent;
import uk.childrenscomplaints.web.JsonFields;

/**
 * The {@code {action}} of {@code POST /staff/complaints/{id}/actions/{action}}: its body's fields and the command it
 * becomes. Only shape is checked here (types, dates, known fields); whether the move is allowed, and for whom, is the
 * use case's question.
 */
public final class CaseActions {

    public static final String EXPECTED_VERSION = "expectedVersion";

    /** One action: the fields its body may carry (besides expectedVersion) and how they become a command. */
    private record Action(Set<String> fields, Function<JsonFields, CaseCommand> command) {}

    private static final Set<String> PERSON = Set.of("name", "email");

    private static final Map<String, Action> ACTIONS = Map.ofEntries(
            Map.entry(
                    "assign-respondents",
                    new Action(
                            Set.of("respondent", "second"),
                            f -> new CaseCommand.AssignRespondents(
                                    respondent(f, "respondent", true), respondent(f, "second", false)))),
            Map.entry(
                    "mark-absent",
                    new Action(Set.of("absent"), f -> new CaseCommand.MarkRespondentAbsent(f.requiredBool("absent")))),
            Map.entry(
                    "stage1-response",
                    new Action(
                            Set.of("sentOn", "summary"),
                            f -> new CaseCommand.RecordStage1Response(f.date("sentOn"), f.text("summary")))),
            Map.entry(
                    "extend",
                    new Action(
                            Set.of("newDue", "reason", "complainantToldOn"),
                            f -> new CaseCommand.ExtendStage1(
                                    f.date("newDue"), f.text("reason"), f.date("complainantToldOn")))),
            Map.entry(
                    "outcomes",
                    new Action(
                            Set.of("outcomes"),
                            f -> new CaseCommand.RecordIssueOutcomes(
                                    f.codeMap("outcomes", IssueCategory.class, IssueOutcome.class)))),
            Map.entry("withdraw", new Action(Set.of("reason"), f -> new CaseCommand.Withdraw(f.text("reason")))),
            Map.entry(
                    "close-not-investigated",
                    new Action(Set.of("reason"), f -> new CaseCommand.CloseNotInvestigated(f.text("reason")))),
            Map.entry("close", new Action(Set.of(), f -> new CaseCommand.Close())),
            Map.entry(
                    "request-stage2",
                    new Action(
                            Set.of("requestedOn", "reasons", "serious"),
                            f -> new CaseCommand.RequestStage2(
                                    f.date("requestedOn"), f.text("reasons"), Boolean.TRUE.equals(f.bool("serious"))))),
            Map.entry(
                    "stage2-details",
                    new Action(
                            Set.of("investigatingOfficer", "independentPerson", "costPounds"),
                            f -> new CaseCommand.RecordStage2Details(
                                    f.text("investigatingOfficer"),
                                    f.text("independentPerson"),
                                    f.whole("costPounds")))),
            Map.entry(
                    "stage2-response",
                    new Action(
                            Set.of("respondedOn"), f -> new CaseCommand.RecordStage2Response(f.date("respondedOn")))),
            Map.entry(
                    "request-stage3",
                    new Action(
                            Set.of("requestedOn", "reasons"),
                            f -> new CaseCommand.RequestStage3(f.date("requestedOn"), f.text("reasons")))),
            Map.entry(
                    "panel",
                    new Action(
                            Set.of("panelOn", "members", "recommendations"),
                            f -> new CaseCommand.RecordPanel(
                                    f.date("panelOn"), f.texts("members"), f.text("recommendations")))),
            Map.entry(
                    "chief-officer-decision",
                    new Action(
                            Set.of("decidedOn", "decision"),
                            f -> new CaseCommand.RecordChiefOfficerDecision(f.date("decidedOn"), f.text("decision")))),
            Map.entry(
                    "refer-ombudsman",
                    new Action(Set.of("referredOn"), f -> new CaseCommand.ReferToOmbudsman(f.date("referredOn")))),
            Map.entry(
                    "ombudsman-decision",
                    new Action(
                            Set.of("decision", "decidedOn"),
                            f -> new CaseCommand.RecordOmbudsmanDecision(
                                    f.code("decision", OmbudsmanDecision.class), f.date("decidedOn")))),
            Map.entry(
                    "reopen",
                    new Action(
                            Set.of("reopenedOn", "reason"),
                            f -> new CaseCommand.Reopen(f.date("reopenedOn"), f.text("reason")))),
            Map.entry(
                    "book-panel", new Action(Set.of("bookedFor"), f -> new CaseCommand.BookPanel(f.date("bookedFor")))),
            Map.entry(
                    "panel-report-received",
                    new Action(Set.of("receivedOn"), f -> new CaseCommand.RecordPanelReport(f.date("receivedOn")))),
            Map.entry(
                    "pause-clock",
                    new Action(
                            Set.of("reason", "note", "pausedOn"),
                            f -> new CaseCommand.PauseClock(
                                    f.code("reason", PauseReason.class), f.text("note"), f.date("pausedOn")))),
            Map.entry(
                    "agree-statement",
                    new Action(Set.of("agreedOn"), f -> new CaseCommand.AgreeStage2Statement(f.date("agreedOn")))),
            Map.entry(
                    "extend-stage2",
                    new Action(
                            Set.of("newDue", "reason", "complainantToldOn"),
                            f -> new CaseCommand.ExtendStage2(
                                    f.date("newDue"), f.text("reason"), f.date("complainantToldOn")))),
            Map.entry(
                    "place-legal-hold",
                    new Action(Set.of("reason"), f -> new CaseCommand.PlaceLegalHold(f.text("reason")))),
            Map.entry(
                    "lift-legal-hold",
                    new Action(Set.of("reason"), f -> new CaseCommand.LiftLegalHold(f.text("reason")))),
            Map.entry("restrict", new Action(Set.of("reason"), f -> new CaseCommand.Restrict(f.text("reason")))),
            Map.entry(
                    "lift-restriction",
                    new Action(Set.of("reason"), f -> new CaseCommand.LiftRestriction(f.text("reason")))),
            Map.entry("anonymise", new Action(Set.of("reason"), f -> new CaseCommand.Anonymise(f.text("reason")))),
            Map.entry(
                    "resume-clock",
                    new Action(Set.of("resumedOn"), f -> new CaseCommand.ResumeClock(f.date("resumedOn")))));

    private CaseActions() {}

    public static boolean isKnown(String action) {
        return ACTIONS.containsKey(action);
    }

    public static Set<String> names() {
        return ACTIONS.keySet();
    }

    /** The command and the version the caller last saw, or every problem with the body. */
    public sealed interface Read {}

    public record Command(long expectedVersion, CaseCommand command) implements Read {}

    public record Problems(List<FieldError> errors) implements Read {}

    public static Read read(String action, JsonNode body) {
        Action definition = ACTIONS.get(action);
        Set<String> allowed = new LinkedHashSet<>(definition.fields());
        allowed.add(EXPECTED_VERSION);
        Optional<JsonFields> maybe = JsonFields.of(body, allowed);
        if (maybe.isEmpty()) {
            return new Problems(List.of(JsonFields.notAnObject()));
        }
        JsonFields fields = maybe.get();
        Long version = fields.whole(EXPECTED_VERSION);
        if (version == null
                && fields.problems().stream().noneMatch(p -> p.field().equals(EXPECTED_VERSION))) {
            fields.problem(EXPECTED_VERSION, "Send expectedVersion: the version of the complaint you are looking at");
        }
        CaseCommand command = definition.command().apply(fields);
        if (!fields.problems().isEmpty()) {
            return new Problems(fields.problems());
        }
        return new Command(version, command);
    }

    private static Respondent respondent(JsonFields fields, String name, boolean required) {
        Optional<JsonFields> person = fields.object(name, PERSON);
        if (person.isEmpty()) {
            if (required) {
                fields.problem(
                        name,
                        "Name the " + (name.equals("second") ? "second respondent" : "respondent")
                                + ", with their name and email");
            }
            return null;
        }
        JsonFields p = person.get();
        String personName = p.requiredText("name");
        String email = p.requiredText("email");
        Optional<EmailAddress> address = EmailAddress.parse(email);
        if (email != null && address.isEmpty()) {
            p.problem("email", FieldError.BAD_EMAIL);
        }
        if (personName != null && personName.isBlank()) {
            p.problem("name", "Enter the respondent's name");
        }
        fields.absorb(p);
        return p.problems().isEmpty()
                ? new Respondent(personName, address.orElseThrow().value(), false)
                : null;
    }
}
