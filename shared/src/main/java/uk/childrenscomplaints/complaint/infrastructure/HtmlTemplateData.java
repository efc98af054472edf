package uk.childrenscomplaints.complaint.infrastructure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data for one templated send: the values as given, for the subject and text part, and under {@code html}
 * the same values HTML-escaped, for the HTML part.
 *
 * <p>We escape ourselves rather than trust the template engine to: the SES emulator renders {@code {{x}}}
 * unescaped, and what real SES does is not stated in its documentation. See decision record 003.
 */
final class HtmlTemplateData {

    static final String HTML_KEY = "html";

    private HtmlTemplateData() {}

    static Map<String, Object> of(Map<String, String> data) {
        return of(data, Map.of());
    }

    /** Lists (for {@code {{#each}}}) go the same way: as given, and under {@code html} with every value escaped. */
    static Map<String, Object> of(Map<String, String> data, Map<String, List<Map<String, String>>> lists) {
        if (data.containsKey(HTML_KEY) || lists.containsKey(HTML_KEY)) {
            throw new IllegalArgumentException("'" + HTML_KEY + "' is reserved for the escaped copies");
        }
        Map<String, Object> escaped = new TreeMap<>();
        data.forEach((key, value) -> escaped.put(key, escape(value)));
        Map<String, Object> all = new TreeMap<>(data);
        lists.forEach((key, rows) -> {
            all.put(key, rows.stream().map(TreeMap::new).toList());
            escaped.put(key, rows.stream().map(HtmlTemplateData::escapeAll).toList());
        });
        Map<String, Object> ordered = new LinkedHashMap<>(all);
        ordered.put(HTML_KEY, escaped);
        return ordered;
    }

    private static Map<String, String> escapeAll(Map<String, String> row) {
        Map<String, String> escaped = new TreeMap<>();
        row.forEach((key, value) -> escaped.put(key, escape(value)));
        return escaped;
    }

    /**
     * Apostrophes are left alone: user data only ever lands in element text or double-quoted attributes, and
     * names like O'Brien should not arrive as O&#39;Brien if an engine escapes a second time.
     */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
