package uk.childrenscomplaints.workflow.pages.complaints;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.tree.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.access.RecordingAccess;
import uk.childrenscomplaints.complaint.application.casework.CaseResult;
import uk.childrenscomplaints.complaint.application.casework.HandlingComplaints;
import uk.childrenscomplaints.complaint.application.casework.Permissions;
import uk.childrenscomplaints.complaint.application.casework.SearchCriteria;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.application.ports.LettersToPost;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.Teams;
import uk.childrenscomplaints.workflow.pages.support.SignedInPages;
import uk.childrenscomplaints.workflow.signin.StaffSession;
import uk.childrenscomplaints.workflow.staff.CaseActions;
import uk.childrenscomplaints.workflow.staff.ComplaintViews;
import uk.childrenscomplaints.workflow.staff.FormBody;
import uk.childrenscomplaints.workflow.staff.RequestBodies;
import uk.childrenscomplaints.workflow.staff.StaffPages;

/**
 * The staff pages: the dashboard and a complaint's page with its action forms. Each page is one method here and one
 * template under views/staff/; {@link SignedInPages#page} checks the session and {@link SignedInPages#view} adds what
 * the layout needs. The use case decides what the member may see and do, exactly as for the API. Logs carry ids,
 * action names and counts only.
 */
@Controller("/staff/pages")
@Produces(MediaType.TEXT_HTML)
public class StaffPagesController {
    private static final Logger LOG = LoggerFactory.getLogger(StaffPagesController.class);

    /** The routes an access record names for a read through the pages (decision 029). */
    static final String VIEW_ROUTE = "GET /staff/pages/complaints/{id}";

    static final String ACTION_ROUTE = "POST /staff/pages/complaints/{id}/actions/{action}";

    private final HandlingComplaints handling;
    private final RecordingAccess access;
    private final StaffSession sessions;
    private final Teams teams;
    private final TimescalePolicy timescales;
    private final Clock clock;
    private final LettersToPost letters;

    public StaffPagesController(
            HandlingComplaints handling,
            RecordingAccess access,
            StaffSession sessions,
            Teams teams,
            TimescalePolicy timescales,
            Clock clock,
            LettersToPost letters) {
        this.letters = letters;
        this.handling = handling;
        this.access = access;
        this.sessions = sessions;
        this.teams = teams;
        this.timescales = timescales;
        this.clock = clock;
    }

    @Get("/dashboard")
    public HttpResponse<?> dashboard(
            APIGatewayV2HTTPEvent event,
            @Nullable @QueryValue String team,
            @Nullable @QueryValue String stage,
            @Nullable @QueryValue String status) {
        return SignedInPages.page(sessions, event, (session, who) -> {
            List<FieldError> problems = new ArrayList<>();
            TeamName teamWanted = present(team) ? teams.find(team.trim()).orElse(null) : null;
            if (present(team) && teamWanted == null) {
                problems.add(new FieldError("team", "Choose a team from the list"));
            }
            ComplaintState.Stage stageWanted = present(stage)
                    ? Arrays.stream(ComplaintState.Stage.values())
                            .filter(s -> s.name().equalsIgnoreCase(stage.trim()))
                            .findFirst()
                            .orElse(null)
                    : null;
            if (present(stage) && stageWanted == null) {
                problems.add(new FieldError("stage", "Choose a stage from the list"));
            }
            ComplaintState statusWanted = present(status)
                    ? openStates().stream()
                            .filter(s -> s.code().equals(status.trim()))
                            .findFirst()
                            .orElse(null)
                    : null;
            if (present(status) && statusWanted == null) {
                problems.add(new FieldError("status", "Choose a status from the list"));
            }
            List<Complaint> open = new ArrayList<>();
            if (problems.isEmpty()) {
                for (ComplaintState state : openStates()) {
                    if ((stageWanted == null || state.stage() == stageWanted)
                            && (statusWanted == null || state == statusWanted)) {
                        open.addAll(
                                handling.search(who, new SearchCriteria(teamWanted, state, null, null, null, null)));
                    }
                }
            }
            LocalDate today = today();
            open.sort(Comparator.comparing(
                            (Complaint c) -> ComplaintViews.dueOn(c, today).orElse(LocalDate.MAX))
                    .thenComparing(c -> c.reference().toString()));
            Map<String, Object> m = new LinkedHashMap<>(Dashboard.model(open, today, timescales.calendar()));
            m.put("title", "Open complaints");
            m.put(
                    "errors",
                    problems.stream()
                            .map(p -> Map.of("href", "#" + p.field(), "message", p.message()))
                            .toList());
            m.put(
                    "err",
                    problems.stream()
                            .collect(java.util.stream.Collectors.toMap(
                                    FieldError::field, FieldError::message, (a, b) -> a)));
            m.put("teamOptions", options(teamChoices(who), problems.isEmpty() ? team : null, "All teams"));
            m.put("stageOptions", options(stageChoices(), problems.isEmpty() ? stage : null, "All stages"));
            m.put(
                    "statusOptions",
                    options(
                            openStates().stream()
                                    .map(s -> new String[] {s.code(), s.label()})
                                    .toList(),
                            problems.isEmpty() ? status : null,
                            "All open statuses"));
            // The letters to post are the whole team's job, not a slice of the open complaints: only unfiltered.
            boolean unfiltered = !present(team) && !present(stage) && !present(status);
            m.putAll(LetterLinks.dashboard(who, letters, unfiltered));
            LOG.info("staff dashboard: {} open complaints shown", open.size());
            return SignedInPages.view(
                    problems.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST, "staff/dashboard", m, session, who);
        });
    }

