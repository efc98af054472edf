package uk.childrenscomplaints.submission;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.http.HttpHeaders;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import uk.childrenscomplaints.complaint.infrastructure.AwsOutage;
import uk.childrenscomplaints.complaint.model.Teams;
import uk.childrenscomplaints.observability.BusinessMetrics;
import uk.childrenscomplaints.observability.LogContext;
import uk.childrenscomplaints.submission.children.Advocacy;
import uk.childrenscomplaints.submission.children.YoungPeopleAnswers;
import uk.childrenscomplaints.submission.children.YoungPeoplePage;
import uk.childrenscomplaints.submission.children.YoungPeopleQuestion;
import uk.childrenscomplaints.web.FormAnswers;
import uk.childrenscomplaints.web.ProblemList;

/**
 * The form for children and young people (issue 16): a start page, then one question per page, a check-your-answers
 * page and the confirmation. Every page posts back to one address with the answers so far in hidden fields, so it works
 * without JavaScript, keeps personal data out of URLs, and calls AWS only when the last page is sent, through the
 * same intake and form token as the adult form.
 */
@Controller
public class YoungPeopleFormController {
    static final String PATH = "/complaints/young-people";
    private static final Logger LOG = LoggerFactory.getLogger(YoungPeopleFormController.class);
    private static final String START = "start";
    private static final String BACK = "back";
    private static final String SEND = "send";
    private static final String CHANGE = "change-";
    static final String BUSY =
            "Sorry, our system is busy. Your answers are still here. Wait a few minutes, then " + "press Send again.";

    private final SubmittingComplaint submitting;
    private final NewComplaintValidation validation;
    private final Teams teams;
    private final Clock clock;
    private final BusinessMetrics metrics;
    private final Advocacy advocacy;

    public YoungPeopleFormController(
            SubmittingComplaint submitting, Teams teams, Clock clock, BusinessMetrics metrics, Advocacy advocacy) {
        this.submitting = submitting;
        this.validation = new NewComplaintValidation(teams);
        this.teams = teams;
        this.clock = clock;
        this.metrics = metrics;
        this.advocacy = advocacy;
    }

    @Get(PATH)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<ModelAndView<Map<String, Object>>> start() {
        return HttpResponse.ok(new ModelAndView<>(
                YoungPeoplePage.START_VIEW,
                YoungPeoplePage.start(UUID.randomUUID().toString(), advocacy)));
    }

