package uk.childrenscomplaints.web.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import uk.childrenscomplaints.entrypoint.ApiFunction;
import uk.childrenscomplaints.local.standins.SamTemplate;

/**
 * A function's real Lambda entry point in a context pointed at the stand-ins through Micronaut's endpoint overrides,
 * as {@link FunctionAppExtension} starts it. Region and dummy credentials come from system properties set by
 * failsafe (see each function's pom).
 */
public final class FunctionApp implements AutoCloseable {
    public final ApplicationContext context;
    public final ApiFunction function;
    private final String table;

    FunctionApp(Map<String, Object> properties, String table) {
        this.context = ApplicationContext.builder().properties(properties).start();
        this.function = new ApiFunction(context);
        this.table = table;
    }

    /** The table this app writes to. */
    public String table() {
        return table;
    }

    public APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        return function.handleRequest(event, new MockLambdaContext());
    }

    @Override
    public void close() {
        // The extension closes every app it started after the test; a test may have closed it already.
        if (context.isRunning()) {
            context.close();
        }
    }

    /** An event from the repository's {@code events/}, which {@code sam local} uses too. */
    public static APIGatewayV2HTTPEvent event(String name) {
        return EventLoader.loadApiGatewayHttpEvent(
                SamTemplate.repositoryRoot().resolve("events").resolve(name).toString());
    }

    public static String body(APIGatewayV2HTTPResponse r) {
        return r.getIsBase64Encoded()
                ? new String(Base64.getDecoder().decode(r.getBody()), StandardCharsets.UTF_8)
                : r.getBody();
    }

    /** The header however API Gateway's response carries it; several values joined by commas; null when absent. */
    public static String header(APIGatewayV2HTTPResponse r, String name) {
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
