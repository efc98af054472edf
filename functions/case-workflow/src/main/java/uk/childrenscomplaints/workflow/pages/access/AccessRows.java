package uk.childrenscomplaints.workflow.pages.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.complaint.application.ports.AccessLog;
import uk.childrenscomplaints.workflow.pages.support.Dates;
import uk.childrenscomplaints.workflow.staff.StaffPages;

/** A director's listing of accesses as table rows: what was read (a complaint, or a report's period), when and how. */
final class AccessRows {
    private AccessRows() {}

    static List<Map<String, Object>> of(List<AccessLog.AccessEvent> events) {
        return events.stream().map(AccessRows::row).toList();
    }

    private static Map<String, Object> row(AccessLog.AccessEvent e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("at", Dates.text(e.at()));
        row.put("role", e.roles().isEmpty() ? "no role" : String.join(", ", e.roles()));
        row.put("route", e.route());
        if (e.complaintId() != null) {
            row.put("what", "Complaint " + e.complaintId());
            row.put("href", StaffPages.complaint(e.complaintId()));
        } else {
            row.put(
                    "what",
                    "Statistics from " + Dates.text(e.periodFrom()) + " to " + Dates.text(e.periodTo())
                            + (e.team() == null ? "" : " (" + e.team() + ")"));
            row.put("href", null);
        }
        return row;
    }
}
