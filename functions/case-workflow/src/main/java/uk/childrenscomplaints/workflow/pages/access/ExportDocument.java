package uk.childrenscomplaints.workflow.pages.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The readable HTML export (decision 029): the same document as the JSON export, laid out as one section per complaint
 * with its details as label and value, its timeline and the emails sent to the person. Every value is text, escaped
 * by the template.
 */
final class ExportDocument {
    private ExportDocument() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> model(Map<String, Object> document) {
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Map<String, Object> complaint : (List<Map<String, Object>>) document.get("complaints")) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("reference", complaint.get("reference"));
            List<Map<String, Object>> rows = new ArrayList<>();
            flatten("", complaint, rows);
            section.put("rows", rows);
            section.put("timeline", complaint.get("timeline"));
            section.put("emails", complaint.get("emailsSentToYou"));
            sections.add(section);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generatedAt", document.get("generatedAt"));
        m.put("about", document.get("about"));
        m.put("sections", sections);
        return m;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> map, List<Map<String, Object>> rows) {
        for (Map.Entry<String, Object> e : map.entrySet()) {
            String key = e.getKey();
            Object v = e.getValue();
            if (v == null || "timeline".equals(key) || "emailsSentToYou".equals(key)) {
                continue;
            }
            String label = prefix.isEmpty() ? words(key) : prefix + ": " + words(key);
            if (v instanceof Map<?, ?> nested) {
                flatten(label, (Map<String, Object>) nested, rows);
            } else if (v instanceof List<?> list) {
                if (!list.isEmpty()) {
                    rows.add(Map.of(
                            "label",
                            label,
                            "value",
                            String.join(", ", list.stream().map(String::valueOf).toList())));
                }
            } else {
                rows.add(Map.of("label", label, "value", String.valueOf(v)));
            }
        }
    }

    /** {@code complainantName} as "Complainant name". */
    private static String words(String key) {
        String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
