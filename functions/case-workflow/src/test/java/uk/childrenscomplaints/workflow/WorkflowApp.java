package uk.childrenscomplaints.workflow;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;

/**
 * The case-workflow function under test: its settings for {@link FunctionAppExtension}, the claims API Gateway's JWT
 * authorizer would pass on, and events from events/ varied as a test needs.
 */
public final class WorkflowApp {
    public static final Map<String, Object> SETTINGS = Map.of(
            "complaints.bus-name", "complaints-test",
            "complaints.sender", "complaints@council.example",
            "complaints.team-mailbox", "complaints-team@council.example",
            "complaints.council-name", "Test County Council");

    private WorkflowApp() {}

    /** The staff API, each test's app as if it were {@code fixedInstant}. */
    public static FunctionAppExtension api(String fixedInstant) {
        return FunctionAppExtension.withSettings(SETTINGS).at(fixedInstant);
    }

    /** The staff pages: as {@link #api(String)}, with the user pool's stand-in for their sign-in. */
    public static FunctionAppExtension pages(String fixedInstant) {
        return api(fixedInstant).withStandIn(SignInStandIn::new);
    }

    // ---- who is asking: the claims API Gateway's JWT authorizer would pass on

    public static Map<String, String> claims(String user, String groups, String teams) {
        Map<String, String> claims = new LinkedHashMap<>();
        claims.put(
                "sub",
                java.util
                        .UUID
                        .nameUUIDFromBytes(user.getBytes(StandardCharsets.UTF_8))
                        .toString());
        claims.put("cognito:groups", groups);
        claims.put("cognito:username", user);
        if (teams != null) {
            claims.put("custom:teams", teams);
        }
        claims.put("token_use", "id");
        return claims;
    }

    public static final Map<String, String> OFFICER = claims("officer", "[complaints-team]", null);
    public static final Map<String, String> HUNTINGDON_MANAGER =
            claims("huntingdon-manager", "[responding-manager]", "Huntingdon");
    public static final Map<String, String> ECF_MANAGER = claims("ecf-manager", "[responding-manager]", "ECF");
    public static final Map<String, String> DIRECTOR = claims("director", "[director]", null);

    // ---- events from events/, varied where a test needs it

    public static APIGatewayV2HTTPEvent event(String name) {
        return FunctionApp.event(name);
    }

    /** The event with these claims, or with no authorizer context at all when {@code claims} is null. */
    public static APIGatewayV2HTTPEvent as(APIGatewayV2HTTPEvent event, Map<String, String> claims) {
        if (claims == null) {
            event.getRequestContext().setAuthorizer(null);
        } else {
            event.getRequestContext().getAuthorizer().getJwt().setClaims(new LinkedHashMap<>(claims));
        }
        return event;
    }

    public static APIGatewayV2HTTPEvent logComplaint(Map<String, String> claims, String team, String idempotencyKey) {
        APIGatewayV2HTTPEvent e = as(event("case-workflow-log.json"), claims);
        e.setBody(e.getBody().replace("\"team\": \"Huntingdon\"", "\"team\": \"" + team + "\""));
        e.getHeaders().put("idempotency-key", idempotencyKey);
        return e;
    }

    public static APIGatewayV2HTTPEvent list(Map<String, String> claims, Map<String, String> query) {
        APIGatewayV2HTTPEvent e = as(event("case-workflow-list.json"), claims);
        e.setQueryStringParameters(query.isEmpty() ? null : new LinkedHashMap<>(query));
        StringBuilder raw = new StringBuilder();
        query.forEach((k, v) ->
                raw.append(raw.length() == 0 ? "" : "&").append(k).append('=').append(v));
        e.setRawQueryString(raw.toString());
        return e;
    }

    /** {@code POST /staff/complaints/search} with this JSON body (the terms never go in the address). */
    public static APIGatewayV2HTTPEvent search(Map<String, String> claims, String body) {
        APIGatewayV2HTTPEvent e = as(event("case-workflow-search.json"), claims);
        e.setBody(body);
        return e;
    }

