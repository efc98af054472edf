package uk.childrenscomplaints.reports.email;

import static uk.childrenscomplaints.reports.email.ReportWording.complaints;
import static uk.childrenscomplaints.reports.email.ReportWording.count;
import static uk.childrenscomplaints.reports.email.ReportWording.list;
import static uk.childrenscomplaints.reports.email.ReportWording.percent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.OmbudsmanDecision;
import uk.childrenscomplaints.complaint.model.Outcome;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.statistics.Figure;
import uk.childrenscomplaints.complaint.statistics.Report;
import uk.childrenscomplaints.complaint.statistics.Stage1Timeliness;
import uk.childrenscomplaints.complaint.statistics.StageFigures;
import uk.childrenscomplaints.complaint.statistics.TeamFigures;
import uk.childrenscomplaints.complaint.statistics.YearOnYear;

/**
 * The year-end report's sentences, in the shapes of the 2009/10 annual report's section 7 ("140 complaints equate to
 * 4% of the 3199 cases recorded as open at the end of the period"), filled in from the figures. Counts only. Where a
 * figure is missing (no caseload given, nothing last year) the sentence says so rather than inventing a number.
 */
final class ReportNarrative {
    static final String NONE_RECEIVED = "No complaints were received in the period.";

    private ReportNarrative() {}

    static List<String> numberReceived(Report r) {
        List<String> s = new ArrayList<>();
        long total = r.totalReceived().count();
        YearOnYear y = r.changeOnYearEarlier();
        s.add("In the period reported, a total of " + complaints(total) + (total == 1 ? " was" : " were")
                + " received about children's social care services (compared to " + complaints(y.receivedYearEarlier())
                + " received for the same period last year).");
        if (y.percentChange() == null) {
            s.add(
                    y.receivedYearEarlier() == 0 && total > 0
                            ? "As none were received in the same period last year, no percentage change is given."
                            : "");
        } else if (y.change() > 0) {
            s.add("This is an increase of " + y.percentChange() + "%.");
        } else if (y.change() < 0) {
            s.add("This is a decrease of " + Math.abs(y.percentChange()) + "%.");
        } else {
            s.add("This is the same number as last year.");
        }
        Figure share = r.shareOfOpenCases();
        if (share.of() == null || share.of() == 0) {
            s.add("No open caseload was recorded for the end of the period, so complaints cannot be shown as a share "
                    + "of open cases.");
        } else {
            s.add(complaints(total) + (total == 1 ? " equates to " : " equate to ") + percent(share) + " of the "
                    + count(share.of(), "case", "cases") + " recorded as open at the end of the period.");
        }
        var repeat = r.repeatComplainants();
        if (total > 0) {
            s.add(
                    repeat.people() == 0
                            ? "No one made more than one complaint in the period."
                            : repeat.complaints().count() + " of the " + complaints(total) + " (i.e. "
                                    + percent(repeat.complaints()) + ") were lodged by "
                                    + count(repeat.people(), "'multiple' complainant", "'multiple' complainants")
                                    + ".");
        }
        return s.stream().filter(x -> !x.isEmpty()).toList();
    }

    static List<String> complainants(Report r) {
        long total = r.totalReceived().count();
        if (total == 0) {
            return List.of(NONE_RECEIVED);
        }
        List<String> s = new ArrayList<>();
        Map.Entry<Relationship, Figure> largest = largest(r.byRelationship());
        Figure top = largest.getValue();
        s.add(
                top.percent() != null && top.percent() > 50
                        ? "The majority of complaints are received from " + who(largest.getKey()) + " (" + percent(top)
                                + " in total)."
                        : "The largest group of complainants is " + who(largest.getKey()) + " (" + percent(top)
                                + " of complaints).");
        List<String> others = new ArrayList<>();
        String verb = null;
        for (var e : r.byRelationship().entrySet()) {
            if (e.getKey() == largest.getKey()
                    || e.getValue().count() == 0
                    || e.getKey() == Relationship.CHILD
                    || e.getKey() == Relationship.ADVOCATE) {
                continue;
            }
            if (verb == null) {
                verb = e.getValue().count() == 1 ? " was lodged by " : " were lodged by ";
                others.add(e.getValue().count() + verb + who(e.getKey()));
            } else {
                others.add(e.getValue().count() + " by " + who(e.getKey()));
            }
        }
        if (!others.isEmpty()) {
            s.add(list(others) + ".");
        }
        long children = r.directlyByChildren().count();
        long advocate = r.viaAdvocate().count();
        s.add(
                children == 0 && advocate == 0
                        ? "No complaints came from children or young people themselves, or through an advocate."
                        : count(children, "complaint", "complaints")
                                + " originated from the child or young person themselves, "
                                + "and a further " + advocate + (advocate == 1 ? " was" : " were")
                                + " received through an advocate.");
        return s;
    }

