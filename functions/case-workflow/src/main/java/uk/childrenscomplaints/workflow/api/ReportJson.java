package uk.childrenscomplaints.workflow.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.complaint.model.Coded;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.statistics.Figure;
import uk.childrenscomplaints.complaint.statistics.OmbudsmanFigures;
import uk.childrenscomplaints.complaint.statistics.PausedClockFigures;
import uk.childrenscomplaints.complaint.statistics.Report;
import uk.childrenscomplaints.complaint.statistics.Stage1Timeliness;
import uk.childrenscomplaints.complaint.statistics.Stage2Costs;
import uk.childrenscomplaints.complaint.statistics.StageFigures;
import uk.childrenscomplaints.complaint.statistics.TeamFigures;
import uk.childrenscomplaints.complaint.statistics.YearOnYear;

/**
 * The report as JSON, mapped by hand so the domain carries no JSON types: fields named as the {@link Report} record's
 * components (and as {@code ReportCsv}'s sections), vocabulary values keyed by their stable codes, every figure as
 * {@code {count, of, percent}} with null where the report gives no share. Documented field by field in
 * docs/statistics.md.
 */
final class ReportJson {
    private ReportJson() {}

    /** @param team the one team the report is limited to, or null for the whole council */
    static Map<String, Object> of(Report r, TeamName team) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(
                "period",
                ordered(
                        "from",
                        r.period().from().toString(),
                        "to",
                        r.period().to().toString()));
        json.put("asOf", r.asOf().toString());
        json.put("team", team == null ? null : team.value());
        json.put("totalReceived", figure(r.totalReceived()));
        YearOnYear y = r.changeOnYearEarlier();
        json.put(
                "changeOnYearEarlier",
                ordered(
                        "received",
                        y.received(),
                        "receivedYearEarlier",
                        y.receivedYearEarlier(),
                        "change",
                        y.change(),
                        "percentChange",
                        y.percentChange()));
        json.put("shareOfOpenCases", figure(r.shareOfOpenCases()));
        json.put("byRelationship", coded(r.byRelationship()));
        json.put("byAgeBand", coded(r.byAgeBand()));
        json.put("byGender", coded(r.byGender()));
        json.put("byIssue", coded(r.byIssue()));
        json.put("noIssueRecorded", figure(r.noIssueRecorded()));
        json.put("byOutcome", coded(r.byOutcome()));
        json.put("byTeam", teams(r.byTeam()));
        json.put("noTeam", figure(r.noTeam()));
        StageFigures s = r.stages();
        json.put(
                "stages",
                ordered(
                        "statutoryComplaints",
                        s.statutoryComplaints(),
                        "resolvedAtStage1",
                        figure(s.resolvedAtStage1()),
                        "progressedToStage2",
                        figure(s.progressedToStage2()),
                        "progressedToStage3",
                        figure(s.progressedToStage3())));
        json.put("stage1Timeliness", timeliness(r.stage1Timeliness()));
        pausedClocks(json, r.pausedClocks());
        Stage2Costs c = r.stage2Costs();
        json.put(
                "stage2Costs",
                ordered(
                        "costedInvestigations",
                        c.costedInvestigations(),
                        "totalPounds",
                        c.totalPounds(),
                        "averagePounds",
                        c.averagePounds()));
        OmbudsmanFigures o = r.ombudsman();
        Map<String, Object> decisions = new LinkedHashMap<>();
        o.decisions().forEach((d, n) -> decisions.put(d.code(), n));
        json.put(
                "ombudsman",
                ordered("referrals", o.referrals(), "decisions", decisions, "awaitingDecision", o.awaitingDecision()));
        json.put("viaAdvocate", figure(r.viaAdvocate()));
        json.put("directlyByChildren", figure(r.directlyByChildren()));
        json.put(
                "repeatComplainants",
                ordered(
                        "people",
                        r.repeatComplainants().people(),
                        "complaints",
                        figure(r.repeatComplainants().complaints())));
        Map<String, Object> compliments = new LinkedHashMap<>();
        r.complimentsByTeam().forEach((name, n) -> compliments.put(name.value(), n));
        json.put("complimentsByTeam", compliments);
        json.put("complimentsTotal", r.complimentsTotal());
        json.put("byRoute", routes(r));
        json.put("reopened", figure(r.reopened()));
        return json;
    }

    /** Each route's figure, with the same period a year earlier beside it as {@code yearEarlier}. */
    private static Map<String, Object> routes(Report r) {
        Map<String, Object> json = new LinkedHashMap<>();
        r.byRoute().forEach((route, f) -> {
            Map<String, Object> one = figure(f.received());
            one.put("yearEarlier", figure(f.yearEarlier()));
            json.put(route.code(), one);
        });
        return json;
    }

    static Map<String, Object> figure(Figure f) {
        return ordered("count", f.count(), "of", f.of(), "percent", f.percent());
    }

    private static <K extends Coded> Map<String, Object> coded(Map<K, Figure> figures) {
        Map<String, Object> json = new LinkedHashMap<>();
        figures.forEach((k, f) -> json.put(k.code(), figure(f)));
        return json;
    }

    private static List<Map<String, Object>> teams(List<TeamFigures> teams) {
        return teams.stream()
                .map(t -> {
                    Map<String, Object> json = ordered(
                            "team", t.team().value(), "complaints", figure(t.complaints()), "openCases", t.openCases());
                    json.put("shareOfOpenCases", figure(t.shareOfOpenCases()));
                    return json;
                })
                .toList();
    }

    /** A map that keeps its fields in the order given, nulls included (Map.of refuses nulls and forgets order). */
    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            json.put((String) pairs[i], pairs[i + 1]);
        }
        return json;
    }

    private static Map<String, Object> timeliness(Stage1Timeliness t) {
        Map<String, Object> timeliness = ordered(
                "statutoryComplaints",
                t.statutoryComplaints(),
                "within10",
                figure(t.within10()),
                "within11To20",
                figure(t.within11To20()),
                "over20",
                figure(t.over20()));
        timeliness.put("notResponded", figure(t.notResponded()));
        timeliness.put("averageWorkingDays", t.averageWorkingDays());
        return timeliness;
    }

    /** Stopped clocks (decision 021): Stage 1 timeliness net of the days stopped, and how many complaints stopped. */
    private static void pausedClocks(Map<String, Object> json, PausedClockFigures p) {
        json.put("stage1TimelinessNetOfPauses", timeliness(p.stage1TimelinessNetOfPauses()));
        json.put("pausedClocks", ordered("complaintsPaused", figure(p.complaintsPaused())));
    }
}
