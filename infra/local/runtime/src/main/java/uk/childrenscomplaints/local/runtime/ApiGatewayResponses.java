package uk.childrenscomplaints.local.runtime;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes a handler's payload 2.0 response as API Gateway would: status, {@code headers}, {@code cookies} as
 * {@code Set-Cookie}, and the body base64-decoded when flagged. {@code multiValueHeaders} belongs to payload 1.0
 * and API Gateway drops it from a 2.0 response, so it is dropped here too, with a warning naming the headers
 * that would be lost in AWS.
 */
final class ApiGatewayResponses {

    private static final System.Logger LOG = System.getLogger(ApiGatewayResponses.class.getName());

    private ApiGatewayResponses() {}

    static int write(HttpExchange exchange, APIGatewayV2HTTPResponse response, String routeKey) throws IOException {
        int status = response.getStatusCode() == 0 ? 200 : response.getStatusCode();
        Headers out = exchange.getResponseHeaders();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach(out::set);
        }
        if (response.getCookies() != null) {
            response.getCookies().forEach(cookie -> out.add("Set-Cookie", cookie));
        }
        warnOfDroppedHeaders(response, routeKey);
        byte[] body = body(response);
        send(exchange, status, body);
        return status;
    }

    static void json(HttpExchange exchange, int status, String message) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        send(exchange, status, ("{\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean noBody = body.length == 0
                || status == 204
                || status == 304
                || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(body);
            }
        }
    }

    private static byte[] body(APIGatewayV2HTTPResponse response) {
        String body = response.getBody();
        if (body == null) {
            return new byte[0];
        }
        return response.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    }

    private static void warnOfDroppedHeaders(APIGatewayV2HTTPResponse response, String routeKey) {
        Map<String, List<String>> multi = response.getMultiValueHeaders();
        if (multi == null) {
            return;
        }
        Map<String, String> single = response.getHeaders() == null ? Map.of() : response.getHeaders();
        multi.forEach((name, values) -> {
            boolean kept = values.size() <= 1 && single.keySet().stream().anyMatch(name::equalsIgnoreCase);
            if (!kept) {
                // Header names only: values may be cookies or other personal data.
                LOG.log(
                        System.Logger.Level.WARNING,
                        "{0}: {1} values of header {2} are in multiValueHeaders, which "
                                + "API Gateway ignores in a payload 2.0 response; only headers and cookies reach the browser",
                        routeKey,
                        values.size(),
                        name);
            }
        });
    }
}
