package uk.childrenscomplaints.submission;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;

/**
 * The submission function under test: its settings for {@link FunctionAppExtension}, and events from events/ varied
 * as a test needs.
 */
final class SubmissionApp {
    static final String TEAM_MAILBOX = "complaints-team@council.example";
    static final String BUS = "complaints-test";
    static final String STATUS_LINK_SECRET = "status-link secret for tests, thirty-two bytes or more";
    static final String PUBLIC_BASE_URL = "https://complaints.council.example";
    static final Map<String, Object> SETTINGS = Map.of(
            "complaints.bus-name", BUS,
            "complaints.sender", "complaints@council.example",
            "complaints.team-mailbox", TEAM_MAILBOX,
            "complaints.council-name", "Test County Council",
            "complaints.status-link-secret", STATUS_LINK_SECRET,
            "complaints.public-base-url", PUBLIC_BASE_URL);

    private SubmissionApp() {}

    /** Each test's fresh table and bus; its apps started with {@link FunctionAppExtension#start(String)}. */
    static FunctionAppExtension extension() {
        return FunctionAppExtension.withSettings(SETTINGS);
    }

    // ---- events from events/, varied where a test needs it

    static APIGatewayV2HTTPEvent event(String name) {
        return FunctionApp.event(name);
    }

    static APIGatewayV2HTTPEvent formGet() {
        return event("submit-complaint-form-get.json");
    }

    static APIGatewayV2HTTPEvent get(String path) {
        APIGatewayV2HTTPEvent e = formGet();
        e.setRawPath(path);
        e.getRequestContext().getHttp().setPath(path);
        e.setRouteKey("GET /assets/{proxy+}");
        return e;
    }

    static APIGatewayV2HTTPEvent formPost() {
        return event("submit-complaint-form-post.json");
    }

    static APIGatewayV2HTTPEvent formPost(String urlEncodedBody) {
        APIGatewayV2HTTPEvent e = formPost();
        e.setBody(Base64.getEncoder().encodeToString(urlEncodedBody.getBytes(StandardCharsets.UTF_8)));
        e.setIsBase64Encoded(true);
        return e;
    }

    static String formBody(APIGatewayV2HTTPEvent formPost) {
        return new String(Base64.getDecoder().decode(formPost.getBody()), StandardCharsets.UTF_8);
    }

    /** The status page opened with this token (null: no {@code t} at all). */
    static APIGatewayV2HTTPEvent statusGet(String token) {
        APIGatewayV2HTTPEvent e = event("submit-complaint-status-get.json");
        if (token == null) {
            e.setRawQueryString("");
            e.setQueryStringParameters(null);
        } else {
            String encoded = java.net.URLEncoder.encode(token, StandardCharsets.UTF_8);
            e.setRawQueryString("t=" + encoded);
            e.setQueryStringParameters(new HashMap<>(Map.of("t", token)));
        }
        return e;
    }

    /** A form POST to another path, such as the Stage 2 request. */
    static APIGatewayV2HTTPEvent formPost(String path, String urlEncodedBody) {
        APIGatewayV2HTTPEvent e = formPost(urlEncodedBody);
        e.setRawPath(path);
        e.getRequestContext().getHttp().setPath(path);
        e.setRouteKey("POST " + path);
        e.getRequestContext().setRouteKey("POST " + path);
        return e;
    }

    static APIGatewayV2HTTPEvent jsonPost() {
        return event("submit-complaint-json-post.json");
    }

    static APIGatewayV2HTTPEvent jsonPost(String body, String idempotencyKey) {
        APIGatewayV2HTTPEvent e = jsonPost();
        e.setBody(body);
        if (idempotencyKey == null) {
            e.getHeaders().remove("idempotency-key");
        } else {
            e.getHeaders().put("idempotency-key", idempotencyKey);
        }
        return e;
    }

    static String body(APIGatewayV2HTTPResponse r) {
        return FunctionApp.body(r);
    }

    static String header(APIGatewayV2HTTPResponse r, String name) {
        return FunctionApp.header(r, name);
    }
}
