package uk.childrenscomplaints.workflow.pages.access;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.access.ExportingSubjectAccess;
import uk.childrenscomplaints.complaint.application.access.RecordingAccess;
import uk.childrenscomplaints.complaint.application.casework.Permissions;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.workflow.pages.support.Dates;
import uk.childrenscomplaints.workflow.pages.support.SignedInPages;
import uk.childrenscomplaints.workflow.signin.StaffSession;
import uk.childrenscomplaints.workflow.staff.FormBody;
import uk.childrenscomplaints.workflow.staff.RequestBodies;
import uk.childrenscomplaints.workflow.staff.StaffPages;
import uk.childrenscomplaints.workflow.staff.SubjectAccessExports;

/**
 * Who looked and subject access, as pages (decision 029): a director's listing of one member of staff's accesses, and
 * the complaints team's "Subject access request" page (search, results, downloads). The person's email and phone go
 * in POSTed forms only, never in an address. Logs carry counts only.
 */
@Controller("/staff/pages")
@Produces(MediaType.TEXT_HTML)
public class AccessPagesController {
    private static final Logger LOG = LoggerFactory.getLogger(AccessPagesController.class);
    static final String ACCESS_PATH = "/staff/pages/access";
    static final String SUBJECT_ACCESS_PATH = "/staff/pages/subject-access";
    static final String EXPORT_PATH = "/staff/pages/subject-access/export";

    private final RecordingAccess access;
    private final ExportingSubjectAccess subjectAccess;
    private final StaffSession sessions;
    private final JsonMapper json;
    private final Clock clock;

    public AccessPagesController(
            RecordingAccess access,
            ExportingSubjectAccess subjectAccess,
            StaffSession sessions,
            JsonMapper json,
            Clock clock) {
        this.access = access;
        this.subjectAccess = subjectAccess;
        this.sessions = sessions;
        this.json = json;
        this.clock = clock;
    }

    @Get("/access")
    public HttpResponse<?> accesses(
            APIGatewayV2HTTPEvent event,
            @Nullable @QueryValue String user,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String page) {
        return SignedInPages.page(sessions, event, (session, who) -> {
            if (!Permissions.mayListAccessesByStaff(who)) {
                return forbidden("Only a director can list what a member of staff has read.");
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", "Who looked");
            m.put("path", ACCESS_PATH);
            m.put("user", user);
            m.put("from", from);
            m.put("to", to);
            List<FieldError> problems = new ArrayList<>();
            boolean asked = present(user) || present(from) || present(to);
            if (asked) {
                LocalDate fromDate = date("from", from, problems);
                LocalDate toDate = date("to", to, problems);
                if (problems.isEmpty()) {
                    RecordingAccess.Listing listing = access.accessesBy(who, user, fromDate, toDate, page);
                    if (listing instanceof RecordingAccess.Listing.Invalid invalid) {
                        problems.addAll(invalid.errors());
                    } else if (listing instanceof RecordingAccess.Listing.Found found) {
                        m.put("accesses", AccessRows.of(found.page().events()));
                        String next = found.page().nextPageToken();
                        m.put(
                                "nextHref",
                                next == null
                                        ? null
                                        : ACCESS_PATH + "?user=" + encode(user.trim()) + "&from=" + fromDate + "&to="
                                                + toDate + "&page=" + encode(next));
                        LOG.info(
                                "staff access listing page: {} accesses",
                                found.page().events().size());
                    }
                }
            }
            m.put("errors", links(problems));
            m.put("err", byField(problems));
            return SignedInPages.view(
                    problems.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST, "staff/access", m, session, who);
        });
    }

    @Get("/subject-access")
    public HttpResponse<?> subjectAccessForm(APIGatewayV2HTTPEvent event) {
        return SignedInPages.page(sessions, event, (session, who) -> {
            if (!Permissions.mayExportSubjectAccess(who)) {
                return forbidden("Only the complaints team answers subject access requests.");
            }
            return SignedInPages.view(
                    HttpStatus.OK, "staff/subject-access", searchModel(null, List.of()), session, who);
        });
    }

    @Post("/subject-access")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> search(APIGatewayV2HTTPEvent event) {
        return SignedInPages.page(sessions, event, (session, who) -> {
            FormBody body = FormBody.parse(event);
            HttpResponse<?> refused = refusal(event, session, who, body);
            if (refused != null) {
                return refused;
            }
            ExportingSubjectAccess.Person person = person(body);
            ExportingSubjectAccess.Answer answer = subjectAccess.find(who, person, "POST " + SUBJECT_ACCESS_PATH);
            if (answer instanceof ExportingSubjectAccess.Answer.Invalid invalid) {
                Map<String, Object> m = searchModel(person, invalid.errors());
                return SignedInPages.view(HttpStatus.BAD_REQUEST, "staff/subject-access", m, session, who);
            }
            List<Complaint> found = ((ExportingSubjectAccess.Answer.Found) answer).complaints();
            Map<String, Object> m = searchModel(person, List.of());
            LocalDate today = today();
            m.put(
                    "results",
                    found.stream()
                            .map(c -> Map.<String, Object>of(
                                    "reference", c.reference().toString(),
                                    "href", StaffPages.complaint(c.id().value()),
                                    "receivedOn", Dates.text(c.intake().receivedOn()),
                                    "state", c.state().label(),
                                    "overdue", c.isOverdue(today)))
                            .toList());
            LOG.info("staff subject access search: {} complaints", found.size());
            return SignedInPages.view(HttpStatus.OK, "staff/subject-access", m, session, who);
        });
    }

    @Post("/subject-access/export")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public HttpResponse<?> export(APIGatewayV2HTTPEvent event) {
        return SignedInPages.page(sessions, event, (session, who) -> {
            FormBody body = FormBody.parse(event);
            HttpResponse<?> refused = refusal(event, session, who, body);
            if (refused != null) {
                return refused;
            }
            boolean asJson = "json".equals(body.first("format"));
            ExportingSubjectAccess.Person person = person(body);
            ExportingSubjectAccess.Answer answer =
                    subjectAccess.export(who, person, asJson ? "JSON" : "an HTML document", "POST " + EXPORT_PATH);
            if (answer instanceof ExportingSubjectAccess.Answer.Invalid invalid) {
                return SignedInPages.view(
                        HttpStatus.BAD_REQUEST,
                        "staff/subject-access",
                        searchModel(person, invalid.errors()),
                        session,
                        who);
            }
            if (answer instanceof ExportingSubjectAccess.Answer.Busy) {
                return StaffPages.problem(
                        HttpStatus.CONFLICT,
                        "A complaint changed while it was being exported",
                        "Someone changed one of the complaints at the same moment. Go back and download it again.");
            }
            List<Complaint> found = ((ExportingSubjectAccess.Answer.Found) answer).complaints();
            Map<String, Object> document = SubjectAccessExports.document(found, clock.instant(), today());
            LOG.info("staff subject access export: {} complaints, {}", found.size(), asJson ? "json" : "html");
            if (asJson) {
                return HttpResponse.ok(bytes(document))
                        .contentType(MediaType.APPLICATION_JSON_TYPE)
                        .header("Content-Disposition", "attachment; filename=\"subject-access-export.json\"");
            }
            Map<String, Object> m = new LinkedHashMap<>(ExportDocument.model(document));
            m.put("title", "Subject access export");
            return HttpResponse.ok(new ModelAndView<>("staff/subject-access-export", m))
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"subject-access-export.html\"");
        });
    }

