package uk.childrenscomplaints.complaint.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns DynamoDB's last evaluated key into an opaque token and back. Keys here hold only ids, dates and fixed
 * prefixes, never personal data, so the token is safe to hand to the next scheduled run.
 */
final class PageTokens {
    private PageTokens() {}

    static String encode(Map<String, AttributeValue> key) {
        StringBuilder sb = new StringBuilder();
        key.forEach((name, value) ->
                sb.append(name).append('\u0001').append(value.s()).append('\u0002'));
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, AttributeValue> decode(String token) {
        String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String part : raw.split("\u0002")) {
            if (!part.isEmpty()) {
                String[] nv = part.split("\u0001", 2);
                key.put(nv[0], AttributeValue.fromS(nv[1]));
            }
        }
        return key;
    }
}
