package uk.childrenscomplaints.reports.email;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;
import uk.childrenscomplaints.complaint.application.ports.ReportMail;
import uk.childrenscomplaints.complaint.application.reporting.SendingQuarterlyReport;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.Compliment;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.OmbudsmanDecision;
import uk.childrenscomplaints.complaint.model.Outcome;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.statistics.ComplaintStatistics;
import uk.childrenscomplaints.complaint.statistics.Period;
import uk.childrenscomplaints.complaint.statistics.Report;
import uk.childrenscomplaints.complaint.statistics.ReportCsv;
import uk.childrenscomplaints.complaint.statistics.StatisticsComplaint;

/**
 * Invented complaints spread over a period in fixed proportions, and the reports and report emails made from them: the
 * 2009/10 year as the annual report tells it (140 complaints against 52, 3199 open cases), and a quarter of 2026-27.
 */
public final class SampleReports {
    public static final WorkingDayCalendar CALENDAR =
            BankHolidaySource.bundled().calendar();
    public static final String MANAGER = "complaints.manager@council.test";
    private static final List<String> TEAMS = List.of(
            "Huntingdon",
            "Huntingdon",
            "Huntingdon",
            "Huntingdon",
            "East Cambs and Fenland",
            "East Cambs and Fenland",
            "East Cambs and Fenland",
            "South Cambs and City",
            "South Cambs and City",
            "LAC");

    private SampleReports() {}

    /** {@code n} complaints received evenly over the period, their details taken in turn from fixed proportions. */
    public static List<Complaint> complaints(Period p, int n) {
        List<Complaint> out = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(p.from(), p.to());
        for (int i = 0; i < n; i++) {
            LocalDate on = p.from().plusDays(days * i / Math.max(1, n));
            Relationship who = pick(
                    i,
                    Relationship.PARENT_CARER,
                    12,
                    Relationship.GRANDPARENT,
                    4,
                    Relationship.OTHER_RELATIVE,
                    1,
                    Relationship.CHILD,
                    1,
                    Relationship.ADVOCATE,
                    1,
                    Relationship.UNRELATED,
                    1);
            StatisticsComplaint c = StatisticsComplaint.received(on)
                    // One person in five complains twice.
                    .from(who, "person-" + p.from().getYear() + "-" + (i % 10 < 2 ? i / 10 : 1000 + i))
                    .child(
                            pick(
                                    i,
                                    AgeBand.AGE_0_4,
                                    3,
                                    AgeBand.AGE_5_9,
                                    4,
                                    AgeBand.AGE_10_15,
                                    5,
                                    AgeBand.AGE_16_17,
                                    2,
                                    AgeBand.MULTIPLE,
                                    1,
                                    AgeBand.UNKNOWN,
                                    3),
                            pick(i, Gender.FEMALE, 5, Gender.MALE, 5, Gender.MULTIPLE, 1, Gender.UNKNOWN, 2))
                    .team(TEAMS.get((i * 3) % TEAMS.size()))
                    .issues(
                            pick(
                                    i,
                                    IssueCategory.COMMUNICATION,
                                    5,
                                    IssueCategory.STANDARDS,
                                    3,
                                    IssueCategory.SERVICE_PROVISION,
                                    2,
                                    IssueCategory.STAFF_CONDUCT,
                                    1,
                                    IssueCategory.DECISION,
                                    1),
                            i % 3 == 0 ? IssueCategory.COMMUNICATION : IssueCategory.STANDARDS);
            Outcome outcome = pick(
                    i,
                    Outcome.UPHELD,
                    2,
                    Outcome.PARTIALLY_UPHELD,
                    4,
                    Outcome.NOT_UPHELD,
                    8,
                    Outcome.WITHDRAWN,
                    1,
                    Outcome.ONGOING,
                    2,
                    Outcome.UNKNOWN,
                    3);
            if (outcome == Outcome.ONGOING) {
                c.openAt(uk.childrenscomplaints.complaint.model.ComplaintState.STAGE1_OPEN);
            } else {
                c.outcome(outcome);
            }
            if (outcome != Outcome.ONGOING && on.plusDays(40).isBefore(p.to().plusDays(60))) {
                c.stage1RespondedOn(CALENDAR.addWorkingDays(on, SampleReports.<Integer>pick(i, 8, 6, 14, 3, 25, 1)));
            }
            if (i % 9 == 4) {
                c.stage2(on.plusDays(30), i % 18 == 4 ? 1_750L : null);
            }
            if (i % 27 == 13) {
                c.stage2(on.plusDays(30), 2_100L).stage3(on.plusDays(80));
            }
            if (i % 35 == 20) {
                c.ombudsman(on.plusDays(100), OmbudsmanDecision.NOT_UPHELD, i % 70 == 20 ? on.plusDays(150) : null);
            }
            out.add(c.build());
        }
        return out;
    }

