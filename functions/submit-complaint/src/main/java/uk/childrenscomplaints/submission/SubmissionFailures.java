package uk.childrenscomplaints.submission;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.deadlines.StatusLinks;
import uk.childrenscomplaints.complaint.infrastructure.AwsOutage;
import uk.childrenscomplaints.complaint.model.Teams;
import uk.childrenscomplaints.web.FailureAnswers;
import uk.childrenscomplaints.web.FormAnswers;
import uk.childrenscomplaints.web.ProblemList;

/**
 * The public function's answers when the council's systems fail (issue 13, finding 3). The form comes back with every
 * answer kept and the same form token, so sending it again stores the complaint once; the status pages show a plain
 * page with nothing from the complaint and not the link's token; the API answers 503 in the documented shape.
 */
@Singleton
public class SubmissionFailures implements FailureAnswers {
    static final String BUSY_VIEW = "busy";
    /** The error summary's entry is about the whole form, so it links to the page's main content. */
    static final String WHOLE_PAGE = "main-content";

    static final String FORM_BUSY = "Sorry, the council's system is busy and your complaint may not have been sent. "
            + "Your answers are below: check them and send the form again in a few minutes. If it did arrive the "
            + "first time, sending again will not make a second complaint.";
    static final String FORM_FAILED = "Sorry, something went wrong on our side and your complaint may not have been "
            + "sent. Your answers are below: send the form again in a few minutes. If it did arrive the first time, "
            + "sending again will not make a second complaint.";
    static final String API_BUSY = "The complaint may or may not have been stored: send the same request again with "
            + "the same Idempotency-Key, and it will be stored once.";

    private final Teams teams;

    public SubmissionFailures(Teams teams) {
        this.teams = teams;
    }

    @Override
    public boolean serves(HttpRequest<?> request) {
        String path = request.getPath();
        return path.equals("/complaints") || path.startsWith("/complaints/") || path.startsWith("/assets/");
    }

    @Override
    public boolean isOutage(Throwable failure) {
        return AwsOutage.is(failure);
    }

    @Override
    public HttpResponse<?> busy(HttpRequest<?> request) {
        if (isForm(request)) {
            return formAgain(request, FORM_BUSY, HttpStatus.SERVICE_UNAVAILABLE);
        }
        if (wantsPage(request)) {
            return page(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "Sorry, the service is busy",
                    "The council's system is busy. Nothing about your complaint has changed. Try again in a few "
                            + "minutes, using the same link.");
        }
        return ProblemList.busy(request.getMethod() == HttpMethod.POST ? API_BUSY : "");
    }

    @Override
    public HttpResponse<?> failed(HttpRequest<?> request) {
        if (isForm(request)) {
            return formAgain(request, FORM_FAILED, HttpStatus.INTERNAL_SERVER_ERROR);
        }
        if (wantsPage(request)) {
            return page(
                    HttpStatus.INTERNAL_SERVER_ERROR,
                    "Sorry, there is a problem with the service",
                    "Something went wrong on our side. Try again later, using the same link.");
        }
        return ProblemList.failed();
    }

    /** The public form's POST: the API's POST to the same address sends JSON. */
    private static boolean isForm(HttpRequest<?> request) {
        return request.getMethod() == HttpMethod.POST
                && request.getPath().equals("/complaints")
                && request.getContentType()
                        .map(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
                        .orElse(false);
    }

    /** Everything under /complaints but the JSON API is a page: the form, the status page and its Stage 2 form. */
    private static boolean wantsPage(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.equals(StatusLinks.PATH)
                || path.startsWith(StatusLinks.PATH + "/")
                || path.startsWith("/complaints/new")
                || path.startsWith(YoungPeopleFormController.PATH)) {
            return true;
        }
        return !path.equals("/complaints")
                && request.getHeaders().accept().stream().anyMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE));
    }

    private HttpResponse<?> formAgain(HttpRequest<?> request, String message, HttpStatus status) {
        FormAnswers answers;
        try {
            byte[] body = RawBody.of(request);
            answers = FormAnswers.parse(body == null ? "" : new String(body, StandardCharsets.UTF_8));
        } catch (RuntimeException unreadable) {
            answers = FormAnswers.none();
        }
        String token = sameToken(answers.text("formToken"));
        Map<String, Object> model =
                FormPage.withAnswers(teams, answers, List.of(new FieldError(WHOLE_PAGE, message)), token);
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(ProblemList.RETRY_AFTER_SECONDS))
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(new ModelAndView<>(FormPage.VIEW, model));
    }

    /** The token the failed submission used, so a second send finds the first if it was stored after all. */
    private static String sameToken(String token) {
        try {
            return token == null
                    ? UUID.randomUUID().toString()
                    : UUID.fromString(token).toString();
        } catch (IllegalArgumentException e) {
            return UUID.randomUUID().toString();
        }
    }

    private static HttpResponse<?> page(HttpStatus status, String title, String message) {
        var response = HttpResponse.<ModelAndView<Map<String, Object>>>status(status)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(new ModelAndView<>(BUSY_VIEW, Map.of("title", title, "message", message)));
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(ProblemList.RETRY_AFTER_SECONDS));
        }
        return response;
    }
}
