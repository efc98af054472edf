package uk.childrenscomplaints.complaint.statistics;

import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.Outcome;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.TeamName;

/**
 * The figures of the annual report's section 7 for one period, as of one date. Volume figures count every complaint
 * received in the period, whatever its procedure; {@link #stages}, {@link #stage1Timeliness}, {@link #stage2Costs} and
 * {@link #ombudsman} count statutory-procedure complaints only. Shares are of {@code totalReceived} unless a figure
 * says otherwise. Every map lists every value of its vocabulary, in declaration order, with 0 where none occurred.
 *
 * @param shareOfOpenCases complaints received as a share of all open cases at the period's end (null percent when no
 *     caseload was given)
 * @param byIssue a complaint raising several issues counts once for each; shares are of complaints, so they can add up
 *     to more than 100%
 * @param noIssueRecorded complaints with no issue recorded
 * @param byTeam teams in name order: every team with a complaint or an open caseload
 * @param noTeam complaints with no responsible team recorded yet
 * @param viaAdvocate complaints made through an advocate (flagged as such, or from an advocate)
 * @param directlyByChildren complaints from the child or young person themselves, not through an advocate
 * @param complimentsByTeam compliments received in the period, teams in name order
 * @param byRoute how complaints came in, every route the model has, this period beside the same period a year earlier
 * @param reopened complaints received in the period that were reopened after a withdrawal or a closing without
 *     investigation: each is still one complaint in every other figure
 * @param pausedClocks stopped clocks: Stage 1 timeliness net of the days stopped, and complaints stopped (decision 021)
 */
public record Report(
        Period period,
        java.time.LocalDate asOf,
        Figure totalReceived,
        YearOnYear changeOnYearEarlier,
        Figure shareOfOpenCases,
        Map<Relationship, Figure> byRelationship,
        Map<AgeBand, Figure> byAgeBand,
        Map<Gender, Figure> byGender,
        Map<IssueCategory, Figure> byIssue,
        Figure noIssueRecorded,
        Map<Outcome, Figure> byOutcome,
        List<TeamFigures> byTeam,
        Figure noTeam,
        StageFigures stages,
        Stage1Timeliness stage1Timeliness,
        Stage2Costs stage2Costs,
        OmbudsmanFigures ombudsman,
        Figure viaAdvocate,
        Figure directlyByChildren,
        RepeatComplainants repeatComplainants,
        Map<TeamName, Long> complimentsByTeam,
        long complimentsTotal,
        Map<Route, RouteFigures> byRoute,
        Figure reopened,
        PausedClockFigures pausedClocks) {
    public Report {
        byRelationship = Breakdowns.frozen(byRelationship);
        byAgeBand = Breakdowns.frozen(byAgeBand);
        byGender = Breakdowns.frozen(byGender);
        byIssue = Breakdowns.frozen(byIssue);
        byOutcome = Breakdowns.frozen(byOutcome);
        byTeam = List.copyOf(byTeam);
        complimentsByTeam = Breakdowns.frozen(complimentsByTeam);
        byRoute = Breakdowns.frozen(byRoute);
    }
}
