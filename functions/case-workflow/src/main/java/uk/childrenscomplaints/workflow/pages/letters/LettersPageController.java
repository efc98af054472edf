package uk.childrenscomplaints.workflow.pages.letters;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.access.RecordingAccess;
import uk.childrenscomplaints.complaint.application.casework.CaseResult;
import uk.childrenscomplaints.complaint.application.casework.HandlingComplaints;
import uk.childrenscomplaints.complaint.application.casework.Permissions;
import uk.childrenscomplaints.complaint.application.casework.PostingLetters;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.application.ports.LetterKind;
import uk.childrenscomplaints.complaint.application.ports.LettersToPost;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.workflow.letters.LetterRenderer;
import uk.childrenscomplaints.workflow.pages.support.SignedInPages;
import uk.childrenscomplaints.workflow.signin.StaffSession;
import uk.childrenscomplaints.workflow.staff.FormBody;
import uk.childrenscomplaints.workflow.staff.StaffPages;

/**
 * Letters to complainants as PDF (decision 034): any letter for one complaint, on demand; the day's letters to post
 * as one PDF; and marking a letter posted, which records the day on the complaint's timeline. The complaints team and
 * the manager of the complaint's own team may print a complaint's letters; only the complaints team posts them. Logs
 * carry ids, letter names and counts only: never what a letter says.
 */
@Controller("/staff/pages")
public class LettersPageController {
    private static final Logger LOG = LoggerFactory.getLogger(LettersPageController.class);
    static final MediaType PDF = new MediaType("application/pdf");
    static final String LETTER_ROUTE = "GET /staff/pages/complaints/{id}/letters/{letter}";
    static final String BATCH_ROUTE = "GET /staff/pages/letters/to-post.pdf";

    private final HandlingComplaints handling;
    private final LettersToPost letters;
    private final PostingLetters posting;
    private final LetterRenderer renderer;
    private final RecordingAccess access;
    private final StaffSession sessions;
    private final Clock clock;

    public LettersPageController(
            HandlingComplaints handling,
            LettersToPost letters,
            PostingLetters posting,
            LetterRenderer renderer,
            RecordingAccess access,
            StaffSession sessions,
            Clock clock) {
        this.handling = handling;
        this.letters = letters;
        this.posting = posting;
        this.renderer = renderer;
        this.access = access;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Get("/complaints/{id}/letters/{letter}")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public HttpResponse<?> letter(APIGatewayV2HTTPEvent event, @PathVariable String id, @PathVariable String letter) {
        return SignedInPages.page(sessions, event, (session, who) -> {
            Optional<Complaint> found = visible(who, id);
            if (found.isEmpty()) {
                return StaffPages.notFound();
            }
            Complaint complaint = found.get();
            if (!Permissions.mayPrintLetterFor(who, complaint.intake().team())) {
                return StaffPages.problem(
                        HttpStatus.FORBIDDEN,
                        "You cannot print this letter",
                        "Letters to complainants are printed by the complaints team or the manager of the "
                                + "complaint's own team. Ask the complaints team.");
            }
            Optional<LetterKind> kind = LetterKind.bySlug(letter);
            if (kind.isEmpty()) {
                return StaffPages.problem(
                        HttpStatus.NOT_FOUND,
                        "There is no such letter",
                        "Choose a letter from the list on the complaint's page.");
            }
            byte[] pdf = renderer.render(kind.get(), complaint, today());
            // A letter carries the complainant's name and address: a read like the complaint page (decision 029).
            access.complaintRead(who, complaint.id(), LETTER_ROUTE);
            LOG.info("staff letter: {} for {}, {} bytes", kind.get().slug(), complaint.id(), pdf.length);
            return pdf(pdf, complaint.reference() + "-" + kind.get().slug() + ".pdf");
        });
    }

    @Get("/letters/to-post.pdf")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public HttpResponse<?> toPost(APIGatewayV2HTTPEvent event) {
        return SignedInPages.page(sessions, event, (session, who) -> {
            if (!Permissions.mayPostLetters(who)) {
                return onlyTheComplaintsTeam();
            }
            List<LetterRenderer.Wanted> wanted = new ArrayList<>();
            for (LettersToPost.LetterToPost task : letters.waiting()) {
                // Read as the member asking, so the batch holds nothing they could not open one by one.
                visible(who, task.complaintId().value())
                        .ifPresent(c -> wanted.add(new LetterRenderer.Wanted(task.kind(), c)));
            }
            LocalDate today = today();
            if (wanted.isEmpty()) {
                return StaffPages.problem(
                        HttpStatus.NOT_FOUND,
                        "There are no letters to post",
                        "Every letter the service owes has been marked posted. Go back to the dashboard.");
            }
            byte[] pdf = renderer.renderAll(wanted, today, "Letters to post, " + LetterRenderer.longDate(today));
            for (LetterRenderer.Wanted w : wanted) {
                access.complaintRead(who, w.complaint().id(), BATCH_ROUTE);
            }
            LOG.info("staff letters to post: {} letters, {} bytes", wanted.size(), pdf.length);
            return pdf(pdf, "letters-to-post-" + today + ".pdf");
        });
    }

    @Post("/complaints/{id}/letters/posted")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> posted(APIGatewayV2HTTPEvent event, @PathVariable String id) {
        return SignedInPages.page(sessions, event, (session, who) -> {
            FormBody body = FormBody.parse(event);
            if (!SignedInPages.formAccepted(sessions, event, session, body.first(StaffSession.CSRF_FIELD))) {
                return StaffPages.forbiddenForm();
            }
            if (!Permissions.mayPostLetters(who)) {
                return onlyTheComplaintsTeam();
            }
            Optional<Complaint> found = visible(who, id);
            String key = body.first("key");
            if (found.isEmpty() || key == null || key.isBlank()) {
                return noSuchTask();
            }
            var result = posting.markPosted(found.get().id(), key.strip(), who.username());
            LOG.info("staff letter posted on {}: {}", found.get().id(), result);
            return switch (result) {
                case NOT_FOUND -> noSuchTask();
                case CHANGED_MEANWHILE ->
                    StaffPages.problem(
                            HttpStatus.CONFLICT,
                            "The complaint was changing",
                            "Someone changed this complaint while the letter was being marked posted. Nothing was "
                                    + "changed: go back to the complaint and mark the letter posted again.");
                case POSTED, ALREADY_POSTED ->
                    HttpResponse.seeOther(
                            URI.create(StaffPages.complaint(found.get().id().value()) + "?done=letter-posted"));
            };
        });
    }

    private static HttpResponse<?> pdf(byte[] pdf, String fileName) {
        return HttpResponse.ok(pdf)
                .contentType(PDF)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store");
    }

    private static HttpResponse<?> onlyTheComplaintsTeam() {
        return StaffPages.problem(
                HttpStatus.FORBIDDEN,
                "Only the complaints team posts letters",
                "Letters to post are printed, posted and marked posted by the complaints team. Nothing was changed.");
    }

    private static HttpResponse<?> noSuchTask() {
        return StaffPages.problem(
                HttpStatus.NOT_FOUND,
                "There is no such letter to post",
                "Mark a letter posted from the list on the complaint's page. Nothing was changed.");
    }

    /** The complaint when it exists and this member may see it; otherwise nothing, whichever the reason. */
    private Optional<Complaint> visible(StaffMember who, String id) {
        ComplaintId complaintId;
        try {
            complaintId = new ComplaintId(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        return handling.view(who, complaintId) instanceof CaseResult.Done done
                ? Optional.of(done.complaint())
                : Optional.empty();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CouncilTime.ZONE));
    }
}