    @Post(PATH)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<ModelAndView<Map<String, Object>>> answer(HttpRequest<?> request, APIGatewayV2HTTPEvent event) {
        byte[] body = RawBody.of(request);
        if (body != null && body.length > BodyLimit.MAX_BYTES) {
            LOG.info("young people's form refused: body of {} bytes is over the limit", body.length);
            return Pages.problem(
                    HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "What you wrote is too long",
                    "What you wrote is too long to send. Go back, make it shorter, and try again.");
        }
        FormAnswers form;
        try {
            form = FormAnswers.parse(body == null ? "" : new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            LOG.info("young people's form refused: body is not valid form encoding");
            return Pages.problem(
                    HttpStatus.BAD_REQUEST,
                    "Sorry, there is a problem with the form",
                    "We could not read what was sent. Go back to the start and try again.");
        }
        YoungPeopleAnswers answers = withToken(YoungPeopleAnswers.read(form));
        String go = Optional.ofNullable(form.text("go")).orElse("");
        String pageSlug = Optional.ofNullable(form.text("page")).orElse("");
        if (START.equals(pageSlug)) {
            return show(YoungPeopleQuestion.WHAT_HAPPENED, answers, List.of(), false);
        }
        YoungPeopleQuestion page = YoungPeopleQuestion.parse(pageSlug).orElse(YoungPeopleQuestion.WHAT_HAPPENED);
        boolean fromCheck = YoungPeopleAnswers.YES.equals(form.text("fromCheck"));
        if (BACK.equals(go)) {
            return page.previous()
                    .map(previous -> show(previous, answers, List.of(), false))
                    .orElseGet(this::startAgain);
        }
        if (go.startsWith(CHANGE)) {
            YoungPeopleQuestion change =
                    YoungPeopleQuestion.parse(go.substring(CHANGE.length())).orElse(YoungPeopleQuestion.CHECK);
            return show(change, answers, List.of(), change != YoungPeopleQuestion.CHECK);
        }
        boolean consent = YoungPeopleAnswers.YES.equals(form.text("consent"));
        List<FieldError> intake = validation.check(answers.complaint(consent), today());
        List<FieldError> problems = page.problems(intake, answers);
        if (!problems.isEmpty()) {
            return refused(page, answers, problems, fromCheck);
        }
        if (page != YoungPeopleQuestion.CHECK) {
            YoungPeopleQuestion next = fromCheck ? YoungPeopleQuestion.CHECK : page.next();
            return show(next, answers, List.of(), false);
        }
        if (!SEND.equals(go)) {
            return show(YoungPeopleQuestion.CHECK, answers, List.of(), false);
        }
        // Any answer altered on its way between pages is caught here, on the page that asks it.
        if (!intake.isEmpty()) {
            YoungPeopleQuestion asking =
                    YoungPeopleQuestion.asking(intake.get(0).field());
            return refused(asking, answers, asking.problems(intake, answers), true);
        }
        return send(answers, event);
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> send(
            YoungPeopleAnswers answers, APIGatewayV2HTTPEvent event) {
        SubmissionResult result;
        try {
            result = submitting.submit(
                    answers.complaint(true),
                    new PublicSubmission(PublicSubmission.Channel.FORM, answers.formToken(), SourceAddress.of(event)));
        } catch (RuntimeException e) {
            if (!AwsOutage.is(e)) {
                throw e;
            }
            // The check page again, answers kept: sent again with the same token, it is stored once.
            LOG.warn("young people's form: AWS unavailable ({})", e.getClass().getSimpleName());
            return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(ProblemList.RETRY_AFTER_SECONDS))
                    .body(new ModelAndView<>(
                            YoungPeopleQuestion.CHECK.view(),
                            YoungPeoplePage.question(
                                    YoungPeopleQuestion.CHECK,
                                    answers,
                                    List.of(new FieldError("consent", BUSY)),
                                    false,
                                    teams,
                                    advocacy)));
        }
        if (result instanceof SubmissionResult.Invalid invalid) {
            YoungPeopleQuestion asking =
                    YoungPeopleQuestion.asking(invalid.errors().get(0).field());
            return refused(asking, answers, asking.problems(invalid.errors(), answers), true);
        }
        if (result instanceof SubmissionResult.KeyReused) {
            LOG.info("young people's form refused: this form's token was already sent with different answers");
            return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.CONFLICT)
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .body(new ModelAndView<>(ComplaintFormController.ALREADY_SENT_VIEW, Map.of()));
        }
        if (result instanceof SubmissionResult.TooMany tooMany) {
            LOG.info("young people's form refused: over a submission limit");
            return TooManyPage.page(tooMany, clock);
        }
        SubmissionResult.Accepted accepted = (SubmissionResult.Accepted) result;
        LogContext.complaint(accepted.complaint().id(), accepted.complaint().reference());
        if (!accepted.replayed()) {
            metrics.complaintReceived(BusinessMetrics.CHILDRENS_FORM);
        }
        LOG.info(
                "complaint accepted from the young people's form: id={} reference={} replayed={}",
                accepted.complaint().id(),
                accepted.complaint().reference(),
                accepted.replayed());
        return HttpResponse.ok(new ModelAndView<>(
                YoungPeoplePage.RECEIVED_VIEW, YoungPeoplePage.received(accepted.complaint(), advocacy)));
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> startAgain() {
        return HttpResponse.ok(new ModelAndView<>(
                YoungPeoplePage.START_VIEW,
                YoungPeoplePage.start(UUID.randomUUID().toString(), advocacy)));
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> show(
            YoungPeopleQuestion page, YoungPeopleAnswers answers, List<FieldError> problems, boolean fromCheck) {
        return HttpResponse.ok(new ModelAndView<>(
                page.view(), YoungPeoplePage.question(page, answers, problems, fromCheck, teams, advocacy)));
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> refused(
            YoungPeopleQuestion page, YoungPeopleAnswers answers, List<FieldError> problems, boolean fromCheck) {
        LOG.info(
                "young people's form: {} problems on the {} page in {}",
                problems.size(),
                page.slug(),
                problems.stream().map(FieldError::field).distinct().collect(Collectors.joining(",")));
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                .body(new ModelAndView<>(
                        page.view(), YoungPeoplePage.question(page, answers, problems, fromCheck, teams, advocacy)));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CouncilTime.ZONE));
    }

    /** The start page made a token; a missing or altered one still gets a key, just not a shared one. */
    private static YoungPeopleAnswers withToken(YoungPeopleAnswers a) {
        String token;
        try {
            token = a.formToken() == null
                    ? UUID.randomUUID().toString()
                    : UUID.fromString(a.formToken()).toString();
        } catch (IllegalArgumentException e) {
            token = UUID.randomUUID().toString();
        }
        return new YoungPeopleAnswers(
                a.whatHappened(),
                a.team(),
                a.desiredOutcome(),
                a.complainantName(),
                a.email(),
                a.phone(),
                a.viaAdvocate(),
                token);
    }
}