    @Get("/complaints/{id}")
    public HttpResponse<?> complaint(
            APIGatewayV2HTTPEvent event,
            @PathVariable String id,
            @Nullable @QueryValue String done,
            @Nullable @QueryValue String viewsFrom) {
        return SignedInPages.page(sessions, event, (session, who) -> {
            Optional<Complaint> found = visible(who, id, VIEW_ROUTE);
            if (found.isEmpty()) {
                return StaffPages.notFound();
            }
            LOG.info("staff page: complaint {}", found.get().id());
            Map<String, Object> viewers =
                    WhoViewed.model(access.whoViewed(who, found.get().id(), viewsFrom), found.get());
            return complaintPage(HttpStatus.OK, found.get(), null, done, viewers, session, who);
        });
    }

    @Post("/complaints/{id}/actions/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> act(APIGatewayV2HTTPEvent event, @PathVariable String id, @PathVariable String action) {
        return SignedInPages.page(sessions, event, (session, who) -> {
            FormBody body = FormBody.parse(event);
            if (!sessions.originAllowed(event)
                    || !StaffSession.csrfMatches(session, body.first(StaffSession.CSRF_FIELD))) {
                LOG.info("staff page action {} refused: form token or origin not this session's", action);
                return StaffPages.forbiddenForm();
            }
            Optional<ActionForms.Form> form = ActionForms.find(action);
            Optional<Complaint> found = visible(who, id, null);
            if (form.isEmpty() || found.isEmpty()) {
                return StaffPages.notFound();
            }
            Complaint complaint = found.get();
            if (body.bytes() > RequestBodies.MAX_BYTES) {
                return StaffPages.problem(
                        HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                        "What you sent is too long",
                        "The form is over the 64 KB limit. Shorten the text and try again. Nothing was changed.");
            }
            JsonNode json = ActionForms.asJson(form.get(), body);
            CaseActions.Read read = CaseActions.read(action, json);
            if (read instanceof CaseActions.Problems problems) {
                LOG.info(
                        "staff page action {} on {} refused: {} field errors",
                        action,
                        complaint.id(),
                        problems.errors().size());
                return refused(HttpStatus.BAD_REQUEST, complaint, action, body, problems.errors(), session, who);
            }
            CaseActions.Command command = (CaseActions.Command) read;
            CaseResult result = handling.handle(who, complaint.id(), command.expectedVersion(), command.command());
            LOG.info(
                    "staff page action {} on {}: {}",
                    action,
                    complaint.id(),
                    result.getClass().getSimpleName());
            if (result instanceof CaseResult.Done) {
                return HttpResponse.seeOther(
                        URI.create(StaffPages.complaint(complaint.id().value()) + "?done=" + action));
            }
            // The refused form shows the complaint again: that page is a read like any other.
            Complaint now = visible(who, id, ACTION_ROUTE).orElse(complaint);
            if (result instanceof CaseResult.Invalid invalid) {
                return refused(HttpStatus.BAD_REQUEST, now, action, body, invalid.errors(), session, who);
            }
            if (result instanceof CaseResult.Refused refusedMove) {
                return refused(
                        HttpStatus.CONFLICT,
                        now,
                        action,
                        body,
                        List.of(new FieldError(null, capitalised(refusedMove.reason()))),
                        session,
                        who);
            }
            if (result instanceof CaseResult.Forbidden forbidden) {
                return refused(
                        HttpStatus.FORBIDDEN,
                        now,
                        action,
                        body,
                        List.of(new FieldError(null, capitalised(forbidden.reason()))),
                        session,
                        who);
            }
            if (result instanceof CaseResult.Stale) {
                return refused(
                        HttpStatus.CONFLICT,
                        now,
                        action,
                        body,
                        List.of(new FieldError(
                                null,
                                "Someone else changed this complaint since you opened it. Check it as it is now, below, "
                                        + "and try again.")),
                        session,
                        who);
            }
            return StaffPages.notFound();
        });
    }

