package uk.childrenscomplaints.workflow;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A staff page's {@code application/x-www-form-urlencoded} post, read from the event as API Gateway delivered it
 * (base64 when flagged). Unreadable encoding reads as no fields, which every form then reports as missing.
 */
record FormBody(Map<String, List<String>> values, int bytes) {

    static FormBody parse(APIGatewayV2HTTPEvent event) {
        String raw = event == null || event.getBody() == null ? "" : event.getBody();
        byte[] bytes;
        try {
            bytes = event != null && event.getIsBase64Encoded() ? Base64.getDecoder().decode(raw)
                    : raw.getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new FormBody(Map.of(), 0);
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        try {
            for (String pair : new String(bytes, StandardCharsets.UTF_8).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        } catch (IllegalArgumentException e) {
            return new FormBody(Map.of(), bytes.length);
        }
        return new FormBody(values, bytes.length);
    }

    /** The first value as typed, or null. */
    String first(String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() ? null : all.get(0);
    }
}
