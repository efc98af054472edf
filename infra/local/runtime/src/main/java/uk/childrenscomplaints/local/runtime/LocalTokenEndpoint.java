package uk.childrenscomplaints.local.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /local/token {"user":"officer"}}: a demo member of staff's ID token. It exists only in the local
 * bridge, which is the only thing that trusts the key it signs with; in AWS staff sign in through Cognito.
 */
final class LocalTokenEndpoint {

    static final String PATH = "/local/token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalTokenEndpoint() {}

    static int answer(HttpExchange exchange, LocalStaffTokens tokens) throws IOException {
        if (!exchange.getRequestMethod().equalsIgnoreCase("POST")) {
            return send(exchange, 405, Map.of("message", "POST {\"user\":\"officer\"} to get a token"));
        }
        Optional<LocalStaffTokens.DemoUser> user;
        try {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            user = tokens.demoUser(body == null ? null : body.path("user").asText(null));
        } catch (IOException e) {
            user = Optional.empty();
        }
        if (user.isEmpty()) {
            return send(
                    exchange,
                    400,
                    Map.of(
                            "message",
                            "Send {\"user\": one of "
                                    + tokens.users().stream()
                                            .map(LocalStaffTokens.DemoUser::username)
                                            .toList()
                                    + "}"));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("user", user.get().username());
        answer.put("groups", user.get().groups());
        answer.put("teams", user.get().teams());
        answer.put("expiresInSeconds", LocalStaffTokens.LIFETIME.toSeconds());
        answer.put("token", tokens.issue(user.get()));
        return send(exchange, 200, answer);
    }

    private static int send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        return status;
    }
}
