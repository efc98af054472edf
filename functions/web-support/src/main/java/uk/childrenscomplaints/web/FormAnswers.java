package uk.childrenscomplaints.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.complaint.model.FreeText;

/**
 * The answers of an {@code application/x-www-form-urlencoded} form, as typed: repeated names (checkboxes) keep every
 * value in order. Parsed here rather than by the framework so the size limit and malformed input are ours to answer;
 * the public form and the staff pages read their posts with this one parser.
 */
public final class FormAnswers {
    private static final FormAnswers NONE = new FormAnswers(Map.of());

    private final Map<String, List<String>> values;

    private FormAnswers(Map<String, List<String>> values) {
        this.values = values;
    }

    /** @throws IllegalArgumentException when the body is not valid URL encoding (a bad {@code %} escape) */
    public static FormAnswers parse(String body) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (body != null && !body.isEmpty()) {
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return new FormAnswers(values);
    }

    /** The body's bytes read as UTF-8; null reads as empty. @throws IllegalArgumentException as {@link #parse(String)} */
    public static FormAnswers parse(byte[] body) {
        return parse(body == null ? "" : new String(body, StandardCharsets.UTF_8));
    }

    public static FormAnswers of(Map<String, List<String>> values) {
        return new FormAnswers(new LinkedHashMap<>(values));
    }

    /** No fields at all: what a caller that reports every field as missing reads from an unreadable body. */
    public static FormAnswers none() {
        return NONE;
    }

    /** A textarea's line breaks come as CRLF; stored as LF, so the one {@link FreeText} rule sees what is kept. */
    private static String decode(String s) {
        return FreeText.normalised(URLDecoder.decode(s, StandardCharsets.UTF_8));
    }

    /** Every name with every value as typed, in the order sent. */
    public Map<String, List<String>> values() {
        return Collections.unmodifiableMap(values);
    }

    /** The first value as typed, or null when absent. */
    public String first(String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() ? null : all.get(0);
    }

    /** The first value, trimmed; null when absent or blank. */
    public String text(String name) {
        String first = first(name);
        if (first == null) {
            return null;
        }
        String v = first.trim();
        return v.isEmpty() ? null : v;
    }

    /** The first value exactly as typed (for re-displaying a textarea), or "" when absent. */
    public String raw(String name) {
        String first = first(name);
        return first == null ? "" : first;
    }

    /** Every non-blank value of a repeated field, such as ticked checkboxes. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream()
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .toList();
    }
}
