package uk.childrenscomplaints.workflow.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.http.HttpResponse;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.workflow.signin.SignedInStaff;
import uk.childrenscomplaints.workflow.staff.StaffClaims;

/**
 * The check every staff API route makes before anything else, once for all its controllers: the JWT authorizer's
 * verified claims name a member of staff with a role, or the answer is 401 or 403.
 */
final class SignedInApi {
    private static final Logger LOG = LoggerFactory.getLogger(SignedInApi.class);

    private SignedInApi() {}

    /** Runs the body only for a signed-in member of staff with a known role: 401 without claims, 403 without a role. */
    static HttpResponse<Object> asStaff(APIGatewayV2HTTPEvent event, Function<StaffMember, HttpResponse<Object>> body) {
        StaffClaims.Caller caller = SignedInStaff.of(event);
        if (caller instanceof StaffClaims.Member member) {
            return body.apply(member.staff());
        }
        if (caller instanceof StaffClaims.NoRole) {
            return Answers.forbidden();
        }
        LOG.warn("staff route reached without verified claims: is its authorizer missing?");
        return Answers.unauthorized();
    }
}