    static List<String> serviceUsers(Report r) {
        if (r.totalReceived().count() == 0) {
            return List.of(NONE_RECEIVED);
        }
        Figure age = r.byAgeBand().get(AgeBand.UNKNOWN);
        Figure gender = r.byGender().get(Gender.UNKNOWN);
        List<String> s = new ArrayList<>();
        s.add("The ages and genders of the children concerned are shown below. 'More than one child' refers to "
                + "complaints about more than one child.");
        s.add(
                age.count() == 0 && gender.count() == 0
                        ? "Every complaint recorded the child's age and gender."
                        : "The child's age is recorded as 'unknown' for " + percent(age) + " of complaints received ("
                                + age.count() + "), and their gender for " + percent(gender) + " (" + gender.count()
                                + ").");
        return s;
    }

    /** The issues raised most, largest first (up to three), each with its count and share. */
    static List<String> recurringThemes(Report r) {
        return r.byIssue().entrySet().stream()
                .filter(e -> e.getValue().count() > 0)
                .sorted(Comparator.comparingLong((Map.Entry<IssueCategory, Figure> e) ->
                                e.getValue().count())
                        .reversed())
                .limit(3)
                .map(e -> e.getKey().label() + " (" + complaints(e.getValue().count()) + ", " + percent(e.getValue())
                        + ")")
                .toList();
    }

    static List<String> issues(Report r) {
        if (r.totalReceived().count() == 0) {
            return List.of(NONE_RECEIVED);
        }
        List<String> s = new ArrayList<>();
        s.add("A complaint can raise more than one issue, so the shares can add up to more than 100%.");
        long none = r.noIssueRecorded().count();
        if (none > 0) {
            s.add("No issue was recorded for " + complaints(none) + ".");
        }
        return s;
    }

    static List<String> outcomes(Report r) {
        long total = r.totalReceived().count();
        if (total == 0) {
            return List.of(NONE_RECEIVED);
        }
        Map<Outcome, Figure> o = r.byOutcome();
        long closedUninvestigated = o.get(Outcome.WITHDRAWN).count()
                + o.get(Outcome.NOT_INVESTIGATED).count();
        List<String> s = new ArrayList<>();
        s.add("Of the " + complaints(total) + " received, "
                + list(List.of(
                        percent(o.get(Outcome.UPHELD)) + " were upheld",
                        percent(o.get(Outcome.PARTIALLY_UPHELD)) + " were partially upheld",
                        percent(o.get(Outcome.NOT_UPHELD)) + " were not upheld",
                        percent(closedUninvestigated, ReportWording.share(closedUninvestigated, total))
                                + " were withdrawn or not investigated",
                        percent(o.get(Outcome.ONGOING)) + " are ongoing"))
                + ".");
        Figure unknown = o.get(Outcome.UNKNOWN);
        if (unknown.count() > 0) {
            s.add("The outcome of the remaining " + percent(unknown) + " (" + complaints(unknown.count())
                    + ") is not known.");
        }
        return s;
    }

    static List<String> teams(Report r) {
        if (r.totalReceived().count() == 0) {
            return List.of(NONE_RECEIVED);
        }
        List<String> s = new ArrayList<>();
        r.byTeam().stream()
                .filter(t -> t.complaints().count() > 0)
                .sorted(Comparator.comparingLong(
                                (TeamFigures t) -> t.complaints().count())
                        .reversed())
                .forEach(t -> s.add(t.team().value() + " received " + percent(t.complaints())
                        + " of total complaints (" + t.complaints().count() + ")"
                        + (t.openCases() == null || t.openCases() == 0
                                ? "; no open caseload was recorded for the team."
                                : ", which equates to " + percent(t.shareOfOpenCases()) + " of its "
                                        + count(t.openCases(), "open case", "open cases") + ".")));
        if (r.noTeam().count() > 0) {
            s.add(complaints(r.noTeam().count()) + (r.noTeam().count() == 1 ? " has" : " have")
                    + " no team recorded yet.");
        }
        return s;
    }

