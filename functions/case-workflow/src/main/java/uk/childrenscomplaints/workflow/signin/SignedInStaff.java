package uk.childrenscomplaints.workflow.signin;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;
import java.util.Optional;
import uk.childrenscomplaints.workflow.staff.StaffClaims;

/** The verified claims of a payload 2.0 event, when the JWT authorizer put any there. */
public final class SignedInStaff {
    private SignedInStaff() {}

    public static StaffClaims.Caller of(APIGatewayV2HTTPEvent event) {
        Map<String, String> claims = Optional.ofNullable(event)
                .map(APIGatewayV2HTTPEvent::getRequestContext)
                .map(APIGatewayV2HTTPEvent.RequestContext::getAuthorizer)
                .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer::getJwt)
                .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT::getClaims)
                .orElse(null);
        return StaffClaims.from(claims);
    }
}
