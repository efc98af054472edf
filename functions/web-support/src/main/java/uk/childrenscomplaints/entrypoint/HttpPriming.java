package uk.childrenscomplaints.entrypoint;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import uk.childrenscomplaints.complaint.infrastructure.PrimingStep;
import uk.childrenscomplaints.web.PrimingRequests;
import uk.childrenscomplaints.web.PrimingRequests.PrimingRequest;

/**
 * Pushes the function's {@link PrimingRequests} through {@link ApiFunction#handleRequest}, the entry point a real
 * request takes, so routing, the header screen, serde, validation and the views are loaded, and the beans they use
 * built, before the SnapStart checkpoint (decision 039). Registered by the handler itself, which is not a bean.
 */
public final class HttpPriming implements PrimingStep {
    /** TEST-NET-1 (RFC 5737): no real caller has it, so no abuse counter of a real address is named. */
    static final String SOURCE_IP = "192.0.2.1";

    private final ApiFunction function;

    private HttpPriming(ApiFunction function) {
        this.function = function;
    }

    /** Called from the handler's constructors: makes this step one the checkpoint's priming finds. */
    static void register(ApiFunction function) {
        function.getApplicationContext()
                .registerSingleton(PrimingStep.class, new HttpPriming(function), Qualifiers.byName("http"));
    }

    @Override
    public String prime() {
        // Which bean lists the requests is the function's business; a function without one primes nothing here.
        var lists = function.getApplicationContext().getBeansOfType(PrimingRequests.class);
        Map<Integer, Integer> statuses = new TreeMap<>();
        int count = 0;
        for (PrimingRequests list : lists) {
            for (PrimingRequest request : list.requests()) {
                APIGatewayV2HTTPResponse answer = function.handleRequest(event(request), new PrimingContext());
                statuses.merge(answer.getStatusCode(), 1, Integer::sum);
                count++;
            }
        }
        return count + " requests through the handler, answered " + statuses;
    }

    static APIGatewayV2HTTPEvent event(PrimingRequest request) {
        Map<String, String> headers = new HashMap<>();
        headers.put("host", "priming.invalid");
        headers.put("user-agent", "snapstart-priming");
        headers.put("x-forwarded-for", SOURCE_IP);
        headers.put("x-forwarded-proto", "https");
        if (request.contentType() != null) {
            headers.put("content-type", request.contentType());
        }
        headers.put("accept", request.accept());
        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod(request.method());
        http.setPath(request.path());
        http.setProtocol("HTTP/1.1");
        http.setSourceIp(SOURCE_IP);
        http.setUserAgent("snapstart-priming");
        APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
        context.setHttp(http);
        context.setRequestId("priming");
        context.setStage("$default");
        context.setRouteKey("$default");
        context.setDomainName("priming.invalid");
        context.setTimeEpoch(System.currentTimeMillis());
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setVersion("2.0");
        event.setRouteKey("$default");
        event.setRawPath(request.path());
        event.setRawQueryString(request.query());
        event.setQueryStringParameters(query(request.query()));
        event.setHeaders(headers);
        event.setRequestContext(context);
        event.setBody(request.body());
        event.setIsBase64Encoded(false);
        return event;
    }

    private static Map<String, String> query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        Map<String, String> parameters = new HashMap<>();
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** What Lambda's context would say, for a request that Lambda never sent. */
    private static final class PrimingContext implements Context {
        @Override
        public String getAwsRequestId() {
            return "priming";
        }

        @Override
        public String getLogGroupName() {
            return "priming";
        }

        @Override
        public String getLogStreamName() {
            return "priming";
        }

        @Override
        public String getFunctionName() {
            return "priming";
        }

        @Override
        public String getFunctionVersion() {
            return "$LATEST";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "priming";
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return 30_000;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 1024;
        }

        @Override
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override
                public void log(String message) {}

                @Override
                public void log(byte[] message) {}
            };
        }
    }
}
