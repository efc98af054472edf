package uk.childrenscomplaints.workflow;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.http.HttpResponse;
import java.util.Optional;
import java.util.function.BiFunction;
import uk.childrenscomplaints.complaint.application.StaffMember;

/**
 * The session check every staff page makes before anything else, for the statistics, compliments, caseload and import
 * pages: a signed-in member of staff with a role runs the page; anyone else is sent to sign in, or told they have no
 * role. Forms also check their token ({@link #formAccepted}).
 */
final class SignedInPages {
    private SignedInPages() {
    }

    static HttpResponse<?> page(StaffSession sessions, APIGatewayV2HTTPEvent event,
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
    static boolean formAccepted(StaffSession sessions, APIGatewayV2HTTPEvent event, StaffSession.Signed session,
            String sentToken) {
        return sessions.originAllowed(event) && StaffSession.csrfMatches(session, sentToken);
    }
}
