package uk.childrenscomplaints.complaint.application.access;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.casework.CaseResult;
import uk.childrenscomplaints.complaint.application.casework.HandlingComplaints;
import uk.childrenscomplaints.complaint.application.casework.Permissions;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.application.ports.AccessLog;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.TeamName;

/**
 * Who looked (decision 029): every staff read of a complaint, every statistics download and every subject access
 * export is recorded before the answer goes out, and the complaints team and directors can list those records. A read
 * whose record cannot be written is not answered: the log's failure propagates, and the edge answers 503.
 */
public final class RecordingAccess {
    /** How many accesses one page of a listing shows. */
    public static final int PAGE_SIZE = 20;
    /** The longest period a director may list at once, so one listing stays a few pages of one partition. */
    public static final int MAX_DAYS = 366;

    private final HandlingComplaints handling;
    private final AccessLog log;
    private final Clock clock;

    public RecordingAccess(HandlingComplaints handling, AccessLog log, Clock clock) {
        this.handling = handling;
        this.log = log;
        this.clock = clock;
    }

    /**
     * The complaint as {@link HandlingComplaints#view} answers it, with the read recorded when it is shown; a refusal
     * or a complaint that does not exist records nothing, since nothing of it is shown.
     */
    public CaseResult view(StaffMember who, ComplaintId id, String route) {
        CaseResult result = handling.view(who, id);
        if (result instanceof CaseResult.Done) {
            complaintRead(who, id, route);
        }
        return result;
    }

    /** Records that {@code who} was shown this complaint through {@code route}. */
    public void complaintRead(StaffMember who, ComplaintId id, String route) {
        log.record(new AccessLog.AccessEvent(
                Instant.now(clock),
                who.username(),
                Permissions.roleNames(who),
                teamNames(who),
                route,
                id.value(),
                null,
                null,
                null));
    }

    /** Records that {@code who} was given a report of this period (of one team, when {@code team} is not null). */
    public void reportRead(StaffMember who, LocalDate from, LocalDate to, TeamName team, String route) {
        log.record(new AccessLog.AccessEvent(
                Instant.now(clock),
                who.username(),
                Permissions.roleNames(who),
                teamNames(who),
                route,
                null,
                from,
                to,
                team == null ? null : team.value()));
    }

    /** Who has viewed a complaint, newest first: for the complaints team only. */
    public Listing whoViewed(StaffMember who, ComplaintId id, String pageToken) {
        if (!Permissions.maySeeWhoViewed(who)) {
            return new Listing.Forbidden();
        }
        if (handling.view(who, id) instanceof CaseResult.NotFound) {
            return new Listing.NotFound();
        }
        return new Listing.Found(log.ofComplaint(id.value(), blankToNull(pageToken), PAGE_SIZE));
    }

    /**
     * What one member of staff read from {@code from} to {@code to} (whole days, UTC), newest first: for a director
     * only. The period is at most {@link #MAX_DAYS} days; every mistake is named at once.
     */
    public Listing accessesBy(StaffMember who, String staffId, LocalDate from, LocalDate to, String pageToken) {
        if (!Permissions.mayListAccessesByStaff(who)) {
            return new Listing.Forbidden();
        }
        List<FieldError> errors = new ArrayList<>();
        if (staffId == null || staffId.isBlank()) {
            errors.add(new FieldError("user", "Enter the staff member's user name, as it appears on a timeline"));
        }
        if (from == null) {
            errors.add(new FieldError("from", "Enter the first day of the period, like 2027-01-04"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "Enter the last day of the period, like 2027-01-31"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "The last day of the period must be the same as or after the first"));
        } else if (from != null && to != null && ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            errors.add(new FieldError("to", "Choose a period of at most " + MAX_DAYS + " days"));
        }
        if (!errors.isEmpty()) {
            return new Listing.Invalid(errors);
        }
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Listing.Found(log.byStaff(staffId.trim(), start, end, blankToNull(pageToken), PAGE_SIZE));
    }

    /** What a listing found, or that the member may not list it. */
    public sealed interface Listing {
        record Found(AccessLog.AccessPage page) implements Listing {}

        record Forbidden() implements Listing {}

        record Invalid(List<FieldError> errors) implements Listing {}

        record NotFound() implements Listing {}
    }

    private static List<String> teamNames(StaffMember who) {
        return who.teams().stream().map(TeamName::value).sorted().toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
