package uk.childrenscomplaints.workflow.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.tree.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.access.RecordingAccess;
import uk.childrenscomplaints.complaint.application.casework.CaseResult;
import uk.childrenscomplaints.complaint.application.casework.HandlingComplaints;
import uk.childrenscomplaints.complaint.application.casework.Permissions;
import uk.childrenscomplaints.complaint.application.casework.SearchCriteria;
import uk.childrenscomplaints.complaint.application.intake.SubmissionResult;
import uk.childrenscomplaints.complaint.application.intake.SubmittingComplaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.observability.BusinessMetrics;
import uk.childrenscomplaints.observability.LogContext;
import uk.childrenscomplaints.web.ProblemList;
import uk.childrenscomplaints.workflow.staff.CaseActions;
import uk.childrenscomplaints.workflow.staff.ComplaintViews;
import uk.childrenscomplaints.workflow.staff.RequestBodies;

/**
 * The staff API for complaints: list, view, log one that came another way, and act on one. Thin: who is asking comes
 * from the verified token's claims, the use case decides what they may see and do, and its result maps to a status.
 * Logs carry ids, action names, counts and statuses only.
 */
@Controller("/staff/complaints")
@Produces(MediaType.APPLICATION_JSON)
public class StaffComplaintsController {
    private static final Logger LOG = LoggerFactory.getLogger(StaffComplaintsController.class);
    static final ZoneId LONDON = CouncilTime.ZONE;
    static final String KEY_REUSED = "You already used this Idempotency-Key to log a complaint with different answers,"
            + " so nothing was stored. Log a new complaint with a new key; to retry one, send exactly the same body"
            + " with its key.";

    /** The route an access record names for a read through the API (decision 029). */
    static final String VIEW_ROUTE = "GET /staff/complaints/{id}";

    private final HandlingComplaints handling;
    private final RecordingAccess access;
    private final SubmittingComplaint submitting;
    private final RequestBodies bodies;
    private final Clock clock;
    private final BusinessMetrics metrics;

    public StaffComplaintsController(
            HandlingComplaints handling,
            RecordingAccess access,
            SubmittingComplaint submitting,
            RequestBodies bodies,
            Clock clock,
            BusinessMetrics metrics) {
        this.handling = handling;
        this.access = access;
        this.submitting = submitting;
        this.bodies = bodies;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Get
    public HttpResponse<Object> list(
            APIGatewayV2HTTPEvent event,
            @Nullable @QueryValue String team,
            @Nullable @QueryValue String state,
            @Nullable @QueryValue String stage,
            @Nullable @QueryValue String overdue,
            @Nullable @QueryValue String receivedFrom,
            @Nullable @QueryValue String receivedTo) {
        return SignedInApi.asStaff(event, who -> {
            SearchFilters.Read read = SearchFilters.read(team, state, stage, overdue, receivedFrom, receivedTo);
            if (!read.problems().isEmpty()) {
                return Answers.problems(read.problems());
            }
            SearchCriteria criteria = read.criteria();
            LocalDate today = today();
            List<Map<String, Object>> rows = handling.search(who, criteria).stream()
                    .map(c -> ComplaintViews.row(c, today))
                    .toList();
            LOG.info("staff list: {} complaints", rows.size());
            return HttpResponse.ok(Map.of("complaints", rows));
        });
    }

    @Get("/{id}")
    public HttpResponse<Object> view(APIGatewayV2HTTPEvent event, @PathVariable String id) {
        return SignedInApi.asStaff(event, who -> {
            Optional<ComplaintId> complaintId = complaintId(id);
            if (complaintId.isEmpty()) {
                return Answers.notFound();
            }
            return answer(access.view(who, complaintId.get(), VIEW_ROUTE), "view", complaintId.get());
        });
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<Object> log(
            APIGatewayV2HTTPEvent event, @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        byte[] body = RequestBodies.of(event);
        return SignedInApi.asStaff(event, who -> {
            if (!Permissions.mayLog(who)) {
                LOG.info("staff log refused: not in the complaints team");
                return Answers.forbidden();
            }
            if (RequestBodies.tooLarge(body)) {
                return Answers.tooLarge();
            }
            Optional<JsonNode> json = bodies.parse(body);
            if (json.isEmpty()) {
                return badJson(body);
            }
            LoggedComplaintJson.Read read = LoggedComplaintJson.read(json.get());
            if (!read.problems().isEmpty()) {
                return Answers.problems(read.problems());
            }
            SubmissionResult result = submitting.logForStaff(who, read.complaint(), idempotencyKey);
            if (result instanceof SubmissionResult.Forbidden) {
                LOG.info("staff log refused: not in the complaints team");
                return Answers.forbidden();
            }
            if (result instanceof SubmissionResult.Invalid invalid) {
                return Answers.problems(invalid.errors());
            }
            if (result instanceof SubmissionResult.KeyReused) {
                LOG.info("staff log refused: Idempotency-Key already used with a different body");
                return ProblemList.of("Idempotency-Key", KEY_REUSED).answer(HttpStatus.CONFLICT);
            }
            SubmissionResult.Accepted accepted = (SubmissionResult.Accepted) result;
            LogContext.complaint(accepted.complaint().id(), accepted.complaint().reference());
            if (!accepted.replayed()) {
                metrics.complaintReceived(
                        BusinessMetrics.routeOf(accepted.complaint().intake().route()));
            }
            LOG.info(
                    "complaint logged by staff: id={} replayed={}",
                    accepted.complaint().id(),
                    accepted.replayed());
            return HttpResponse.status(accepted.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                    .body(ComplaintViews.whole(accepted.complaint(), today()));
        });
    }

    @Post("/{id}/actions/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<Object> act(APIGatewayV2HTTPEvent event, @PathVariable String id, @PathVariable String action) {
        byte[] body = RequestBodies.of(event);
        return SignedInApi.asStaff(event, who -> {
            Optional<ComplaintId> complaintId = complaintId(id);
            if (complaintId.isEmpty() || !CaseActions.isKnown(action)) {
                return Answers.notFound();
            }
            if (RequestBodies.tooLarge(body)) {
                return Answers.tooLarge();
            }
            Optional<JsonNode> json = bodies.parse(body);
            if (json.isEmpty()) {
                return badJson(body);
            }
            CaseActions.Read read = CaseActions.read(action, json.get());
            if (read instanceof CaseActions.Problems problems) {
                LOG.info(
                        "staff action {} on {} refused: {} field errors",
                        action,
                        complaintId.get(),
                        problems.errors().size());
                return Answers.problems(problems.errors());
            }
            CaseActions.Command command = (CaseActions.Command) read;
            return answer(
                    handling.handle(who, complaintId.get(), command.expectedVersion(), command.command()),
                    action,
                    complaintId.get());
        });
    }

    private HttpResponse<Object> answer(CaseResult result, String what, ComplaintId id) {
        LogContext.complaint(id, null);
        HttpResponse<Object> response =
                Answers.of(result, done -> HttpResponse.ok(ComplaintViews.whole(done.complaint(), today())));
        LOG.info("staff {} on {}: {}", what, id, response.getStatus().getCode());
        return response;
    }

    private HttpResponse<Object> badJson(byte[] body) {
        Optional<FieldError> duplicate = bodies.duplicateField(body);
        if (duplicate.isPresent()) {
            return Answers.problems(List.of(duplicate.get()));
        }
        return Answers.problem(
                "body",
                "The body is not valid JSON. Send one JSON object, with field names and strings in double quotes.");
    }

    private static Optional<ComplaintId> complaintId(String id) {
        try {
            return Optional.of(new ComplaintId(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