    public static APIGatewayV2HTTPEvent view(Map<String, String> claims, String id) {
        APIGatewayV2HTTPEvent e = as(event("case-workflow-view.json"), claims);
        String path = "/staff/complaints/" + id;
        e.setRawPath(path);
        e.getRequestContext().getHttp().setPath(path);
        e.setPathParameters(Map.of("id", id));
        return e;
    }

    public static APIGatewayV2HTTPEvent action(Map<String, String> claims, String id, String action, String body) {
        APIGatewayV2HTTPEvent e = as(event("case-workflow-action.json"), claims);
        String path = "/staff/complaints/" + id + "/actions/" + action;
        e.setRawPath(path);
        e.getRequestContext().getHttp().setPath(path);
        e.setPathParameters(Map.of("id", id, "action", action));
        e.setBody(body);
        return e;
    }

    /** {@code GET /stats} with these query parameters (none: the sample's from and to dropped). */
    public static APIGatewayV2HTTPEvent stats(Map<String, String> claims, Map<String, String> query) {
        APIGatewayV2HTTPEvent e = as(event("case-workflow-stats.json"), claims);
        e.setQueryStringParameters(query.isEmpty() ? null : new LinkedHashMap<>(query));
        StringBuilder raw = new StringBuilder();
        query.forEach((k, v) -> raw.append(raw.length() == 0 ? "" : "&")
                .append(k)
                .append('=')
                .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        e.setRawQueryString(raw.toString());
        return e;
    }

    /** {@code GET /staff/complaints/{id}/access}: who has viewed the complaint. */
    public static APIGatewayV2HTTPEvent whoViewed(Map<String, String> claims, String id) {
        APIGatewayV2HTTPEvent e = view(claims, id);
        String path = "/staff/complaints/" + id + "/access";
        e.setRawPath(path);
        e.getRequestContext().getHttp().setPath(path);
        e.setRouteKey("GET /staff/complaints/{id}/access");
        return e;
    }

    /** {@code GET /staff/access?user=&from=&to=}: a director's listing of one member's reads. */
    public static APIGatewayV2HTTPEvent accesses(Map<String, String> claims, String user, String from, String to) {
        APIGatewayV2HTTPEvent e = as(event("case-workflow-access.json"), claims);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("user", user);
        query.put("from", from);
        query.put("to", to);
        e.setQueryStringParameters(query);
        e.setRawQueryString("user=" + user + "&from=" + from + "&to=" + to);
        return e;
    }

    /** {@code POST /staff/subject-access} (or {@code .../export} when {@code tail} is "/export") with this JSON body. */
    public static APIGatewayV2HTTPEvent subjectAccess(Map<String, String> claims, String tail, String body) {
        APIGatewayV2HTTPEvent e = as(event("case-workflow-subject-access.json"), claims);
        String path = "/staff/subject-access" + tail;
        e.setRawPath(path);
        e.getRequestContext().getHttp().setPath(path);
        e.setRouteKey("POST " + path);
        e.getRequestContext().setRouteKey("POST " + path);
        e.setBody(body);
        return e;
    }

    /** {@code PUT} (with a body) or {@code GET} (body null) of {@code /staff/caseloads/{year}/{quarter}}. */
    public static APIGatewayV2HTTPEvent caseloads(
            Map<String, String> claims, String financialYear, String quarter, String body) {
        APIGatewayV2HTTPEvent e = as(event("case-workflow-caseloads-put.json"), claims);
        String path = "/staff/caseloads/" + financialYear + "/" + quarter;
        e.setRawPath(path);
        e.getRequestContext().getHttp().setPath(path);
        e.setPathParameters(Map.of("financialYear", financialYear, "quarter", quarter));
        if (body == null) {
            e.setRouteKey("GET /staff/caseloads/{financialYear}/{quarter}");
            e.getRequestContext().getHttp().setMethod("GET");
            e.getHeaders().remove("content-type");
            e.setBody(null);
        } else {
            e.setBody(body);
        }
        return e;
    }

    public static String body(APIGatewayV2HTTPResponse r) {
        return FunctionApp.body(r);
    }

    public static String header(APIGatewayV2HTTPResponse r, String name) {
        return FunctionApp.header(r, name);
    }
}
