package uk.childrenscomplaints.submission;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.SamTemplate;

/**
 * The real Lambda entry point, in a context pointed at the stand-ins through Micronaut's endpoint overrides.
 * Region and dummy credentials come from system properties set by failsafe (see the pom).
 */
final class SubmissionApp implements AutoCloseable {
    static final String TEAM_MAILBOX = "complaints-team@council.example";
    static final String BUS = "complaints-test";
    static final String STATUS_LINK_SECRET = "status-link secret for tests, thirty-two bytes or more";
    static final String PUBLIC_BASE_URL = "https://complaints.council.example";

    final ApplicationContext context;
    final APIGatewayV2HTTPEventFunction function;

    private SubmissionApp(ApplicationContext context) {
        this.context = context;
        this.function = new APIGatewayV2HTTPEventFunction(context);
    }

    static SubmissionApp start(LocalAws aws, String table, LocalEventBus bus, URI ses, String fixedInstant) {
        Map<String, Object> p = new HashMap<>();
        p.put("aws.services.dynamodb.endpoint-override", aws.dynamoEndpoint().toString());
        p.put("aws.services.sesv2.endpoint-override", ses.toString());
        p.put("aws.services.eventbridge.endpoint-override", bus.endpoint().toString());
        p.put("complaints.table-name", table);
        p.put("complaints.bus-name", BUS);
        p.put("complaints.sender", "complaints@council.example");
        p.put("complaints.team-mailbox", TEAM_MAILBOX);
        p.put("complaints.council-name", "Test County Council");
        p.put("complaints.status-link-secret", STATUS_LINK_SECRET);
        p.put("complaints.public-base-url", PUBLIC_BASE_URL);
        if (fixedInstant != null) {
            p.put("test.clock.instant", fixedInstant);
        }
        return new SubmissionApp(ApplicationContext.builder().properties(p).start());
    }

    APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        return function.handleRequest(event, new MockLambdaContext());
    }

    @Override
    public void close() {
        context.close();
    }

    // ---- events from events/, varied where a test needs it

    static APIGatewayV2HTTPEvent event(String name) {
        return EventLoader.loadApiGatewayHttpEvent(SamTemplate.repositoryRoot().resolve("events").resolve(name)
                .toString());
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
        return r.getIsBase64Encoded() ? new String(Base64.getDecoder().decode(r.getBody()), StandardCharsets.UTF_8)
                : r.getBody();
    }

    static String header(APIGatewayV2HTTPResponse r, String name) {
        if (r.getHeaders() != null) {
            for (Map.Entry<String, String> h : r.getHeaders().entrySet()) {
                if (h.getKey().equalsIgnoreCase(name)) {
                    return h.getValue();
                }
            }
        }
        if (r.getMultiValueHeaders() != null) {
            for (var h : r.getMultiValueHeaders().entrySet()) {
                if (h.getKey().equalsIgnoreCase(name)) {
                    return String.join(",", h.getValue());
                }
            }
        }
        return null;
    }
}
