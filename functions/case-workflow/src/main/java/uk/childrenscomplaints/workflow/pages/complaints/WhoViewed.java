package uk.childrenscomplaints.workflow.pages.complaints;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.complaint.application.access.RecordingAccess;
import uk.childrenscomplaints.complaint.application.ports.AccessLog;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.workflow.pages.support.Dates;
import uk.childrenscomplaints.workflow.staff.StaffPages;

/**
 * The complaint page's "who has viewed this complaint" list (decision 029): shown to the complaints team only, newest
 * first, a page at a time; for anyone else the model has no list and the page leaves the section out.
 */
final class WhoViewed {
    private WhoViewed() {}

    static Map<String, Object> model(RecordingAccess.Listing listing, Complaint c) {
        if (!(listing instanceof RecordingAccess.Listing.Found found)) {
            return Map.of();
        }
        List<Map<String, Object>> rows =
                found.page().events().stream().map(WhoViewed::row).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("viewers", rows);
        String next = found.page().nextPageToken();
        m.put(
                "viewersNext",
                next == null
                        ? null
                        : StaffPages.complaint(c.id().value()) + "?viewsFrom="
                                + URLEncoder.encode(next, StandardCharsets.UTF_8) + "#who-viewed");
        return m;
    }

    static Map<String, Object> row(AccessLog.AccessEvent e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("at", Dates.text(e.at()));
        row.put("who", e.staffId());
        row.put("role", roleText(e));
        row.put("route", e.route());
        return row;
    }

    private static String roleText(AccessLog.AccessEvent e) {
        String roles = e.roles().isEmpty() ? "no role" : String.join(", ", e.roles());
        return e.teams().isEmpty() ? roles : roles + " (" + String.join(", ", e.teams()) + ")";
    }
}
