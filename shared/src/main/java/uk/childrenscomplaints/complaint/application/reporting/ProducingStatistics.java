package uk.childrenscomplaints.complaint.application.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.casework.Permissions;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.application.ports.Caseloads;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.Compliments;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.Compliment;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.OpenCaseload;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.Teams;
import uk.childrenscomplaints.complaint.statistics.ComplaintStatistics;
import uk.childrenscomplaints.complaint.statistics.Period;
import uk.childrenscomplaints.complaint.statistics.Report;

/**
 * Produces the report's figures for a period, as of today. Reads only what the period needs: the period's quarters and
 * the same quarters a year earlier through the quarter index, the caseload entered for the quarter the period ends in,
 * and the period's compliments. Never the whole table.
 */
public final class ProducingStatistics {
    /** Ten years: a longer period would be hundreds of queries in one request. */
    public static final int MAX_QUARTERS = 40;

    private static final ZoneId LONDON = CouncilTime.ZONE;

    private final Complaints complaints;
    private final Compliments compliments;
    private final Caseloads caseloads;
    private final WorkingDayCalendar calendar;
    private final Teams teams;
    private final Clock clock;
    private final ComplaintStatistics statistics = new ComplaintStatistics();

    public ProducingStatistics(
            Complaints complaints,
            Compliments compliments,
            Caseloads caseloads,
            WorkingDayCalendar calendar,
            Teams teams,
            Clock clock) {
        this.complaints = complaints;
        this.compliments = compliments;
        this.caseloads = caseloads;
        this.calendar = calendar;
        this.teams = teams;
        this.clock = clock;
    }

    /** What a request for figures comes to: the report, or why not. */
    public sealed interface Answer {
        /** @param team the one team the figures are limited to, or null for the whole council */
        record Produced(Report report, TeamName team) implements Answer {}

        /** The member may not see these figures (no role, or another team's). */
        record Forbidden() implements Answer {}

        record Invalid(List<FieldError> errors) implements Answer {}
    }

    /**
     * The figures {@code who} may see: the whole council's (or one named team's) for the complaints team and a
     * director; a responding manager's own team's only. A manager of one team gets that team's without naming it; a
     * manager of several must name one, since the report sets one team's complaints against its own caseload.
     *
     * @param team the team asked for, as typed (matched case-insensitively against the configured teams), or null
     */
    public Answer reportFor(StaffMember who, Period period, String team) {
        Objects.requireNonNull(period, "period");
        List<FieldError> errors = new ArrayList<>();
        if (!withinLimit(period)) {
            errors.add(new FieldError(
                    "to",
                    "A report covers at most ten years (" + MAX_QUARTERS
                            + " quarters): choose a later from or an earlier to"));
        }
        TeamName asked = null;
        if (team != null && !team.isBlank()) {
            asked = teams.find(team).orElse(null);
            if (asked == null) {
                errors.add(new FieldError(
                        "team",
                        "team must be one of the council's teams: "
                                + String.join(
                                        ", ",
                                        teams.names().stream()
                                                .map(TeamName::value)
                                                .toList())));
            }
        }
        if (!errors.isEmpty()) {
            return new Answer.Invalid(List.copyOf(errors));
        }
        if (Permissions.seesEveryTeam(who)) {
            return new Answer.Produced(asked == null ? report(period) : reportForTeam(period, asked), asked);
        }
        if (!Permissions.answersForTeams(who)) {
            return new Answer.Forbidden();
        }
        if (asked == null) {
            if (who.teams().size() > 1) {
                return new Answer.Invalid(List.of(new FieldError(
                        "team",
                        "You answer for several teams: name one"
                                + " with team=, one of: "
                                + String.join(
                                        ", ",
                                        who.teams().stream()
                                                .map(TeamName::value)
                                                .sorted()
                                                .toList()))));
            }
            TeamName own = who.teams().iterator().next();
            asked = teams.find(own.value()).orElse(own);
        }
        return Permissions.managesTeamOf(who, asked)
                ? new Answer.Produced(reportForTeam(period, asked), asked)
                : new Answer.Forbidden();
    }

    /** The whole council's figures. */
    public Report report(Period period) {
        return produce(period, null);
    }

    /** One team's figures only: its complaints, its caseload and its compliments (what its manager may see). */
    public Report reportForTeam(Period period, TeamName team) {
        return produce(period, Objects.requireNonNull(team, "team"));
    }

    /** Whether a period is short enough to report on; {@link #report} refuses a longer one. */
    public static boolean withinLimit(Period period) {
        return quarterCount(period) <= MAX_QUARTERS;
    }

    private Report produce(Period period, TeamName team) {
        Objects.requireNonNull(period, "period");
        if (!withinLimit(period)) {
            throw new IllegalArgumentException("a report covers at most ten years (" + MAX_QUARTERS + " quarters)");
        }
        List<Complaint> received = receivedIn(period, team);
        List<Complaint> yearEarlier = receivedIn(period.sameTimeYearEarlier(), team);
        Map<TeamName, Integer> caseload = new LinkedHashMap<>();
        for (OpenCaseload c : caseloads.atEndOf(FinancialQuarter.of(period.to()))) {
            if (team == null || sameTeam(team, c.team())) {
                caseload.put(c.team(), c.openCases());
            }
        }
        List<Compliment> praise = compliments.receivedBetween(period.from(), period.to()).stream()
                .filter(c -> team == null || sameTeam(team, c.team()))
                .toList();
        return statistics.compute(
                period, received, yearEarlier, caseload, praise, calendar, LocalDate.now(clock.withZone(LONDON)));
    }

    private List<Complaint> receivedIn(Period period, TeamName team) {
        List<Complaint> read = new ArrayList<>();
        FinancialQuarter q = FinancialQuarter.of(period.from());
        while (!q.firstDay().isAfter(period.to())) {
            LocalDate from = period.from().isAfter(q.firstDay()) ? period.from() : q.firstDay();
            LocalDate to = period.to().isBefore(q.lastDay()) ? period.to() : q.lastDay();
            for (Complaint c : complaints.receivedIn(q, from, to)) {
                if (team == null
                        || (c.intake().team() != null
                                && sameTeam(team, c.intake().team()))) {
                    read.add(c);
                }
            }
            q = q.next();
        }
        return read;
    }

    private static int quarterCount(Period period) {
        int n = 0;
        for (FinancialQuarter q = FinancialQuarter.of(period.from());
                !q.firstDay().isAfter(period.to());
                q = q.next()) {
            if (++n > MAX_QUARTERS) {
                break;
            }
        }
        return n;
    }

    private static boolean sameTeam(TeamName a, TeamName b) {
        return a.value().equalsIgnoreCase(b.value());
    }
}
