package uk.childrenscomplaints.complaint.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.Anonymisation;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.Compliment;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.Outcome;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Reopening;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.TeamName;

/**
 * Works out the annual report's section 7 figures from the complaints themselves. Pure: no clock, no storage.
 *
 * <p>Which complaints count where:
 * <ul>
 *   <li>Volume figures (total, change on last year, share of open cases, complainants, children, issues, outcomes,
 *       teams, advocates, children complaining, repeat complainants) count <b>every</b> complaint received in the
 *       period, whatever its procedure.</li>
 *   <li>Stage, Stage 1 timeliness, Stage 2 cost and Ombudsman figures count <b>statutory-procedure complaints only</b>
 *       ({@code Procedure.runsStatutoryClock()}): the others never run the three-stage clock.</li>
 *   <li>A complaint reopened after a withdrawal or a closing without investigation keeps its reference and is counted
 *       <b>once</b>, under the day it was first received; {@code reopened} says how many of the period's were.</li>
 *   <li>Complaints are those <b>received</b> in the period. Lists may hold more (a whole quarter-index read); anything
 *       received outside the period is left out, and a complaint listed twice (same id) is counted once.</li>
 *   <li>Anything dated after {@code asOf} (a response, a request, a referral, a decision) is treated as not yet
 *       happened, so a report rerun later for the same date gives the same figures. Outcomes are the complaint's
 *       outcome as stored: they carry no date.</li>
 * </ul>
 */
public final class ComplaintStatistics {

    /**
     * @param received complaints received in {@code period} (others are ignored)
     * @param receivedYearEarlier complaints received in {@code period.sameTimeYearEarlier()} (others are ignored)
     * @param openCaseloadAtPeriodEnd each team's open cases on the period's last day
     * @param compliments compliments received in the period (others are ignored)
     * @param calendar working days, for Stage 1 timeliness
     * @param asOf the date the figures are taken on
     */
    public Report compute(
            Period period,
            List<Complaint> received,
            List<Complaint> receivedYearEarlier,
            Map<TeamName, Integer> openCaseloadAtPeriodEnd,
            List<Compliment> compliments,
            WorkingDayCalendar calendar,
            LocalDate asOf) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(asOf, "asOf");
        List<Complaint> complaints = receivedIn(period, received);
        long total = complaints.size();
        long yearEarlier =
                receivedIn(period.sameTimeYearEarlier(), receivedYearEarlier).size();
        Map<TeamName, Integer> caseload = openCaseloadAtPeriodEnd == null ? Map.of() : openCaseloadAtPeriodEnd;
        long openCases = caseload.values().stream()
                .filter(Objects::nonNull)
                .mapToLong(Integer::longValue)
                .sum();

        var relationships = Breakdowns.zeroed(Relationship.class);
        var ages = Breakdowns.zeroed(AgeBand.class);
        var genders = Breakdowns.zeroed(Gender.class);
        var issues = Breakdowns.zeroed(IssueCategory.class);
        var outcomes = Breakdowns.zeroed(Outcome.class);
        Map<TeamName, Long> teams = new TreeMap<>(Comparator.comparing(TeamName::value));
        long noIssue = 0;
        long noTeam = 0;
        long viaAdvocate = 0;
        long byChildren = 0;
        for (Complaint c : complaints) {
            var intake = c.intake();
            relationships.merge(intake.complainant().relationship(), 1L, Long::sum);
            ages.merge(intake.child().ageBand(), 1L, Long::sum);
            genders.merge(intake.child().gender(), 1L, Long::sum);
            outcomes.merge(c.outcome(), 1L, Long::sum);
            // A complaint listing the same issue twice still raised it once.
            Set<IssueCategory> raised =
                    intake.issues().isEmpty() ? EnumSet.noneOf(IssueCategory.class) : EnumSet.copyOf(intake.issues());
            raised.forEach(i -> issues.merge(i, 1L, Long::sum));
            noIssue += raised.isEmpty() ? 1 : 0;
            if (intake.team() == null) {
                noTeam++;
            } else {
                teams.merge(intake.team(), 1L, Long::sum);
            }
            boolean advocate = intake.viaAdvocate() || intake.complainant().relationship() == Relationship.ADVOCATE;
            viaAdvocate += advocate ? 1 : 0;
            byChildren += !advocate && intake.complainant().isChild() ? 1 : 0;
        }

