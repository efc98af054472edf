package uk.childrenscomplaints.workflow.access;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.workflow.SignInStandIn;
import uk.childrenscomplaints.workflow.WorkflowApp;
import uk.childrenscomplaints.workflow.signin.StaffSession;

/**
 * The access matrix's columns: who is asking, in the order of the table. The complaint every row acts on is
 * Huntingdon's. The API trusts only the claims API Gateway's JWT authorizer passes on, so an expired, foreign or forged
 * token reaches it as a bearer header with no claims (the authorizer refused it); the pages verify their cookie
 * themselves, so there the token itself is sent.
 */
enum Caller {
    TEAM("team", true),
    OWN_MANAGER("own manager", true),
    OTHER_MANAGER("other manager", false),
    DIRECTOR("director", true),
    NO_GROUP("no group", false),
    NO_TOKEN("no token", false),
    EXPIRED("expired", false),
    OTHER_CLIENT("other client", false),
    FORGED("forged", false);

    /** The column's heading in the table. */
    final String heading;

    /** Whether this caller may see Huntingdon's complaints: the leak check applies to everyone else. */
    final boolean seesHuntingdon;

    Caller(String heading, boolean seesHuntingdon) {
        this.heading = heading;
        this.seesHuntingdon = seesHuntingdon;
    }

    /** Each caller's API claims and page session, made once per test from the stand-in user pool. */
    static final class Tokens {
        private final Map<Caller, Map<String, String>> claims = new LinkedHashMap<>();
        private final Map<Caller, String> sessions = new LinkedHashMap<>();

        Tokens(SignInStandIn pool, Instant now) {
            claims.put(TEAM, WorkflowApp.OFFICER);
            claims.put(OWN_MANAGER, WorkflowApp.HUNTINGDON_MANAGER);
            claims.put(OTHER_MANAGER, WorkflowApp.ECF_MANAGER);
            claims.put(DIRECTOR, WorkflowApp.DIRECTOR);
            Map<String, String> noGroup = new LinkedHashMap<>(WorkflowApp.claims("visitor", "[]", "Huntingdon"));
            // Cognito leaves the claim out for a user in no group.
            noGroup.remove("cognito:groups");
            claims.put(NO_GROUP, noGroup);

            sessions.put(TEAM, pool.sign(SignInStandIn.claims("officer", List.of("complaints-team"), null, now)));
            sessions.put(
                    OWN_MANAGER,
                    pool.sign(SignInStandIn.claims("h-manager", List.of("responding-manager"), "Huntingdon", now)));
            sessions.put(
                    OTHER_MANAGER,
                    pool.sign(SignInStandIn.claims("e-manager", List.of("responding-manager"), "ECF", now)));
            sessions.put(DIRECTOR, pool.sign(SignInStandIn.claims("director", List.of("director"), null, now)));
            Map<String, Object> visitor = SignInStandIn.claims("visitor", List.of(), "Huntingdon", now);
            visitor.remove("cognito:groups");
            sessions.put(NO_GROUP, pool.sign(visitor));
            sessions.put(
                    EXPIRED,
                    pool.sign(
                            SignInStandIn.claims("officer", List.of("complaints-team"), null, now.minusSeconds(7200))));
            Map<String, Object> otherClient = SignInStandIn.claims("officer", List.of("complaints-team"), null, now);
            otherClient.put("aud", "another-app-client");
            sessions.put(OTHER_CLIENT, pool.sign(otherClient));
            sessions.put(
                    FORGED,
                    pool.signWithAnotherKey(SignInStandIn.claims("officer", List.of("complaints-team"), null, now)));
        }

        /** The event as the API function would receive it from this caller. */
        APIGatewayV2HTTPEvent onApi(Caller caller, APIGatewayV2HTTPEvent event) {
            Map<String, String> c = claims.get(caller);
            if (c != null) {
                APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT jwt =
                        new APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT();
                jwt.setClaims(new LinkedHashMap<>(c));
                APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer =
                        new APIGatewayV2HTTPEvent.RequestContext.Authorizer();
                authorizer.setJwt(jwt);
                event.getRequestContext().setAuthorizer(authorizer);
            } else {
                event.getRequestContext().setAuthorizer(null);
                event.getHeaders().remove("authorization");
                String token = sessions.get(caller);
                if (token != null) {
                    event.getHeaders().put("authorization", "Bearer " + token);
                }
            }
            return event;
        }

        /** This caller's page session cookie (null: none). */
        String session(Caller caller) {
            return sessions.get(caller);
        }

        /** The form token a page from this caller's session would carry. */
        String csrf(Caller caller) {
            String token = sessions.get(caller);
            return token == null ? "none" : StaffSession.csrfFor(token);
        }
    }
}
