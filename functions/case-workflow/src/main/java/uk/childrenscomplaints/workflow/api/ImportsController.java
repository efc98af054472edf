package uk.childrenscomplaints.workflow.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.complaint.application.importing.ImportResult;
import uk.childrenscomplaints.complaint.application.importing.ImportingPastComplaints;
import uk.childrenscomplaints.workflow.staff.RequestBodies;

/**
 * {@code POST /staff/imports}: the complaints team sends a CSV file of past complaints (docs/roles.md). Every row is
 * checked before any is stored: 200 with the counts, or 422 with every problem and nothing stored. Logs carry counts
 * only, never the file's contents.
 */
@Controller("/staff/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsController {
    private static final Logger LOG = LoggerFactory.getLogger(ImportsController.class);
    /** About 25,000 rows; the Lambda request limit (6 MB) leaves room for the event around the body. */
    private final ImportingPastComplaints importing;

    public ImportsController(ImportingPastComplaints importing) {
        this.importing = importing;
    }

    @Post
    @Consumes(MediaType.ALL)
    public HttpResponse<Object> importFile(
            APIGatewayV2HTTPEvent event, @Nullable @Header("Content-Type") String contentType) {
        byte[] body = RequestBodies.of(event);
        return SignedInApi.asStaff(event, who -> {
            if (!isCsvInUtf8(contentType)) {
                return Answers.message(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "Content-Type",
                        "Send the file as Content-Type: text/csv " + "(UTF-8), with the header row first");
            }
            if (body != null && body.length > RequestBodies.MAX_CSV_BYTES) {
                return Answers.message(
                        HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                        "body",
                        "The file is over the 5 MB limit: split "
                                + "it into smaller files (each with the header row) and import each; importing a row twice "
                                + "adds nothing");
            }
            ImportResult result = importing.importFile(who, body == null ? new byte[0] : body);
            if (result instanceof ImportResult.Forbidden) {
                LOG.info("import refused: not in the complaints team");
                return Answers.forbidden();
            }
            if (result instanceof ImportResult.Rejected rejected) {
                LOG.info("import rejected: {} problems, nothing stored", rejected.total());
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put(
                        "problems",
                        rejected.problems().stream()
                                .map(p -> {
                                    Map<String, Object> one = new LinkedHashMap<>();
                                    one.put("line", p.line());
                                    one.put("column", p.column());
                                    one.put("message", p.message());
                                    return one;
                                })
                                .toList());
                answer.put("total", rejected.total());
                answer.put("notShown", rejected.notShown());
                return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(answer);
            }
            ImportResult.Imported imported = (ImportResult.Imported) result;
            LOG.info(
                    "import: {} imported, {} already present, {} failed",
                    imported.imported(),
                    imported.alreadyPresent(),
                    imported.failed());
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("imported", imported.imported());
            counts.put("alreadyPresent", imported.alreadyPresent());
            if (imported.failed() == 0) {
                return HttpResponse.ok(counts);
            }
            counts.put("failed", imported.failed());
            counts.put(
                    "message",
                    imported.failed() + " rows could not be stored just now: import the same file again "
                            + "(rows already stored are skipped)");
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(counts);
        });
    }

    /** text/csv, with no charset or UTF-8 (the format the import reads). */
    static boolean isCsvInUtf8(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].trim().equalsIgnoreCase("text/csv")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].split("=", 2);
            if (param[0].trim().equalsIgnoreCase("charset")
                    && param.length == 2
                    && !List.of("utf-8", "utf8")
                            .contains(param[1].trim().replace("\"", "").toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
