package uk.childrenscomplaints.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.deadlines.StatusLinks;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.model.Complaint;

/**
 * The status page a complainant reaches from the link in their acknowledgement. The link is the only key: it is
 * signed, expires, and names nothing but the complaint's opaque id. Logs carry the id, never the token.
 */
@Controller
public class ComplaintStatusController {
    private static final Logger LOG = LoggerFactory.getLogger(ComplaintStatusController.class);
    static final ZoneId LONDON = CouncilTime.ZONE;

    private final StatusLinks links;
    private final Complaints complaints;
    private final Clock clock;

    public ComplaintStatusController(StatusLinks links, Complaints complaints, Clock clock) {
        this.links = links;
        this.complaints = complaints;
        this.clock = clock;
    }

    @Get(StatusLinks.PATH)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<ModelAndView<Map<String, Object>>> status(@Nullable @QueryValue("t") String token) {
        StatusLinks.Verdict verdict = links.verify(token, clock.instant());
        if (!(verdict instanceof StatusLinks.Verdict.Valid valid)) {
            return refused(verdict);
        }
        Optional<Complaint> found = complaints.find(valid.complaintId());
        if (found.isEmpty()) {
            LOG.info("status link for a complaint that is not there: id={}", valid.complaintId());
            return StatusLinkPages.refuse(StatusLinkPages.Why.BROKEN);
        }
        Complaint c = found.get();
        LOG.info("status page shown: id={}", c.id());
        return HttpResponse.ok(new ModelAndView<>(
                StatusPage.VIEW,
                StatusPage.of(
                        c,
                        today(clock),
                        isSpent(c, valid.nonce()),
                        token,
                        links.formKey(valid.nonce()),
                        "",
                        List.of())));
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    static boolean isSpent(Complaint c, String nonce) {
        return c.parts().notificationsSent().contains(StatusLinks.usedKey(nonce));
    }

    static HttpResponse<ModelAndView<Map<String, Object>>> refused(StatusLinks.Verdict verdict) {
        if (verdict instanceof StatusLinks.Verdict.Expired) {
            LOG.info("status link refused: expired");
            return StatusLinkPages.refuse(StatusLinkPages.Why.EXPIRED);
        }
        LOG.info("status link refused: not signed by us or malformed");
        return StatusLinkPages.refuse(StatusLinkPages.Why.BROKEN);
    }
}