    /** The figures of a period, with last year's as {@code n * 3 / 4} complaints. */
    public static Report report(Period p, int n, Map<TeamName, Integer> caseload, LocalDate asOf) {
        List<Compliment> compliments = new ArrayList<>();
        for (int i = 0; i < n / 4; i++) {
            compliments.add(new Compliment(
                    "compliment-" + p.from() + "-" + i,
                    new TeamName(TEAMS.get(i % 5 * 2)),
                    p.from().plusDays(i),
                    "Invented",
                    "Invented for a test."));
        }
        return new ComplaintStatistics()
                .compute(
                        p,
                        complaints(p, n),
                        complaints(p.sameTimeYearEarlier(), n * 3 / 4),
                        caseload,
                        compliments,
                        CALENDAR,
                        asOf);
    }

    public static Map<TeamName, Integer> caseload(int huntingdon, int ecf, int scc) {
        Map<TeamName, Integer> open = new LinkedHashMap<>();
        open.put(new TeamName("Huntingdon"), huntingdon);
        open.put(new TeamName("East Cambs and Fenland"), ecf);
        open.put(new TeamName("South Cambs and City"), scc);
        return open;
    }

    /** 2026-27 Q2 beside the year to date, sent on Thursday 1 October 2026. */
    public static ReportMail quarterlyMail() {
        FinancialQuarter q2 = new FinancialQuarter(2026, 2);
        LocalDate asOf = LocalDate.of(2026, 10, 1);
        Report quarter = report(Period.quarter(q2), 36, caseload(820, 760, 1010), asOf);
        Report ytd = report(SendingQuarterlyReport.yearToDate(q2), 70, caseload(820, 760, 1010), asOf);
        return new ReportMail(
                ReportMail.Kind.QUARTERLY,
                q2,
                quarter,
                ytd,
                List.of(
                        new ReportMail.Attachment(SendingQuarterlyReport.fileName(q2), ReportCsv.write(quarter)),
                        new ReportMail.Attachment(SendingQuarterlyReport.yearToDateFileName(q2), ReportCsv.write(ytd))),
                List.of(MANAGER));
    }

    /** The year 2009-10: 140 complaints against 52 the year before, 3199 cases open at its end. */
    public static ReportMail yearEndMail() {
        Period year = Period.financialYear(2009);
        Report r = new ComplaintStatistics()
                .compute(
                        year,
                        complaints(year, 140),
                        complaints(year.sameTimeYearEarlier(), 52),
                        caseload(1000, 1050, 1149),
                        List.of(
                                new Compliment("c1", new TeamName("Huntingdon"), LocalDate.of(2009, 6, 1), "x", "x"),
                                new Compliment("c2", new TeamName("LAC"), LocalDate.of(2009, 9, 1), "x", "x")),
                        CALENDAR,
                        LocalDate.of(2010, 4, 1));
        FinancialQuarter q4 = new FinancialQuarter(2009, 4);
        return new ReportMail(
                ReportMail.Kind.YEAR_END,
                q4,
                r,
                null,
                List.of(new ReportMail.Attachment(SendingQuarterlyReport.yearFileName(2009), ReportCsv.write(r))),
                List.of(MANAGER));
    }

    /** The value at position {@code i} of a cycle in which each value appears as often as its weight. */
    @SuppressWarnings("unchecked")
    private static <T> T pick(int i, Object... valuesAndWeights) {
        int total = 0;
        for (int k = 1; k < valuesAndWeights.length; k += 2) {
            total += (Integer) valuesAndWeights[k];
        }
        // A stride prime to every total used here mixes the cycles, so the details do not move in lock step.
        int slot = (i * 7) % total;
        for (int k = 0; k < valuesAndWeights.length; k += 2) {
            slot -= (Integer) valuesAndWeights[k + 1];
            if (slot < 0) {
                return (T) valuesAndWeights[k];
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
