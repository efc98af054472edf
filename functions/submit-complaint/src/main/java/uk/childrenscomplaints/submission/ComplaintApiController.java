package uk.childrenscomplaints.submission;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.intake.NewComplaint;
import uk.childrenscomplaints.complaint.application.intake.PublicSubmission;
import uk.childrenscomplaints.complaint.application.intake.SubmissionResult;
import uk.childrenscomplaints.complaint.application.intake.SubmittingComplaint;
import uk.childrenscomplaints.observability.BusinessMetrics;
import uk.childrenscomplaints.observability.LogContext;
import uk.childrenscomplaints.web.JsonBodies;
import uk.childrenscomplaints.web.ProblemList;
import uk.childrenscomplaints.web.StrictJson;

/**
 * The JSON API: the same complaint as the form, for API clients ({@code POST /complaints}, keyed by the
 * {@code Idempotency-Key} header). Staff log complaints that came another way through the case-workflow function's
 * {@code POST /staff/complaints}, behind staff sign-in.
 */
@Controller
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintApiController {
    private static final Logger LOG = LoggerFactory.getLogger(ComplaintApiController.class);

    static final String KEY_REUSED = "This Idempotency-Key was already used for a complaint with different answers,"
            + " so nothing was stored. Send a new complaint with a new key (a new UUID); to retry a complaint, send"
            + " exactly the same body with its key.";

    private final SubmittingComplaint submitting;
    private final BusinessMetrics metrics;
    private final Clock clock;

    public ComplaintApiController(SubmittingComplaint submitting, BusinessMetrics metrics, Clock clock) {
        this.submitting = submitting;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Post("/complaints")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<Object> submit(
            HttpRequest<?> request,
            APIGatewayV2HTTPEvent event,
            @Nullable @Header("Idempotency-Key") String idempotencyKey,
            @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType) {
        // The router lets a body with no Content-Type reach the first route; it is no more JSON than it is a form.
        if (contentType == null || contentType.isBlank()) {
            LOG.info("api refused: no Content-Type");
            return ProblemList.unsupportedContentType(
                    java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED));
        }
        // Read as sent, not bound: the framework answers an empty body with its own error shape before we see it.
        byte[] body = RawBody.of(request);
        PublicSubmission from =
                new PublicSubmission(PublicSubmission.Channel.API, idempotencyKey, SourceAddress.of(event));
        return handle(body, complaint -> submitting.submit(complaint, from));
    }

    private HttpResponse<Object> handle(byte[] body, Function<NewComplaint, SubmissionResult> useCase) {
        if (body != null && body.length > BodyLimit.MAX_BYTES) {
            LOG.info("api refused: body of {} bytes is over the limit", body.length);
            return ProblemList.tooLarge(BodyLimit.TOO_LARGE);
        }
        JsonNode root;
        try {
            root = JsonBodies.read(body);
        } catch (IOException | RuntimeException e) {
            var duplicate = StrictJson.duplicateField(e);
            if (duplicate.isPresent()) {
                LOG.info("api refused: a field is given twice");
                return refused(java.util.List.of(duplicate.get()));
            }
            LOG.info("api refused: body is not valid JSON");
            return ProblemList.badRequest(
                    "body",
                    "The body is not valid JSON. Send one JSON object, with field names and strings in double quotes.");
        }
        JsonComplaint.Read read = JsonComplaint.read(root);
        if (!read.problems().isEmpty()) {
            return refused(read.problems());
        }
        SubmissionResult result = useCase.apply(read.complaint());
        if (result instanceof SubmissionResult.Invalid invalid) {
            return refused(invalid.errors());
        }
        if (result instanceof SubmissionResult.KeyReused) {
            LOG.info("api refused: Idempotency-Key already used with a different body");
            return ProblemList.of("Idempotency-Key", KEY_REUSED).answer(HttpStatus.CONFLICT);
        }
        if (result instanceof SubmissionResult.TooMany tooMany) {
            LOG.info("api refused: over a submission limit");
            return ProblemList.of("body", TooManyPage.message(tooMany))
                    .answer(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, TooManyPage.retryAfterSeconds(tooMany, clock));
        }
        SubmissionResult.Accepted accepted = (SubmissionResult.Accepted) result;
        LogContext.complaint(accepted.complaint().id(), accepted.complaint().reference());
        if (!accepted.replayed()) {
            metrics.complaintReceived(BusinessMetrics.API);
        }
        LOG.info(
                "complaint accepted from api: id={} reference={} replayed={}",
                accepted.complaint().id(),
                accepted.complaint().reference(),
                accepted.replayed());
        return HttpResponse.status(accepted.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(ComplaintAccepted.of(accepted.complaint(), accepted.replayed())
                        .json());
    }

    private static HttpResponse<Object> refused(java.util.List<FieldError> errors) {
        // Field names are the API's vocabulary, not personal data; the values never reach a log.
        LOG.info(
                "api refused: {} field errors in {}",
                errors.size(),
                errors.stream()
                        .map(FieldError::field)
                        .filter(JsonComplaintFields::isKnown)
                        .distinct()
                        .collect(Collectors.joining(",")));
        return ProblemList.badRequest(errors);
    }
}
