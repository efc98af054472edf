package uk.childrenscomplaints.workflow;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Optional;

/** A staff request's JSON body, or nothing when it is too large or not JSON (the caller names which). */
@Singleton
final class RequestBodies {
    static final int MAX_BYTES = 64 * 1024;

    private final JsonMapper json;

    RequestBodies(JsonMapper json) {
        this.json = json;
    }

    static boolean tooLarge(byte[] body) {
        return body != null && body.length > MAX_BYTES;
    }

    Optional<JsonNode> parse(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(body, JsonNode.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
