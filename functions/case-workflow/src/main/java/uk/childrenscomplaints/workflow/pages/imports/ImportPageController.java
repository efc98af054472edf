package uk.childrenscomplaints.workflow.pages.imports;

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
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.complaint.application.casework.Permissions;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.application.importing.ImportResult;
import uk.childrenscomplaints.complaint.application.importing.ImportingPastComplaints;
import uk.childrenscomplaints.workflow.pages.support.SignedInPages;
import uk.childrenscomplaints.workflow.signin.StaffSession;
import uk.childrenscomplaints.workflow.staff.RequestBodies;
import uk.childrenscomplaints.workflow.staff.StaffPages;

/**
 * The import page: the complaints team uploads a CSV file of past complaints ({@code multipart/form-data}, the form
 * token a field of it) to {@link ImportingPastComplaints}, the use case behind {@code POST /staff/imports}. A good file
 * ends on this page with the counts (only counts in the address); a bad one lists every problem with its line and
 * column, and nothing is stored. The file's contents and name are never logged or echoed.
 */
@Controller("/staff/pages")
@Produces(MediaType.TEXT_HTML)
public class ImportPageController {
    private static final Logger LOG = LoggerFactory.getLogger(ImportPageController.class);
    static final String PATH = "/staff/pages/import";
    static final String VIEW = "staff/import";

    private final ImportingPastComplaints importing;
    private final StaffSession sessions;

    public ImportPageController(ImportingPastComplaints importing, StaffSession sessions) {
        this.importing = importing;
        this.sessions = sessions;
    }

    @Get("/import")
    public HttpResponse<?> page(
            APIGatewayV2HTTPEvent event,
            @Nullable @QueryValue String imported,
            @Nullable @QueryValue String alreadyPresent) {
        return SignedInPages.page(sessions, event, (session, who) -> {
            Map<String, Object> m = model(who);
            if (count(imported) >= 0 && count(alreadyPresent) >= 0) {
                m.put("imported", count(imported));
                m.put("alreadyPresent", count(alreadyPresent));
            }
            return SignedInPages.view(HttpStatus.OK, VIEW, m, session, who);
        });
    }

    @Post("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<?> upload(APIGatewayV2HTTPEvent event) {
        return SignedInPages.page(sessions, event, (session, who) -> {
            MultipartBody body = MultipartBody.parse(event);
            if (!SignedInPages.formAccepted(
                    sessions, event, session, body.fields().get(StaffSession.CSRF_FIELD))) {
                LOG.info("staff import form refused: form token or origin not this session's");
                return StaffPages.forbiddenForm();
            }
            if (!Permissions.mayImport(who)) {
                LOG.info("staff import refused: not in the complaints team");
                return StaffPages.problem(
                        HttpStatus.FORBIDDEN,
                        "Only the complaints team can import complaints",
                        "Nothing was imported. Ask the complaints team to import the file.");
            }
            MultipartBody.Upload file = body.files().get("file");
            if (file == null || file.filename().isBlank()) {
                return problems(HttpStatus.BAD_REQUEST, who, "Choose a CSV file to import", List.of(), session);
            }
            if (file.content().length > RequestBodies.MAX_CSV_BYTES) {
                return problems(
                        HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                        who,
                        "The file is over the 5 MB limit: split it "
                                + "into smaller files, each with the header row, and import each",
                        List.of(),
                        session);
            }
            ImportResult result = importing.importFile(who, file.content());
            if (result instanceof ImportResult.Rejected rejected) {
                LOG.info("staff import rejected: {} problems, nothing stored", rejected.total());
                int n = rejected.total();
                return problems(
                        HttpStatus.BAD_REQUEST,
                        who,
                        String.format("The file has %,d", n) + (n == 1 ? " problem" : " problems")
                                + ", so nothing was imported: correct each row listed below and import the file again"
                                + (rejected.notShown() == 0
                                        ? ""
                                        : String.format(
                                                " (and %,d more problems not listed: import the file again after"
                                                        + " correcting these to see them)",
                                                rejected.notShown())),
                        rejected.problems().stream()
                                .map(p -> {
                                    Map<String, Object> row = new LinkedHashMap<>();
                                    row.put("line", p.line());
                                    row.put("column", p.column() == null ? "Whole row" : p.column());
                                    row.put("message", p.message());
                                    return row;
                                })
                                .toList(),
                        session);
            }
            if (result instanceof ImportResult.Imported done) {
                LOG.info(
                        "staff import: {} imported, {} already present, {} failed",
                        done.imported(),
                        done.alreadyPresent(),
                        done.failed());
                if (done.failed() > 0) {
                    return problems(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            who,
                            done.failed() + " rows could not be stored "
                                    + "just now: import the same file again (rows already stored are skipped)",
                            List.of(),
                            session);
                }
                return HttpResponse.seeOther(
                        URI.create(PATH + "?imported=" + done.imported() + "&alreadyPresent=" + done.alreadyPresent()));
            }
            return StaffPages.problem(
                    HttpStatus.FORBIDDEN,
                    "Only the complaints team can import complaints",
                    "Nothing was imported. Ask the complaints team to import the file.");
        });
    }

    private HttpResponse<?> problems(
            HttpStatus status,
            StaffMember who,
            String summary,
            List<Map<String, Object>> rows,
            StaffSession.Signed session) {
        Map<String, Object> m = model(who);
        m.put("errors", List.of(Map.of("href", rows.isEmpty() ? "#file" : "#problems", "message", summary)));
        m.put("fileError", summary);
        m.put("problems", rows);
        return SignedInPages.view(status, VIEW, m, session, who);
    }

    private static Map<String, Object> model(StaffMember who) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "Import past complaints");
        m.put("path", PATH);
        m.put("mayImport", Permissions.mayImport(who));
        m.put("columns", ImportingPastComplaints.columns());
        m.put("problems", List.of());
        return m;
    }

    /** A count from the address, or -1 when it is missing or not a count. */
    private static int count(String value) {
        try {
            int n = value == null ? -1 : Integer.parseInt(value);
            return n < 0 ? -1 : n;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
