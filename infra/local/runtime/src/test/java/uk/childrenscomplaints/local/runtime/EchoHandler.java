package uk.childrenscomplaints.local.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers with what it was given, so a test can see the event the bridge built. */
public class EchoHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final byte[] PNG_BYTES = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        if (event.getRawPath().endsWith(".png")) {
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(200)
                    .withHeaders(Map.of("Content-Type", "image/png"))
                    .withBody(java.util.Base64.getEncoder().encodeToString(PNG_BYTES))
                    .withIsBase64Encoded(true)
                    .build();
        }
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("version", event.getVersion());
        echo.put("routeKey", event.getRouteKey());
        echo.put("rawPath", event.getRawPath());
        echo.put("rawQueryString", event.getRawQueryString());
        echo.put("queryStringParameters", event.getQueryStringParameters());
        echo.put("pathParameters", event.getPathParameters());
        echo.put("headers", event.getHeaders());
        echo.put("cookies", event.getCookies());
        echo.put("body", event.getBody());
        echo.put("isBase64Encoded", event.getIsBase64Encoded());
        echo.put("method", event.getRequestContext().getHttp().getMethod());
        echo.put("httpPath", event.getRequestContext().getHttp().getPath());
        echo.put("stage", event.getRequestContext().getStage());
        echo.put("requestId", event.getRequestContext().getRequestId());
        echo.put("functionName", context.getFunctionName());
        echo.put("remainingMillis", context.getRemainingTimeInMillis());
        echo.put("greeting", System.getProperty("ECHO_GREETING"));
        var authorizer = event.getRequestContext().getAuthorizer();
        if (authorizer != null && authorizer.getJwt() != null) {
            echo.put("claims", authorizer.getJwt().getClaims());
            echo.put("scopes", authorizer.getJwt().getScopes());
        }
        try {
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(201)
                    .withHeaders(Map.of("Content-Type", "application/json", "X-Echo", "yes"))
                    .withCookies(List.of("a=1; Path=/", "b=2; Path=/"))
                    .withBody(JSON.writeValueAsString(echo))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
