package uk.childrenscomplaints.local.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import uk.childrenscomplaints.entrypoint.ApiFunction;

/**
 * Runs inside the submission function's shaded jar, in a class loader of its own (see
 * {@link SubmissionJarInItsOwnLoader}): the handler built as Lambda builds it, with no arguments, kept between calls,
 * and requests pushed through it. Uses nothing from the test's own class path but itself.
 */
public final class PagesProbe {
    private static ApiFunction handler;

    private PagesProbe() {}

    /** The status the handler answers. */
    public static int request(String method, String path, String contentType, String body) {
        if (handler == null) {
            handler = new ApiFunction();
        }
        Map<String, String> headers = new HashMap<>(Map.of("accept", contentType, "host", "localhost"));
        if (body != null) {
            headers.put("content-type", contentType);
        }
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(path)
                .withRawQueryString("")
                .withHeaders(headers)
                .withBody(body)
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withPath(path)
                                .withProtocol("HTTP/1.1")
                                .withSourceIp("192.0.2.10")
                                .build())
                        .build())
                .build();
        return handler.handleRequest(event, context()).getStatusCode();
    }

    public static void close() {
        if (handler != null) {
            handler.close();
        }
        handler = null;
    }

    private static Context context() {
        return (Context) Proxy.newProxyInstance(
                PagesProbe.class.getClassLoader(), new Class<?>[] {Context.class}, (proxy, method, args) -> {
                    return switch (method.getName()) {
                        case "getAwsRequestId" -> "probe-request";
                        case "getFunctionName" -> "SubmitComplaintFunction";
                        case "getRemainingTimeInMillis", "getMemoryLimitInMB" -> 30_000;
                        default -> null;
                    };
                });
    }
}
