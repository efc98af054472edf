package uk.childrenscomplaints.workflow.staff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.childrenscomplaints.complaint.application.ports.AccessLog;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.TimelineEntry;

/**
 * What a subject access export gives out (decision 029), the same from the API and the pages: each complaint whole
 * (as the staff API shows it, timeline included), and the emails the service sent the complainant, with their dates
 * and subjects. Subjects are the templates' own, with the reference filled in.
 */
public final class SubjectAccessExports {
    /** The emails that go to the complainant (the rest go to staff), by their template's name. */
    static final Set<String> TO_THE_COMPLAINANT =
            Set.of("acknowledgement", "clock-paused", "clock-resumed", "reopened-letter", "stage2-entitlement-letter");

    private SubjectAccessExports() {}

    /** The complaints found, as the search lists them: no more than identifies each. */
    public static List<Map<String, Object>> summaries(List<Complaint> complaints, LocalDate today) {
        return complaints.stream().map(c -> ComplaintViews.row(c, today)).toList();
    }

    /** The whole export, as JSON's tree. */
    public static Map<String, Object> document(List<Complaint> complaints, Instant at, LocalDate today) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("generatedAt", at.toString());
        doc.put(
                "about",
                "Everything this complaints service holds about the person asked for, from their complaints: the"
                        + " complaint itself, its timeline and the emails sent to them.");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Complaint c : complaints) {
            Map<String, Object> whole = new LinkedHashMap<>(ComplaintViews.whole(c, today));
            whole.put("emailsSentToYou", emailsSent(c));
            out.add(whole);
        }
        doc.put("complaints", out);
        return doc;
    }

    /** The emails sent to the complainant: when, which, and the subject they saw. */
    public static List<Map<String, Object>> emailsSent(Complaint c) {
        List<Map<String, Object>> sent = new ArrayList<>();
        for (TimelineEntry t : c.timeline()) {
            if (!"notice sent".equals(t.action()) || t.detail() == null) {
                continue;
            }
            String key = t.detail().split(" ", 2)[0];
            String name = key.split("[@:]", 2)[0];
            if (TO_THE_COMPLAINANT.contains(name)) {
                Map<String, Object> email = new LinkedHashMap<>();
                email.put("sentAt", t.at().toString());
                email.put("email", name);
                email.put("subject", subject(name, c.reference().toString()).orElse(name));
                sent.add(email);
            }
        }
        return sent;
    }

    /** An access record as the API lists it: never more than the record holds. */
    public static Map<String, Object> access(AccessLog.AccessEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", e.at().toString());
        m.put("staffId", e.staffId());
        m.put("roles", e.roles());
        m.put("teams", e.teams());
        m.put("route", e.route());
        m.put("complaintId", e.complaintId());
        m.put("periodFrom", e.periodFrom() == null ? null : e.periodFrom().toString());
        m.put("periodTo", e.periodTo() == null ? null : e.periodTo().toString());
        m.put("team", e.team());
        return m;
    }

    private static Optional<String> subject(String template, String reference) {
        try (InputStream in = SubjectAccessExports.class
                .getClassLoader()
                .getResourceAsStream("emails/" + template + ".subject.txt")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .strip()
                    .replace("{{reference}}", reference));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
