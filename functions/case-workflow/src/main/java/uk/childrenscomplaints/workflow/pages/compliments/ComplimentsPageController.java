package uk.childrenscomplaints.workflow.pages.compliments;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.casework.CaseResult;
import uk.childrenscomplaints.complaint.application.casework.Permissions;
import uk.childrenscomplaints.complaint.application.casework.RecordingCompliments;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.model.Compliment;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.Teams;
import uk.childrenscomplaints.workflow.pages.support.Dates;
import uk.childrenscomplaints.workflow.pages.support.PeriodPicker;
import uk.childrenscomplaints.workflow.pages.support.SignedInPages;
import uk.childrenscomplaints.workflow.signin.StaffHeaders;
import uk.childrenscomplaints.workflow.signin.StaffSession;
import uk.childrenscomplaints.workflow.staff.FormBody;
import uk.childrenscomplaints.workflow.staff.RequestBodies;
import uk.childrenscomplaints.workflow.staff.StaffPages;

/**
 * Compliments: the period's compliments that the member may see (the use case leaves out other teams'), and a form
 * to record one through {@link RecordingCompliments}. Who a compliment is from and what it says are personal data:
 * they appear only in the page's body (no-store, from {@link StaffHeaders}) and in the form's POST body, never in an
 * address or a log line. After recording, the page redirects to itself with only the period in the address.
 */
@Controller("/staff/pages")
@Produces(MediaType.TEXT_HTML)
public class ComplimentsPageController {
    private static final Logger LOG = LoggerFactory.getLogger(ComplimentsPageController.class);
    static final String PATH = "/staff/pages/compliments";
    static final String VIEW = "staff/compliments";
    /** The form's fields top to bottom: the error summary lists problems in this order. */
    private static final List<String> FORM_ORDER = List.of("team", "received", "fromWhom", "text");

    private final RecordingCompliments compliments;
    private final StaffSession sessions;
    private final Teams teams;
    private final Clock clock;

    public ComplimentsPageController(
            RecordingCompliments compliments, StaffSession sessions, Teams teams, Clock clock) {
        this.compliments = compliments;
        this.sessions = sessions;
        this.teams = teams;
        this.clock = clock;
    }

    @Get("/compliments")
    public HttpResponse<?> page(
            APIGatewayV2HTTPEvent event, HttpRequest<?> request, @Nullable @QueryValue String recorded) {
        return SignedInPages.page(sessions, event, (session, who) -> {
            PeriodPicker.Choice choice = PeriodPicker.choose(periodQuery(request), today());
            List<Map<String, Object>> errors = new ArrayList<>(links(choice.errors()));
            Map<String, Object> m = model(who, choice, new Entry(null, Map.of(), null, null), errors);
            m.put("recorded", "1".equals(recorded));
            return SignedInPages.view(errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST, VIEW, m, session, who);
        });
    }

    @Post("/compliments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> record(APIGatewayV2HTTPEvent event) {
        return SignedInPages.page(sessions, event, (session, who) -> {
            FormBody body = FormBody.parse(event);
            if (!SignedInPages.formAccepted(sessions, event, session, body.first(StaffSession.CSRF_FIELD))) {
                LOG.info("staff compliment form refused: form token or origin not this session's");
                return StaffPages.forbiddenForm();
            }
            if (body.bytes() > RequestBodies.MAX_BYTES) {
                return StaffPages.problem(
                        HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                        "What you sent is too long",
                        "The form is over the 64 KB limit. Shorten the text and try again. Nothing was recorded.");
            }
            Map<String, String> typed = new LinkedHashMap<>();
            for (String name : List.of("team", "received-day", "received-month", "received-year", "fromWhom", "text")) {
                typed.put(name, body.first(name) == null ? "" : body.first(name));
            }
            List<FieldError> problems = new ArrayList<>();
            Map<String, String> dateFields = new LinkedHashMap<>();
            LocalDate receivedOn = PeriodPicker.date("received", "received", typed, dateFields, problems);
            if (receivedOn == null && problems.isEmpty()) {
                problems.add(new FieldError("received-day", "Enter the date the compliment was received"));
            }
            TeamName team = typed.get("team").isBlank() ? null : new TeamName(typed.get("team"));
            CaseResult result;
            if (problems.isEmpty()) {
                result = compliments.record(who, team, receivedOn, typed.get("fromWhom"), typed.get("text"));
            } else {
                // The page could not read the date, so nothing can be recorded; the use case still names every other
                // field's problem, with its own messages, and the page's date message stands for its receivedOn one.
                compliments.problems(team, null, typed.get("fromWhom"), typed.get("text")).stream()
                        .filter(e -> !"receivedOn".equals(e.field()))
                        .forEach(problems::add);
                result = new CaseResult.Invalid(problems);
            }
            LOG.info("staff compliment form: {}", result.getClass().getSimpleName());
            if (result instanceof CaseResult.Done) {
                return HttpResponse.seeOther(URI.create(PATH + "?recorded=1"));
            }
            HttpStatus status = HttpStatus.BAD_REQUEST;
            List<FieldError> errors;
            if (result instanceof CaseResult.Invalid invalid) {
                errors = invalid.errors().stream()
                        .map(ComplimentsPageController::onPage)
                        .sorted(java.util.Comparator.comparingInt(
                                e -> FORM_ORDER.indexOf(e.field().replaceAll("-(day|month|year)$", ""))))
                        .toList();
            } else {
                status = HttpStatus.FORBIDDEN;
                errors = List.of(new FieldError(
                        "team",
                        "You can record compliments only for a team you manage: " + "choose one of your teams"));
            }
            PeriodPicker.Choice period = PeriodPicker.choose(Map.of(), today());
            Map<String, Object> m = model(
                    who,
                    period,
                    new Entry(
                            team,
                            typed,
                            errors.stream()
                                    .filter(e -> e.field().startsWith("received"))
                                    .map(FieldError::message)
                                    .findFirst()
                                    .orElse(null),
                            errorMap(errors)),
                    links(errors));
            m.put("recorded", false);
            return SignedInPages.view(status, VIEW, m, session, who);
        });
    }

