package uk.childrenscomplaints.submission;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.ModelAndView;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.casework.CaseResult;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.deadlines.StatusLinks;
import uk.childrenscomplaints.complaint.application.intake.RequestingStage2ByComplainant;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.NotificationClaim;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.web.FormAnswers;

/**
 * The complainant asks for Stage 2 from their status page. The link's nonce is spent first (a conditional claim on
 * the complaint), so two clicks or a replayed form make one request; a request that does not go through gives it back.
 */
@Controller
public class Stage2RequestController {
    private static final Logger LOG = LoggerFactory.getLogger(Stage2RequestController.class);
    static final String DONE_VIEW = "stage2-requested";
    static final String NOT_TAKEN_VIEW = "stage2-not-taken";

    private final StatusLinks links;
    private final Complaints complaints;
    private final RequestingStage2ByComplainant requesting;
    private final Clock clock;

    public Stage2RequestController(
            StatusLinks links, Complaints complaints, RequestingStage2ByComplainant requesting, Clock clock) {
        this.links = links;
        this.complaints = complaints;
        this.requesting = requesting;
        this.clock = clock;
    }

    @Post(StatusLinks.PATH + "/stage2")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<ModelAndView<Map<String, Object>>> request(HttpRequest<?> request) {
        byte[] body = RawBody.of(request);
        if (body != null && body.length > BodyLimit.MAX_BYTES) {
            LOG.info("stage 2 request refused: body of {} bytes is over the limit", body.length);
            return notTaken(
                    HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "What you wrote is too long",
                    "Please keep your reasons under 10,000 characters. Go back and try again.");
        }
        FormAnswers answers;
        try {
            answers = FormAnswers.parse(body == null ? "" : new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            LOG.info("stage 2 request refused: body is not valid form encoding");
            return StatusLinkPages.refuse(StatusLinkPages.Why.FORM);
        }
        String token = answers.text("t");
        StatusLinks.Verdict verdict = links.verify(token, clock.instant());
        if (!(verdict instanceof StatusLinks.Verdict.Valid valid)) {
            return ComplaintStatusController.refused(verdict);
        }
        if (!links.isFormKey(valid.nonce(), answers.text("formKey"))) {
            LOG.info("stage 2 request refused: form key does not match the link, id={}", valid.complaintId());
            return StatusLinkPages.refuse(StatusLinkPages.Why.FORM);
        }
        Optional<Complaint> found = complaints.find(valid.complaintId());
        if (found.isEmpty()) {
            return StatusLinkPages.refuse(StatusLinkPages.Why.BROKEN);
        }
        Complaint complaint = found.get();
        if (ComplaintStatusController.isSpent(complaint, valid.nonce())) {
            LOG.info("stage 2 request refused: link already used, id={}", complaint.id());
            return StatusLinkPages.refuse(StatusLinkPages.Why.USED);
        }
        String reasons = answers.raw("reasons");
        List<FieldError> errors = check(reasons);
        if (!errors.isEmpty()) {
            return again(complaint, token, valid.nonce(), reasons, errors);
        }
        String used = StatusLinks.usedKey(valid.nonce());
        if (complaints.claimNotification(complaint.id(), used) != NotificationClaim.CLAIMED) {
            LOG.info("stage 2 request refused: link used meanwhile, id={}", complaint.id());
            return StatusLinkPages.refuse(StatusLinkPages.Why.USED);
        }
        CaseResult result;
        try {
            result = requesting.request(complaint.id(), reasons.strip());
        } catch (RuntimeException e) {
            complaints.releaseNotification(complaint.id(), used);
            throw e;
        }
        if (result instanceof CaseResult.Done done) {
            // The claim is only a lease: mark the link used for good, or it could be used again once it expires.
            complaints.markNotificationSent(complaint.id(), used, Optional.empty());
            LOG.info("stage 2 requested by the complainant: id={}", complaint.id());
            return HttpResponse.ok(new ModelAndView<>(DONE_VIEW, donePage(done.complaint())));
        }
        complaints.releaseNotification(complaint.id(), used);
        return notDone(complaint, token, valid.nonce(), reasons, result);
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> notDone(
            Complaint complaint, String token, String nonce, String reasons, CaseResult result) {
        ComplaintId id = complaint.id();
        if (result instanceof CaseResult.Invalid invalid) {
            LOG.info(
                    "stage 2 request invalid: id={} errors={}",
                    id,
                    invalid.errors().size());
            return again(
                    complaint,
                    token,
                    nonce,
                    reasons,
                    invalid.errors().stream()
                            .map(e -> new FieldError("reasons", e.message()))
                            .toList());
        }
        if (result instanceof CaseResult.Refused refused) {
            LOG.info("stage 2 request refused by the rules: id={}", id);
            return notTaken(HttpStatus.CONFLICT, "You cannot ask for stage 2 at the moment", refused.reason());
        }
        if (result instanceof CaseResult.Forbidden forbidden) {
            LOG.info("stage 2 request forbidden: id={}", id);
            return notTaken(HttpStatus.FORBIDDEN, "You cannot ask for stage 2 here", forbidden.reason());
        }
        if (result instanceof CaseResult.Stale) {
            LOG.info("stage 2 request met a concurrent change: id={}", id);
            return notTaken(
                    HttpStatus.CONFLICT,
                    "Sorry, please try again",
                    "Your complaint was being updated at the same moment. Go back, and send your request again.");
        }
        return StatusLinkPages.refuse(StatusLinkPages.Why.BROKEN);
    }

    static List<FieldError> check(String reasons) {
        List<FieldError> errors = new ArrayList<>();
        if (reasons == null || reasons.isBlank()) {
            errors.add(new FieldError("reasons", "Tell us why you are not happy with our reply"));
        } else if (reasons.length() > StatusPage.MAX_REASONS) {
            errors.add(new FieldError("reasons", "What you wrote must be 10,000 characters or fewer"));
        }
        return errors;
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> again(
            Complaint complaint, String token, String nonce, String reasons, List<FieldError> errors) {
        LOG.info("stage 2 form shown again: id={} errors={}", complaint.id(), errors.size());
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                .body(new ModelAndView<>(
                        StatusPage.VIEW,
                        StatusPage.of(
                                complaint,
                                ComplaintStatusController.today(clock),
                                false,
                                token,
                                links.formKey(nonce),
                                reasons,
                                errors)));
    }

    static Map<String, Object> donePage(Complaint c) {
        Map<String, Object> m = new HashMap<>();
        m.put("reference", c.reference().toString());
        m.put(
                "dueOn",
                c.parts().stage2() == null
                        ? ""
                        : Notifications.longDate(c.parts().stage2().dueOn()));
        return m;
    }

    private static HttpResponse<ModelAndView<Map<String, Object>>> notTaken(
            HttpStatus status, String title, String message) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(new ModelAndView<>(NOT_TAKEN_VIEW, Map.of("title", title, "message", message)));
    }
}
