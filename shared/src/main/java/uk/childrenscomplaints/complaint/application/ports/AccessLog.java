package uk.childrenscomplaints.complaint.application.ports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Who looked at what: one record per staff read of a complaint, per statistics download and per subject access export
 * (decision 029). A record names the member of staff, their roles and teams, the moment, the route, and the complaint's
 * id or the report's period: never a value from the complaint itself.
 */
public interface AccessLog {

    /** Stores one access. Throws when it cannot, so that the read it records is refused rather than left unrecorded. */
    void record(AccessEvent event);

    /** A complaint's accesses, newest first, a page at a time. */
    AccessPage ofComplaint(String complaintId, String pageToken, int pageSize);

    /** One member of staff's accesses between two instants (from inclusive, to exclusive), newest first. */
    AccessPage byStaff(String staffId, Instant from, Instant to, String pageToken, int pageSize);

    /**
     * One access.
     *
     * @param complaintId the complaint read, or null for a report
     * @param periodFrom the first day of the report's period, or null for a complaint
     * @param team the one team a report was limited to, or null
     */
    record AccessEvent(
            Instant at,
            String staffId,
            List<String> roles,
            List<String> teams,
            String route,
            String complaintId,
            LocalDate periodFrom,
            LocalDate periodTo,
            String team) {
        public AccessEvent {
            if (at == null || staffId == null || staffId.isBlank() || route == null) {
                throw new IllegalArgumentException("an access names who, when and the route");
            }
            if ((complaintId == null) == (periodFrom == null || periodTo == null)) {
                throw new IllegalArgumentException("an access is of a complaint or of a report's period");
            }
            roles = roles == null ? List.of() : List.copyOf(roles);
            teams = teams == null ? List.of() : List.copyOf(teams);
        }
    }

    /** A page of accesses and the token for the next one (null at the end). */
    record AccessPage(List<AccessEvent> events, String nextPageToken) {}
}
