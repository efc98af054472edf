package uk.childrenscomplaints.workflow.staff;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.web.JsonBodies;
import uk.childrenscomplaints.web.StrictJson;

/** A staff request's JSON body, or nothing when it is too large or not JSON (the caller names which). */
@Singleton
public final class RequestBodies {
    public static final int MAX_BYTES = 64 * 1024;
    /** An imported CSV file, sent to the API or uploaded on the import page. */
    public static final int MAX_CSV_BYTES = 5 * 1024 * 1024;

    RequestBodies() {}

    /**
     * The request's body as sent, empty when there is none. Read from the event rather than bound with {@code @Body}:
     * the framework refuses an empty body with its own 400 before the controller runs, so the caller's 401 or 403 (and
     * the documented error shape) would depend on whether a body was sent (the access matrix found it; docs/roles.md).
     */
    public static byte[] of(APIGatewayV2HTTPEvent event) {
        String raw = event == null ? null : event.getBody();
        if (raw == null) {
            return new byte[0];
        }
        if (!event.getIsBase64Encoded()) {
            return raw.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Base64.getDecoder().decode(raw);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    public static boolean tooLarge(byte[] body) {
        return body != null && body.length > MAX_BYTES;
    }

    /**
     * The field a body that could not be parsed gives twice ({@link StrictJson}), as the problem to answer with; empty
     * when it was refused for something else. Asked only after {@link #parse} found nothing, so read only then.
     */
    public Optional<FieldError> duplicateField(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try {
            JsonBodies.read(body);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return StrictJson.duplicateField(e);
        }
    }

    public Optional<JsonNode> parse(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JsonBodies.read(body));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
