package uk.childrenscomplaints.submission;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of an {@code application/x-www-form-urlencoded} form, as typed: repeated names (checkboxes) keep every
 * value in order. Parsed here rather than by the framework so the size limit and malformed input are ours to answer.
 */
public final class FormAnswers {
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

    public static FormAnswers of(Map<String, List<String>> values) {
        return new FormAnswers(new LinkedHashMap<>(values));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The first value, trimmed; null when absent or blank. */
    public String text(String name) {
        List<String> all = values.get(name);
        if (all == null || all.isEmpty()) {
            return null;
        }
        String v = all.get(0).trim();
        return v.isEmpty() ? null : v;
    }

    /** The first value exactly as typed (for re-displaying a textarea), or "" when absent. */
    public String raw(String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() ? "" : all.get(0);
    }

    /** Every non-blank value of a repeated field, such as ticked checkboxes. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
    }
}
