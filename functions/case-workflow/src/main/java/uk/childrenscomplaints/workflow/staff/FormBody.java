package uk.childrenscomplaints.workflow.staff;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.web.FormAnswers;

/**
 * A staff page's {@code application/x-www-form-urlencoded} post, read from the event as API Gateway delivered it
 * (base64 when flagged) by the shared {@link FormAnswers}. Unreadable encoding reads as no fields, which every form
 * then reports as missing.
 */
public record FormBody(FormAnswers answers, int bytes) {

    public static FormBody parse(APIGatewayV2HTTPEvent event) {
        String raw = event == null || event.getBody() == null ? "" : event.getBody();
        byte[] bytes;
        try {
            bytes = event != null && event.getIsBase64Encoded()
                    ? Base64.getDecoder().decode(raw)
                    : raw.getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new FormBody(FormAnswers.none(), 0);
        }
        try {
            return new FormBody(FormAnswers.parse(bytes), bytes.length);
        } catch (IllegalArgumentException e) {
            return new FormBody(FormAnswers.none(), bytes.length);
        }
    }

    public Map<String, List<String>> values() {
        return answers.values();
    }

    /** The first value as typed, or null. */
    public String first(String name) {
        return answers.first(name);
    }
}
