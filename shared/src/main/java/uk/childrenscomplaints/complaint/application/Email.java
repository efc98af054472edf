package uk.childrenscomplaints.complaint.application;

import java.util.List;
import java.util.Map;

/**
 * One email to send through a template. The data may hold text people typed; the template engine escapes it in the
 * HTML part, so nothing here is pre-escaped.
 */
public record Email(EmailTemplate template, List<String> to, List<String> cc, Map<String, String> data) {
    public Email {
        if (to == null || to.isEmpty()) {
            throw new IllegalArgumentException("an email needs at least one recipient");
        }
        to = List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        data = Map.copyOf(data);
    }
}
