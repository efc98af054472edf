package uk.childrenscomplaints.local.runtime;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the payload 2.0 event API Gateway's HTTP API would send for a request. The quirks are API Gateway's
 * and kept on purpose, so code that works here works there: header names lower-cased and repeated values
 * comma-joined, the {@code Cookie} header moved to {@code cookies}, repeated query values comma-joined, and any
 * body whose type is not text (a urlencoded form included) base64-encoded.
 */
final class ApiGatewayEvents {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private ApiGatewayEvents() {}

    static APIGatewayV2HTTPEvent from(
            HttpExchange exchange,
            HttpRoute route,
            Map<String, String> pathParameters,
            byte[] body,
            String requestId,
            Instant at) {
        return from(exchange, route, pathParameters, body, requestId, at, null);
    }

    /** @param authorizer what the route's JWT authorizer found (claims, scopes), or null on a public route */
    static APIGatewayV2HTTPEvent from(
            HttpExchange exchange,
            HttpRoute route,
            Map<String, String> pathParameters,
            byte[] body,
            String requestId,
            Instant at,
            APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer) {
        String rawPath = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, String> headers = headers(exchange);
        List<String> cookies = cookies(headers.remove("cookie"));
        String sourceIp = exchange.getRemoteAddress().getAddress().getHostAddress();
        headers.put("x-forwarded-for", sourceIp);
        headers.put("x-forwarded-proto", "http");
        headers.put(
                "x-forwarded-port", String.valueOf(exchange.getLocalAddress().getPort()));
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        boolean binary = body.length > 0 && !isText(headers.get("content-type"));

        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(route.routeKey())
                .withRawPath(rawPath)
                .withRawQueryString(rawQuery == null ? "" : rawQuery)
                .withCookies(cookies)
                .withHeaders(headers)
                .withQueryStringParameters(queryParameters(rawQuery))
                .withPathParameters(pathParameters.isEmpty() ? null : pathParameters)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAccountId("000000000000")
                        .withAuthorizer(authorizer)
                        .withApiId("local")
                        .withDomainName(headers.getOrDefault("host", "localhost"))
                        .withDomainPrefix("local")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withPath(rawPath)
                                .withProtocol(exchange.getProtocol())
                                .withSourceIp(sourceIp)
                                .withUserAgent(headers.getOrDefault("user-agent", ""))
                                .build())
                        .withRequestId(requestId)
                        .withRouteKey(route.routeKey())
                        .withStage("$default")
                        .withTime(TIME.format(at))
                        .withTimeEpoch(at.toEpochMilli())
                        .build())
                .withBody(
                        body.length == 0
                                ? null
                                : binary
                                        ? Base64.getEncoder().encodeToString(body)
                                        : new String(body, StandardCharsets.UTF_8))
                .withIsBase64Encoded(binary)
                .build();
    }

    /** The media types API Gateway passes through as text; everything else arrives base64-encoded. */
    static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.startsWith("text/")
                || type.equals("application/json")
                || type.endsWith("+json")
                || type.equals("application/xml")
                || type.endsWith("+xml")
                || type.equals("application/javascript");
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) ->
                        headers.merge(name.toLowerCase(Locale.ROOT), String.join(",", values), (a, b) -> a + "," + b));
        return headers;
    }

    private static List<String> cookies(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        List<String> cookies = new ArrayList<>();
        for (String cookie : header.split(";")) {
            if (!cookie.isBlank()) {
                cookies.add(cookie.trim());
            }
        }
        return cookies;
    }

    private static Map<String, String> queryParameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            String value = parts.length > 1 ? decode(parts[1]) : "";
            parameters.merge(decode(parts[0]), value, (a, b) -> a + "," + b);
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
