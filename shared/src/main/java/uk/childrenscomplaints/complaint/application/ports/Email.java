package uk.childrenscomplaints.complaint.application.ports;

import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.complaint.model.ComplaintId;

/**
 * One email to send through a template. The data may hold text people typed; the template engine escapes it in the
 * HTML part, so nothing here is pre-escaped.
 *
 * @param lists rows for a template's {{#each name}} blocks, each row a map of plain values like {@code data}
 * @param about the complaint the email is about; null for one about many (a weekly summary)
 * @param addressee the role of whom it is to (not of those copied); null when not said
 * @param marker the send-once mark this email settles (decision 025); null when none (a test's email)
 */
public record Email(
        EmailTemplate template,
        List<String> to,
        List<String> cc,
        Map<String, String> data,
        Map<String, List<Map<String, String>>> lists,
        ComplaintId about,
        Addressee addressee,
        SendMarker marker) {
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
                copied.put(
                        list.getKey(), list.getValue().stream().map(Map::copyOf).toList());
            }
        }
        lists = Map.copyOf(copied);
    }

    public Email(
            EmailTemplate template,
            List<String> to,
            List<String> cc,
            Map<String, String> data,
            Map<String, List<Map<String, String>>> lists) {
        this(template, to, cc, data, lists, null, null, null);
    }

    public Email(EmailTemplate template, List<String> to, List<String> cc, Map<String, String> data) {
        this(template, to, cc, data, Map.of());
    }

    /** The same email, saying which complaint it is about and the role of whom it is to. */
    public Email about(ComplaintId complaint, Addressee to) {
        return new Email(template, this.to, cc, data, lists, complaint, to, marker);
    }

    /** The same email, saying the role of whom it is to (an email about no single complaint). */
    public Email addressedTo(Addressee to) {
        return new Email(template, this.to, cc, data, lists, about, to, marker);
    }

    /** The same email, naming the send-once mark it settles, so the mail service's "sent" event can make it. */
    public Email marking(SendMarker marker) {
        return new Email(template, to, cc, data, lists, about, addressee, marker);
    }
}