    /** What was typed into the form, shown again (escaped) with its problems. */
    private record Entry(TeamName team, Map<String, String> typed, String dateError, Map<String, String> errors) {}

    private Map<String, Object> model(
            StaffMember who, PeriodPicker.Choice choice, Entry entry, List<Map<String, Object>> errors) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "Compliments");
        m.put("errors", errors);
        m.put("path", PATH);
        m.put("quickPicks", PeriodPicker.quickPicks(today(), PATH, choice.period()));
        m.put("dateInputs", PeriodPicker.dateInputs(choice));
        List<Map<String, Object>> rows = new ArrayList<>();
        if (choice.period() != null) {
            m.put("period", PeriodPicker.periodText(choice.period()));
            for (Compliment c : compliments.list(
                    who, choice.period().from(), choice.period().to())) {
                rows.add(Map.of(
                        "receivedOn",
                        Dates.text(c.receivedOn()),
                        "team",
                        c.team().value(),
                        "fromWhom",
                        c.fromWhom(),
                        "text",
                        c.text()));
            }
            LOG.info("staff compliments page: {} shown", rows.size());
        }
        m.put("rows", rows);
        List<TeamName> recordable = Permissions.teamsMayRecordComplimentsFor(who, teams.names());
        m.put("mayRecord", !recordable.isEmpty());
        List<Map<String, Object>> options = new ArrayList<>();
        options.add(Map.of("value", "", "label", "Choose a team", "selected", entry.team() == null));
        for (TeamName t : recordable) {
            options.add(Map.of(
                    "value",
                    t.value(),
                    "label",
                    t.value(),
                    "selected",
                    entry.team() != null
                            && t.value().equalsIgnoreCase(entry.team().value())));
        }
        m.put("teamOptions", options);
        Map<String, String> typed = entry.typed();
        Map<String, String> received = new LinkedHashMap<>();
        for (String part : List.of("day", "month", "year")) {
            received.put("received-" + part, typed.getOrDefault("received-" + part, ""));
        }
        Map<String, Object> date = PeriodPicker.dateInput("received", "Date received", received, entry.dateError());
        date.put("hint", "For example, 27 3 2010");
        m.put("receivedInput", date);
        m.put("fromWhom", typed.getOrDefault("fromWhom", ""));
        m.put("text", typed.getOrDefault("text", ""));
        m.put("err", entry.errors() == null ? Map.of() : entry.errors());
        return m;
    }

    /** The use case names fields as the API does; the page's date is three boxes, the first of which takes focus. */
    private static FieldError onPage(FieldError e) {
        return e.field() != null && e.field().equals("receivedOn") ? new FieldError("received-day", e.message()) : e;
    }

    private static Map<String, String> errorMap(List<FieldError> errors) {
        Map<String, String> m = new LinkedHashMap<>();
        errors.forEach(e -> m.putIfAbsent(e.field(), e.message()));
        return m;
    }

    private static List<Map<String, Object>> links(List<FieldError> errors) {
        return errors.stream()
                .map(e -> Map.<String, Object>of("href", "#" + e.field(), "message", e.message()))
                .toList();
    }

    private static Map<String, String> periodQuery(HttpRequest<?> request) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String name :
                List.of("from", "to", "from-day", "from-month", "from-year", "to-day", "to-month", "to-year")) {
            request.getParameters().getFirst(name).ifPresent(v -> q.put(name, v));
        }
        return q;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CouncilTime.ZONE));
    }
}
