package uk.childrenscomplaints.workflow.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.tree.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.access.ExportingSubjectAccess;
import uk.childrenscomplaints.complaint.application.access.RecordingAccess;
import uk.childrenscomplaints.complaint.application.casework.Permissions;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.web.JsonFields;
import uk.childrenscomplaints.workflow.staff.RequestBodies;
import uk.childrenscomplaints.workflow.staff.SubjectAccessExports;

/**
 * Who looked, and subject access, through the API (decision 029): a director lists one member of staff's accesses over
 * a period; the complaints team finds a person's complaints by email or phone and exports everything held. The
 * person's details travel in a POST body, never in the address. Logs carry counts only.
 */
@Controller("/staff")
@Produces(MediaType.APPLICATION_JSON)
public class AccessController {
    private static final Logger LOG = LoggerFactory.getLogger(AccessController.class);
    private static final Set<String> PERSON_FIELDS = Set.of("email", "phone", "name");
    static final String SEARCH_ROUTE = "POST /staff/subject-access";
    static final String EXPORT_ROUTE = "POST /staff/subject-access/export";

    private final RecordingAccess access;
    private final ExportingSubjectAccess subjectAccess;
    private final RequestBodies bodies;
    private final Clock clock;

    public AccessController(
            RecordingAccess access, ExportingSubjectAccess subjectAccess, RequestBodies bodies, Clock clock) {
        this.access = access;
        this.subjectAccess = subjectAccess;
        this.bodies = bodies;
        this.clock = clock;
    }

    @Get("/access")
    public HttpResponse<Object> accesses(
            APIGatewayV2HTTPEvent event,
            @Nullable @QueryValue String user,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String page) {
        return SignedInApi.asStaff(event, who -> {
            if (!Permissions.mayListAccessesByStaff(who)) {
                LOG.info("access listing refused: not a director");
                return Answers.forbidden();
            }
            List<FieldError> problems = new ArrayList<>();
            LocalDate fromDate = SearchFilters.date("from", from, problems);
            LocalDate toDate = SearchFilters.date("to", to, problems);
            if (!problems.isEmpty()) {
                return Answers.problems(problems);
            }
            RecordingAccess.Listing listing = access.accessesBy(who, user, fromDate, toDate, page);
            if (listing instanceof RecordingAccess.Listing.Forbidden) {
                LOG.info("access listing refused: not a director");
                return Answers.forbidden();
            }
            if (listing instanceof RecordingAccess.Listing.Invalid invalid) {
                return Answers.problems(invalid.errors());
            }
            RecordingAccess.Listing.Found found = (RecordingAccess.Listing.Found) listing;
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("user", user.trim());
            answer.put("from", fromDate.toString());
            answer.put("to", toDate.toString());
            answer.put(
                    "accesses",
                    found.page().events().stream()
                            .map(SubjectAccessExports::access)
                            .toList());
            answer.put("nextPage", found.page().nextPageToken());
            LOG.info("access listing: {} accesses", found.page().events().size());
            return HttpResponse.ok(answer);
        });
    }