    /** A refusal before anything is read: the form's token, the member's role, the body's size. */
    private HttpResponse<?> refusal(
            APIGatewayV2HTTPEvent event, StaffSession.Signed session, StaffMember who, FormBody body) {
        if (!SignedInPages.formAccepted(sessions, event, session, body.first(StaffSession.CSRF_FIELD))) {
            LOG.info("staff subject access form refused: form token or origin not this session's");
            return StaffPages.forbiddenForm();
        }
        if (!Permissions.mayExportSubjectAccess(who)) {
            return forbidden("Only the complaints team answers subject access requests.");
        }
        if (body.bytes() > RequestBodies.MAX_BYTES) {
            return StaffPages.problem(
                    HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "What you sent is too long",
                    "The form is over the 64 KB limit. Enter only an email address, phone number or name.");
        }
        return null;
    }

    private static ExportingSubjectAccess.Person person(FormBody body) {
        return new ExportingSubjectAccess.Person(body.first("email"), body.first("phone"), body.first("name"));
    }

    private static Map<String, Object> searchModel(ExportingSubjectAccess.Person person, List<FieldError> problems) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "Subject access request");
        m.put("path", SUBJECT_ACCESS_PATH);
        m.put("exportPath", EXPORT_PATH);
        m.put("email", person == null ? null : person.email());
        m.put("phone", person == null ? null : person.phone());
        m.put("name", person == null ? null : person.name());
        m.put("errors", links(problems));
        m.put("err", byField(problems));
        return m;
    }

    private static HttpResponse<?> forbidden(String why) {
        return StaffPages.problem(HttpStatus.FORBIDDEN, "You cannot use this page", why);
    }

    private byte[] bytes(Map<String, Object> document) {
        try {
            return json.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(String field, String value, List<FieldError> problems) {
        if (!present(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldError(field, "Enter a real date written as YYYY-MM-DD, like 2027-01-04"));
            return null;
        }
    }

    private static List<Map<String, Object>> links(List<FieldError> problems) {
        return problems.stream()
                .map(p -> Map.<String, Object>of("href", "#" + p.field(), "message", p.message()))
                .toList();
    }

    private static Map<String, String> byField(List<FieldError> problems) {
        Map<String, String> m = new LinkedHashMap<>();
        problems.forEach(p -> m.putIfAbsent(p.field(), p.message()));
        return m;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CouncilTime.ZONE));
    }
}