    private HttpResponse<?> refused(
            HttpStatus status,
            Complaint c,
            String action,
            FormBody body,
            List<FieldError> errors,
            StaffSession.Signed session,
            StaffMember who) {
        return complaintPage(status, c, new ComplaintPage.Refusal(action, body, errors), null, Map.of(), session, who);
    }

    private HttpResponse<?> complaintPage(
            HttpStatus status,
            Complaint c,
            ComplaintPage.Refusal refusal,
            String done,
            Map<String, Object> viewers,
            StaffSession.Signed session,
            StaffMember who) {
        Map<String, Object> m =
                new LinkedHashMap<>(ComplaintPage.model(c, today(), timescales.calendar(), refusal, done));
        m.putAll(viewers);
        m.put("title", "Complaint " + c.reference());
        m.putAll(LetterLinks.complaint(who, c, letters));
        return SignedInPages.view(status, ComplaintPage.VIEW, m, session, who);
    }

    /**
     * The complaint when it exists and this member may see it; otherwise nothing, whichever the reason. With a route,
     * the read is recorded (it will be shown); without, it is only a check.
     */
    private Optional<Complaint> visible(StaffMember who, String id, String route) {
        ComplaintId complaintId;
        try {
            complaintId = new ComplaintId(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        CaseResult result = route == null ? handling.view(who, complaintId) : access.view(who, complaintId, route);
        return result instanceof CaseResult.Done done ? Optional.of(done.complaint()) : Optional.empty();
    }

    private List<String[]> teamChoices(StaffMember who) {
        return Permissions.teamsVisibleTo(who, teams.names()).stream()
                .map(t -> new String[] {t.value(), t.value()})
                .toList();
    }

    private static List<String[]> stageChoices() {
        return List.of(
                new String[] {"stage_1", "Stage 1"},
                new String[] {"stage_2", "Stage 2"},
                new String[] {"stage_3", "Stage 3"},
                new String[] {"ombudsman", "With the Ombudsman"},
                new String[] {"none", "Other (awaiting routing)"});
    }

    private static List<ComplaintState> openStates() {
        return Arrays.stream(ComplaintState.values())
                .filter(ComplaintState::isOpen)
                .toList();
    }

    private static List<Map<String, Object>> options(List<String[]> choices, String chosen, String all) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(Map.of("value", "", "label", all, "selected", chosen == null || chosen.isBlank()));
        for (String[] c : choices) {
            out.add(Map.of(
                    "value",
                    c[0],
                    "label",
                    c[1],
                    "selected",
                    c[0].equalsIgnoreCase(chosen == null ? "" : chosen.trim())));
        }
        return out;
    }

    private static String capitalised(String reason) {
        return reason == null || reason.isEmpty()
                ? "This change is not allowed"
                : Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + (reason.endsWith(".") ? "" : ".");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CouncilTime.ZONE));
    }
}