        Map<TeamName, Long> complimentsByTeam = complimentsByTeam(period, compliments);
        return new Report(
                period,
                asOf,
                Figure.count(total),
                YearOnYear.of(total, yearEarlier),
                Figure.of(total, openCases),
                Breakdowns.shares(relationships, total),
                Breakdowns.shares(ages, total),
                Breakdowns.shares(genders, total),
                Breakdowns.shares(issues, total),
                Figure.of(noIssue, total),
                Breakdowns.shares(outcomes, total),
                teamFigures(teams, caseload, total),
                Figure.of(noTeam, total),
                StageStatistics.stages(complaints, asOf),
                StageStatistics.timeliness(complaints, calendar, asOf),
                StageStatistics.costs(complaints, asOf),
                StageStatistics.ombudsman(complaints, asOf),
                Figure.of(viaAdvocate, total),
                Figure.of(byChildren, total),
                repeatComplainants(complaints, total),
                complimentsByTeam,
                complimentsByTeam.values().stream().mapToLong(Long::longValue).sum(),
                byRoute(complaints, receivedIn(period.sameTimeYearEarlier(), receivedYearEarlier)),
                Figure.of(complaints.stream().filter(Reopening::wasReopened).count(), total),
                PausedClockFigures.of(complaints, calendar, asOf));
    }

    private static Map<Route, RouteFigures> byRoute(List<Complaint> complaints, List<Complaint> yearEarlier) {
        var now = Breakdowns.zeroed(Route.class);
        var then = Breakdowns.zeroed(Route.class);
        complaints.forEach(c -> now.merge(c.intake().route(), 1L, Long::sum));
        yearEarlier.forEach(c -> then.merge(c.intake().route(), 1L, Long::sum));
        Map<Route, RouteFigures> figures = new LinkedHashMap<>();
        for (Route route : Route.values()) {
            figures.put(
                    route,
                    new RouteFigures(
                            Figure.of(now.get(route), complaints.size()),
                            Figure.of(then.get(route), yearEarlier.size())));
        }
        return figures;
    }

    private static List<Complaint> receivedIn(Period period, List<Complaint> complaints) {
        Map<ComplaintId, Complaint> byId = new LinkedHashMap<>();
        for (Complaint c : complaints == null ? List.<Complaint>of() : complaints) {
            if (period.contains(c.intake().receivedOn())) {
                byId.putIfAbsent(c.id(), c);
            }
        }
        return List.copyOf(byId.values());
    }

    private static List<TeamFigures> teamFigures(
            Map<TeamName, Long> complaintsByTeam, Map<TeamName, Integer> caseload, long total) {
        Set<TeamName> named = new TreeSet<>(Comparator.comparing(TeamName::value));
        named.addAll(complaintsByTeam.keySet());
        caseload.forEach((team, open) -> {
            if (team != null) {
                named.add(team);
            }
        });
        List<TeamFigures> figures = new ArrayList<>();
        for (TeamName team : named) {
            long n = complaintsByTeam.getOrDefault(team, 0L);
            Integer open = caseload.get(team);
            figures.add(new TeamFigures(
                    team, Figure.of(n, total), open, open == null ? new Figure(n, null, null) : Figure.of(n, open)));
        }
        return figures;
    }

    /** People with more than one complaint, matched by person key; a missing key never matches another. */
    private static RepeatComplainants repeatComplainants(List<Complaint> complaints, long total) {
        Map<String, Long> byPerson = new LinkedHashMap<>();
        for (Complaint c : complaints) {
            // The form anonymisation keeps, so live and anonymised complaints of one person still match (decision 027).
            String key = Anonymisation.retainedKey(c.intake().complainant().personKey());
            if (key != null) {
                byPerson.merge(key, 1L, Long::sum);
            }
        }
        long people = byPerson.values().stream().filter(n -> n > 1).count();
        long theirComplaints = byPerson.values().stream()
                .filter(n -> n > 1)
                .mapToLong(Long::longValue)
                .sum();
        return new RepeatComplainants(people, Figure.of(theirComplaints, total));
    }

    private static Map<TeamName, Long> complimentsByTeam(Period period, List<Compliment> compliments) {
        Map<TeamName, Long> byTeam = new TreeMap<>(Comparator.comparing(TeamName::value));
        Set<String> seen = new java.util.HashSet<>();
        for (Compliment c : compliments == null ? List.<Compliment>of() : compliments) {
            if (period.contains(c.receivedOn()) && seen.add(c.id())) {
                byTeam.merge(c.team(), 1L, Long::sum);
            }
        }
        return byTeam;
    }
}
