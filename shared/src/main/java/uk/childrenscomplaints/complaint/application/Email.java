package uk.childrenscomplaints.complaint.application;

import java.util.List;
import java.util.Map;

/**
 * One email to send through a template. The data may hold text people typed; the template engine escapes it in the
 * HTML part, so nothing here is pre-escaped.
 *
 * @param lists rows for a template's {{#each name}} blocks, each row a map of plain values like {@code data}
 */
public record Email(EmailTemplate template, List<String> to, List<String> cc, Map<String, String> data,
        Map<String, List<Map<String, String>>> lists) {
    public Email {
        if (to == null || to.isEmpty()) {
            throw new IllegalArgumentException("an email needs at least one recipient");
        }
        to = List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        data = Map.copyOf(data);
        Map<String, List<Map<String, String>>> copied = new java.util.LinkedHashMap<>();
        if (lists != null) {
            for (Map.Entry<String, List<Map<String, String>>> list : lists.entrySet()) {
                if (data.containsKey(list.getKey())) {
                    throw new IllegalArgumentException("'" + list.getKey() + "' is both a value and a list");
                }
                copied.put(list.getKey(), list.getValue().stream().map(Map::copyOf).toList());
            }
        }
        lists = Map.copyOf(copied);
    }

    public Email(EmailTemplate template, List<String> to, List<String> cc, Map<String, String> data) {
        this(template, to, cc, data, Map.of());
    }
}