    static List<String> timeFrames(Report r) {
        Stage1Timeliness t = r.stage1Timeliness();
        long n = t.statutoryComplaints();
        if (n == 0) {
            return List.of("No complaints under the statutory children's procedure were received in the period.");
        }
        List<String> s = new ArrayList<>();
        s.add("Of the " + complaints(n) + " handled under the statutory procedure, "
                + list(List.of(
                        ReportWording.figure(t.within10()) + " received a Stage 1 response within 10 working days",
                        ReportWording.figure(t.within11To20()) + " within 11 to 20 working days",
                        ReportWording.figure(t.over20()) + " after more than 20 working days"))
                + "; "
                + ReportWording.figure(t.notResponded()) + (t.notResponded().count() == 1 ? " has" : " have")
                + " no Stage 1 response recorded yet.");
        if (t.averageWorkingDays() != null) {
            s.add("A Stage 1 response took " + t.averageWorkingDays().toPlainString() + " working days on average.");
        }
        StageFigures st = r.stages();
        s.add(ReportWording.figure(st.progressedToStage2()) + " progressed to Stage 2, and "
                + ReportWording.figure(st.progressedToStage3()) + " to a Stage 3 review panel.");
        var costs = r.stage2Costs();
        s.add(
                costs.costedInvestigations() == 0
                        ? "No Stage 2 investigation has a cost recorded."
                        : "In the period reported, the cost of responding to complaints at Stage 2 was "
                                + ReportWording.pounds(costs.totalPounds()) + " over "
                                + count(costs.costedInvestigations(), "costed investigation", "costed investigations")
                                + ". The average cost of a Stage 2 investigation is "
                                + ReportWording.pounds(costs.averagePounds())
                                + " per case.");
        var ombudsman = r.ombudsman();
        if (ombudsman.referrals() == 0) {
            s.add("No complaints were referred to the Local Government Ombudsman.");
        } else {
            List<String> decided = new ArrayList<>();
            for (var d : ombudsman.decisions().entrySet()) {
                if (d.getValue() > 0) {
                    decided.add(d.getValue() + " " + decision(d.getKey()));
                }
            }
            s.add(complaints(ombudsman.referrals()) + (ombudsman.referrals() == 1 ? " was" : " were")
                    + " referred to the Local Government Ombudsman" + (decided.isEmpty() ? "" : ": " + list(decided))
                    + (ombudsman.awaitingDecision() == 0
                            ? "."
                            : (decided.isEmpty() ? ", and " : "; ")
                                    + ombudsman.awaitingDecision()
                                    + (ombudsman.awaitingDecision() == 1 ? " awaits" : " await")
                                    + " a decision."));
        }
        return s;
    }

    private static String decision(OmbudsmanDecision d) {
        return switch (d) {
            case PREMATURE -> "found premature";
            case NO_FURTHER_ACTION -> "closed with no further action";
            case UPHELD -> "upheld";
            case NOT_UPHELD -> "not upheld";
        };
    }

    /** Who a relationship means, as the report writes it ("parents or carers", "grandparents"). */
    static String who(Relationship r) {
        return switch (r) {
            case PARENT_CARER -> "parents or carers";
            case GRANDPARENT -> "grandparents";
            case OTHER_RELATIVE -> "another relative";
            case CHILD -> "children and young people themselves";
            case ADVOCATE -> "advocates";
            case UNRELATED -> "someone not related to the child";
            case MP -> "MPs";
        };
    }

    private static <K> Map.Entry<K, Figure> largest(Map<K, Figure> figures) {
        // The first of equals wins, so ties go to the vocabulary's own order.
        Map.Entry<K, Figure> best = null;
        for (var e : figures.entrySet()) {
            if (best == null || e.getValue().count() > best.getValue().count()) {
                best = e;
            }
        }
        return best;
    }
}
