package uk.childrenscomplaints.workflow.pages.support;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.views.ModelAndView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.workflow.signin.StaffSession;
import uk.childrenscomplaints.workflow.staff.StaffClaims;
import uk.childrenscomplaints.workflow.staff.StaffPages;

/**
 * The session check every staff page makes before anything else, for the statistics, compliments, caseload and import
 * pages: a signed-in member of staff with a role runs the page; anyone else is sent to sign in, or told they have no
 * role. Forms also check their token ({@link #formAccepted}).
 */
public final class SignedInPages {
    private SignedInPages() {}

    public static HttpResponse<?> page(
            StaffSession sessions,
            APIGatewayV2HTTPEvent event,
            BiFunction<StaffSession.Signed, StaffMember, HttpResponse<?>> body) {
        Optional<StaffSession.Signed> session = sessions.of(event);
        if (session.isEmpty()) {
            return StaffPages.signInFirst();
        }
        if (session.get().caller() instanceof StaffClaims.Member member) {
            return body.apply(session.get(), member.staff());
        }
        if (session.get().caller() instanceof StaffClaims.NoRole) {
            return StaffPages.noRole();
        }
        return StaffPages.signInFirst();
    }

    /** The form came from this service's own page in this session: its token matches and its origin is ours. */
    public static boolean formAccepted(
            StaffSession sessions, APIGatewayV2HTTPEvent event, StaffSession.Signed session, String sentToken) {
        return sessions.originAllowed(event) && StaffSession.csrfMatches(session, sentToken);
    }

    /** A page with what the layout needs: who is signed in, and the form token for sign-out and every form. */
    public static HttpResponse<ModelAndView<Map<String, Object>>> view(
            HttpStatus status,
            String template,
            Map<String, Object> model,
            StaffSession.Signed session,
            StaffMember who) {
        Map<String, Object> m = new LinkedHashMap<>(model);
        m.put("csrf", session.csrf());
        m.put("signedInAs", who.username());
        List<?> errors = (List<?>) m.getOrDefault("errors", List.of());
        m.put("errors", errors);
        m.put("pageTitle", (errors.isEmpty() ? "" : "Error: ") + m.get("title") + " - Children's complaints staff");
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(new ModelAndView<>(template, m));
    }
}
