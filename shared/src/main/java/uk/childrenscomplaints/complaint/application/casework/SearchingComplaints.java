package uk.childrenscomplaints.complaint.application.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.TeamName;

/**
 * Staff search, from the indexes only: a received period reads the quarter index (one query per quarter); anything
 * else reads the status index, one query per state wanted (and per team, for a manager). What the member may not see
 * is never read into the answer.
 */
final class SearchingComplaints {
    /** More than this many quarters in one period search is refused rather than read. */
    private static final int MAX_QUARTERS = 40;

    private final Complaints complaints;

    SearchingComplaints(Complaints complaints) {
        this.complaints = complaints;
    }

    List<Complaint> search(StaffMember who, SearchCriteria k, LocalDate today) {
        if (who.roles().isEmpty()) {
            return List.of();
        }
        List<TeamName> teams = teamsToRead(who, k.team());
        if (teams != null && teams.isEmpty()) {
            return List.of();
        }
        Map<String, Complaint> found = new LinkedHashMap<>();
        for (Complaint c : candidates(k, teams)) {
            if (Permissions.maySee(who, c) && matches(k, c, today)) {
                found.putIfAbsent(c.id().value(), c);
            }
        }
        return new ArrayList<>(found.values());
    }

    /** The teams to read: null for all (staff who see every team and asked for none); a manager's own otherwise. */
    private static List<TeamName> teamsToRead(StaffMember who, TeamName asked) {
        if (Permissions.seesEveryTeam(who)) {
            return asked == null ? null : List.of(asked);
        }
        if (asked != null) {
            return Permissions.managesTeamOf(who, asked) ? List.of(asked) : List.of();
        }
        return List.copyOf(who.teams());
    }

    private List<Complaint> candidates(SearchCriteria k, List<TeamName> teams) {
        List<Complaint> read = new ArrayList<>();
        if (k.receivedFrom() != null && k.receivedTo() != null) {
            if (k.receivedTo().isBefore(k.receivedFrom())) {
                return read;
            }
            FinancialQuarter q = FinancialQuarter.of(k.receivedFrom());
            for (int n = 0; !q.firstDay().isAfter(k.receivedTo()) && n < MAX_QUARTERS; n++, q = q.next()) {
                LocalDate from = k.receivedFrom().isAfter(q.firstDay()) ? k.receivedFrom() : q.firstDay();
                LocalDate to = k.receivedTo().isBefore(q.lastDay()) ? k.receivedTo() : q.lastDay();
                read.addAll(complaints.receivedIn(q, from, to));
            }
            return read;
        }
        for (ComplaintState state : statesWanted(k)) {
            if (teams == null) {
                read.addAll(complaints.inState(state, null));
            } else {
                for (TeamName team : teams) {
                    read.addAll(complaints.inState(state, team));
                }
            }
        }
        return read;
    }

    private static List<ComplaintState> statesWanted(SearchCriteria k) {
        if (k.state() != null) {
            return List.of(k.state());
        }
        Set<ComplaintState> overdueStates = Set.of(ComplaintState.STAGE1_OPEN, ComplaintState.STAGE2_INVESTIGATING);
        return Arrays.stream(ComplaintState.values())
                .filter(s -> k.stage() == null || s.stage() == k.stage())
                .filter(s -> !Boolean.TRUE.equals(k.overdue()) || overdueStates.contains(s))
                .toList();
    }

    private static boolean matches(SearchCriteria k, Complaint c, LocalDate today) {
        LocalDate received = c.intake().receivedOn();
        return (k.team() == null
                        || (c.intake().team() != null
                                && c.intake()
                                        .team()
                                        .value()
                                        .equalsIgnoreCase(k.team().value())))
                && (k.state() == null || c.state() == k.state())
                && (k.stage() == null || c.state().stage() == k.stage())
                && (k.overdue() == null || c.isOverdue(today) == k.overdue())
                && (k.receivedFrom() == null || !received.isBefore(k.receivedFrom()))
                && (k.receivedTo() == null || !received.isAfter(k.receivedTo()));
    }
}