    @Get("/complaints/{id}/access")
    public HttpResponse<Object> whoViewed(
            APIGatewayV2HTTPEvent event, @PathVariable String id, @Nullable @QueryValue String page) {
        return SignedInApi.asStaff(event, who -> {
            if (!Permissions.maySeeWhoViewed(who)) {
                LOG.info("who viewed refused: not in the complaints team");
                return Answers.forbidden();
            }
            ComplaintId complaintId;
            try {
                complaintId = new ComplaintId(id);
            } catch (IllegalArgumentException | NullPointerException e) {
                return Answers.notFound();
            }
            RecordingAccess.Listing listing = access.whoViewed(who, complaintId, page);
            if (!(listing instanceof RecordingAccess.Listing.Found found)) {
                return listing instanceof RecordingAccess.Listing.Forbidden ? Answers.forbidden() : Answers.notFound();
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("complaintId", complaintId.value());
            answer.put(
                    "accesses",
                    found.page().events().stream()
                            .map(SubjectAccessExports::access)
                            .toList());
            answer.put("nextPage", found.page().nextPageToken());
            LOG.info(
                    "who viewed {}: {} accesses",
                    complaintId,
                    found.page().events().size());
            return HttpResponse.ok(answer);
        });
    }

    @Post("/subject-access")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<Object> search(APIGatewayV2HTTPEvent event) {
        byte[] body = RequestBodies.of(event);
        return SignedInApi.asStaff(event, who -> {
            if (!Permissions.mayExportSubjectAccess(who)) {
                LOG.info("subject access refused: not in the complaints team");
                return Answers.forbidden();
            }
            Read read = read(body);
            if (read.problem() != null) {
                return read.problem();
            }
            ExportingSubjectAccess.Answer answer = subjectAccess.find(who, read.person(), SEARCH_ROUTE);
            return answered(
                    answer,
                    found -> HttpResponse.ok(
                            Map.of("complaints", SubjectAccessExports.summaries(found.complaints(), today()))));
        });
    }

    @Post("/subject-access/export")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<Object> export(APIGatewayV2HTTPEvent event) {
        byte[] body = RequestBodies.of(event);
        return SignedInApi.asStaff(event, who -> {
            if (!Permissions.mayExportSubjectAccess(who)) {
                LOG.info("subject access refused: not in the complaints team");
                return Answers.forbidden();
            }
            Read read = read(body);
            if (read.problem() != null) {
                return read.problem();
            }
            ExportingSubjectAccess.Answer answer = subjectAccess.export(who, read.person(), "JSON", EXPORT_ROUTE);
            return answered(
                    answer,
                    found -> HttpResponse.ok((Object)
                                    SubjectAccessExports.document(found.complaints(), clock.instant(), today()))
                            .header("Content-Disposition", "attachment; filename=\"subject-access-export.json\""));
        });
    }

    private HttpResponse<Object> answered(
            ExportingSubjectAccess.Answer answer,
            java.util.function.Function<ExportingSubjectAccess.Answer.Found, HttpResponse<Object>> found) {
        if (answer instanceof ExportingSubjectAccess.Answer.Forbidden) {
            LOG.info("subject access refused: not in the complaints team");
            return Answers.forbidden();
        }
        if (answer instanceof ExportingSubjectAccess.Answer.Invalid invalid) {
            return Answers.problems(invalid.errors());
        }
        if (answer instanceof ExportingSubjectAccess.Answer.Busy) {
            return Answers.message(
                    io.micronaut.http.HttpStatus.CONFLICT,
                    "body",
                    "A complaint changed while it was being exported. Send the request again.");
        }
        ExportingSubjectAccess.Answer.Found f = (ExportingSubjectAccess.Answer.Found) answer;
        LOG.info("subject access: {} complaints", f.complaints().size());
        return found.apply(f);
    }

    /** The person a body names, or the answer saying what is wrong with the body. */
    private record Read(ExportingSubjectAccess.Person person, HttpResponse<Object> problem) {}

    private Read read(byte[] body) {
        if (RequestBodies.tooLarge(body)) {
            return new Read(null, Answers.tooLarge());
        }
        Optional<JsonNode> json = bodies.parse(body);
        Optional<JsonFields> fields = json.flatMap(j -> JsonFields.of(j, PERSON_FIELDS));
        if (fields.isEmpty()) {
            return new Read(
                    null, Answers.problems(List.of(bodies.duplicateField(body).orElseGet(JsonFields::notAnObject))));
        }
        JsonFields f = fields.get();
        String email = f.text("email");
        String phone = f.text("phone");
        String name = f.text("name");
        if (!f.problems().isEmpty()) {
            return new Read(null, Answers.problems(f.problems()));
        }
        return new Read(new ExportingSubjectAccess.Person(email, phone, name), null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CouncilTime.ZONE));
    }
}
