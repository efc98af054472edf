package uk.childrenscomplaints.submission;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.ModelAndView;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.intake.NewComplaintValidation;
import uk.childrenscomplaints.complaint.application.intake.PublicSubmission;
import uk.childrenscomplaints.complaint.application.intake.SubmissionResult;
import uk.childrenscomplaints.complaint.application.intake.SubmittingComplaint;
import uk.childrenscomplaints.complaint.model.Teams;
import uk.childrenscomplaints.observability.BusinessMetrics;
import uk.childrenscomplaints.observability.LogContext;
import uk.childrenscomplaints.web.FormAnswers;

/**
 * The public form: shows it, and takes it back. Works without JavaScript; a mistake re-shows the form with every
 * answer kept. Nothing personal goes into a URL or a log line.
 */
@Controller
public class ComplaintFormController {
    private static final Logger LOG = LoggerFactory.getLogger(ComplaintFormController.class);
    private static final ZoneId LONDON = CouncilTime.ZONE;
    static final String ALREADY_SENT_VIEW = "form-already-sent";

    private final SubmittingComplaint submitting;
    private final Teams teams;
    private final Clock clock;
    private final BusinessMetrics metrics;

    public ComplaintFormController(SubmittingComplaint submitting, Teams teams, Clock clock, BusinessMetrics metrics) {
        this.submitting = submitting;
        this.teams = teams;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Get("/complaints/new")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<ModelAndView<Map<String, Object>>> form() {
        return HttpResponse.ok(new ModelAndView<>(
                FormPage.VIEW, FormPage.blank(teams, UUID.randomUUID().toString())));
    }

    @Post("/complaints")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<ModelAndView<Map<String, Object>>> submit(HttpRequest<?> request, APIGatewayV2HTTPEvent event) {
        byte[] body = RawBody.of(request);
        if (body != null && body.length > BodyLimit.MAX_BYTES) {
            LOG.info("form refused: body of {} bytes is over the limit", body.length);
            return Pages.problem(
                    HttpStatus.REQUEST_ENTITY_TOO_LARGE, "Your complaint is too long", BodyLimit.TOO_LARGE);
        }
        FormAnswers answers;
        try {
            answers = FormAnswers.parse(body == null ? "" : new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            LOG.info("form refused: body is not valid form encoding");
            return Pages.problem(
                    HttpStatus.BAD_REQUEST,
                    "Sorry, there is a problem with the form",
                    "We could not read what was sent. Go back to the form and try again.");
        }
        ComplaintForm.Read read = ComplaintForm.read(answers);
        String token = formToken(read.formToken());
        if (!read.unreadable().isEmpty()) {
            return invalid(answers, merge(read.unreadable(), validationOnly(read)), token);
        }
        SubmissionResult result = submitting.submit(
                read.complaint(), new PublicSubmission(PublicSubmission.Channel.FORM, token, SourceAddress.of(event)));
        if (result instanceof SubmissionResult.Invalid invalid) {
            return invalid(answers, invalid.errors(), token);
        }
        if (result instanceof SubmissionResult.KeyReused) {
            LOG.info("form refused: this form's token was already sent with different answers");
            return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.CONFLICT)
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .body(new ModelAndView<>(ALREADY_SENT_VIEW, Map.of()));
        }
        if (result instanceof SubmissionResult.TooMany tooMany) {
            LOG.info("form refused: over a submission limit");
            return TooManyPage.page(tooMany, clock);
        }
        SubmissionResult.Accepted accepted = (SubmissionResult.Accepted) result;
        LogContext.complaint(accepted.complaint().id(), accepted.complaint().reference());
        if (!accepted.replayed()) {
            metrics.complaintReceived(BusinessMetrics.ONLINE_FORM);
        }
        LOG.info(
                "complaint accepted from form: id={} reference={} replayed={}",
                accepted.complaint().id(),
                accepted.complaint().reference(),
                accepted.replayed());
        return HttpResponse.ok(new ModelAndView<>(ConfirmationPage.VIEW, ConfirmationPage.of(accepted.complaint())));
    }

    /** The page was made with a token; a missing or altered one still gets a key, just not a shared one. */
    private static String formToken(String token) {
        try {
            return token == null
                    ? UUID.randomUUID().toString()
                    : UUID.fromString(token).toString();
        } catch (IllegalArgumentException e) {
            return UUID.randomUUID().toString();
        }
    }

    private List<FieldError> validationOnly(ComplaintForm.Read read) {
        return new NewComplaintValidation(teams).check(read.complaint(), LocalDate.now(clock.withZone(LONDON)));
    }

    /** What the form could not read wins over the rule checks on the same field (which saw it as missing). */
    static List<FieldError> merge(List<FieldError> unreadable, List<FieldError> checked) {
        Set<String> taken = unreadable.stream().map(FieldError::field).collect(Collectors.toSet());
        List<FieldError> all = new ArrayList<>(unreadable);
        checked.stream().filter(e -> !taken.contains(e.field())).forEach(all::add);
        return all;
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> invalid(
            FormAnswers answers, List<FieldError> errors, String token) {
        LOG.info(
                "form refused: {} field errors in {}",
                errors.size(),
                errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(",")));
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                .body(new ModelAndView<>(FormPage.VIEW, FormPage.withAnswers(teams, answers, errors, token)));
    }
}
