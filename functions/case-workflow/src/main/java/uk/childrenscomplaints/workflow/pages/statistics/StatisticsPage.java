package uk.childrenscomplaints.workflow.pages.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.complaint.model.Coded;
import uk.childrenscomplaints.complaint.model.OmbudsmanDecision;
import uk.childrenscomplaints.complaint.statistics.Figure;
import uk.childrenscomplaints.complaint.statistics.OmbudsmanFigures;
import uk.childrenscomplaints.complaint.statistics.Report;
import uk.childrenscomplaints.complaint.statistics.Stage1Timeliness;
import uk.childrenscomplaints.complaint.statistics.StageFigures;
import uk.childrenscomplaints.complaint.statistics.TeamFigures;
import uk.childrenscomplaints.complaint.statistics.YearOnYear;
import uk.childrenscomplaints.workflow.pages.support.Dates;

/**
 * The statistics page's tables, in the order of the annual report's section 7, from a {@link Report}. Every figure is
 * written as text; the bars beside them are drawn as SVG rectangles sized by attributes (the pages' Content-Security-
 * Policy allows no inline style) and hidden from screen readers, which read the numbers instead. No colour carries
 * meaning on its own. Counts only: no names, no free text.
 */
final class StatisticsPage {
    static final String VIEW = "staff/statistics";
    /** The widest bar, in pixels: a whole (100%), or the larger of the two year-on-year counts. */
    static final int BAR_PIXELS = 200;

    private StatisticsPage() {}

    /** The report's figures as the template reads them: each table a caption and rows of label, count, share, bar. */
    static Map<String, Object> model(Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", r.totalReceived().count());
        m.put("yearOnYear", yearOnYear(r));
        m.put("shareOfOpenCases", percent(r.shareOfOpenCases()));
        m.put("openCases", r.shareOfOpenCases().of());
        List<Map<String, Object>> tables = new ArrayList<>();
        tables.add(table("complainants", "Who complained", "Complainant", coded(r.byRelationship())));
        tables.add(table("age-bands", "Children and young people concerned, by age", "Age", coded(r.byAgeBand())));
        tables.add(table("genders", "Children and young people concerned, by gender", "Gender", coded(r.byGender())));
        List<Map<String, Object>> issues = coded(r.byIssue());
        issues.add(row("No issue recorded", r.noIssueRecorded()));
        tables.add(table(
                "issues",
                "Complaints by issue (a complaint raising several issues counts once for each)",
                "Issue",
                issues));
        tables.add(table("outcomes", "Outcome of complaints", "Outcome", coded(r.byOutcome())));
        m.put("volumeTables", tables);
        m.put("routes", routes(r));
        m.put("reopened", r.reopened().count());
        m.put("teams", teams(r));
        m.put("noTeam", r.noTeam().count());
        m.put("timeliness", timeliness(r.stage1Timeliness()));
        m.put("averageWorkingDays", decimal(r.stage1Timeliness().averageWorkingDays()));
        pausedClocks(m, r);
        m.put("stages", stages(r.stages()));
        m.put("statutory", r.stages().statutoryComplaints());
        m.put("costed", r.stage2Costs().costedInvestigations());
        m.put("totalPounds", pounds(r.stage2Costs().totalPounds()));
        m.put(
                "averagePounds",
                r.stage2Costs().averagePounds() == null
                        ? "None costed"
                        : pounds(r.stage2Costs().averagePounds().longValueExact()));
        m.put("ombudsman", ombudsman(r.ombudsman()));
        m.put("referrals", r.ombudsman().referrals());
        m.put("awaiting", r.ombudsman().awaitingDecision());
        List<Map<String, Object>> people = new ArrayList<>();
        people.add(row("Through an advocate", r.viaAdvocate()));
        people.add(row("Directly by the child or young person", r.directlyByChildren()));
        people.add(row(
                "From people who complained more than once",
                r.repeatComplainants().complaints()));
        m.put("people", table("people", "Advocates, children and repeat complainants", "Complaints", people));
        m.put("repeatPeople", r.repeatComplainants().people());
        List<Map<String, Object>> praise = new ArrayList<>();
        r.complimentsByTeam().forEach((team, n) -> praise.add(row(team.value(), Figure.of(n, r.complimentsTotal()))));
        m.put("compliments", table("compliments", "Compliments by team", "Team", praise));
        m.put("complimentsTotal", r.complimentsTotal());
        return m;
    }

    /** This period's count beside the same days a year earlier, both bars scaled to the larger. */
    static Map<String, Object> yearOnYear(Report r) {
        YearOnYear y = r.changeOnYearEarlier();
        long max = Math.max(y.received(), y.receivedYearEarlier());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("received", y.received());
        m.put("yearEarlier", y.receivedYearEarlier());
        m.put("receivedWidth", scaled(y.received(), max));
        m.put("yearEarlierWidth", scaled(y.receivedYearEarlier(), max));
        m.put("earlierFrom", Dates.text(r.period().sameTimeYearEarlier().from()));
        m.put("earlierTo", Dates.text(r.period().sameTimeYearEarlier().to()));
        m.put("change", changeText(y));
        return m;
    }

    /** In words, as the report puts it: "140 against 52: an increase of 88 (169%)". */
    static String changeText(YearOnYear y) {
        String against = y.received() + " against " + y.receivedYearEarlier();
        if (y.change() == 0) {
            return against + ": no change";
        }
        String direction = y.change() > 0 ? "an increase of " : "a decrease of ";
        String percent = y.percentChange() == null ? "" : " (" + Math.abs(y.percentChange()) + "%)";
        return against + ": " + direction + Math.abs(y.change()) + percent;
    }

    /** How complaints came in: each route's share this period, with the same days a year earlier beside it. */
    private static List<Map<String, Object>> routes(Report r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        r.byRoute().forEach((route, f) -> {
            Map<String, Object> row = row(route.label(), f.received());
            row.put("yearEarlierCount", f.yearEarlier().count());
            row.put("yearEarlierPercent", percent(f.yearEarlier()));
            rows.add(row);
        });
        return rows;
    }

    private static List<Map<String, Object>> teams(Report r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TeamFigures t : r.byTeam()) {
            Map<String, Object> row = row(t.team().value(), t.complaints());
            row.put(
                    "openCases",
                    t.openCases() == null ? "Not entered" : t.openCases().toString());
            row.put("shareOfOpenCases", percent(t.shareOfOpenCases()));
            rows.add(row);
        }
        return rows;
    }

    /** Stopped clocks (decision 021): the same bands net of the days stopped, and how many complaints stopped. */
    private static void pausedClocks(Map<String, Object> m, Report r) {
        Stage1Timeliness net = r.pausedClocks().stage1TimelinessNetOfPauses();
        m.put(
                "timelinessNet",
                timeliness(
                        net,
                        "timeliness-net",
                        "Stage 1 response times net of the days the clock was stopped (statutory complaints)"));
        m.put("averageWorkingDaysNet", decimal(net.averageWorkingDays()));
        m.put("complaintsPaused", r.pausedClocks().complaintsPaused().count());
    }

    private static Map<String, Object> timeliness(Stage1Timeliness t) {
        return timeliness(
                t, "timeliness", "Stage 1 response times, elapsed working days from receipt (statutory complaints)");
    }

    private static Map<String, Object> timeliness(Stage1Timeliness t, String id, String caption) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row("Within 10 working days", t.within10()));
        rows.add(row("In 11 to 20 working days", t.within11To20()));
        rows.add(row("In more than 20 working days", t.over20()));
        rows.add(row("No Stage 1 response yet", t.notResponded()));
        return table(id, caption, "Responded", rows);
    }

    private static Map<String, Object> stages(StageFigures s) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row("Resolved at Stage 1", s.resolvedAtStage1()));
        rows.add(row("Went on to Stage 2", s.progressedToStage2()));
        rows.add(row("Went on to Stage 3 (review panel)", s.progressedToStage3()));
        return table("stages", "How far statutory complaints went", "Stage", rows);
    }

    private static List<Map<String, Object>> ombudsman(OmbudsmanFigures o) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<OmbudsmanDecision, Long> d : o.decisions().entrySet()) {
            rows.add(Map.of("label", d.getKey().label(), "count", d.getValue()));
        }
        return rows;
    }

    private static <K extends Coded> List<Map<String, Object>> coded(Map<K, Figure> figures) {
        List<Map<String, Object>> rows = new ArrayList<>();
        figures.forEach((k, f) -> rows.add(row(k.label(), f)));
        return rows;
    }

    static Map<String, Object> table(String id, String caption, String heading, List<Map<String, Object>> rows) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", id);
        t.put("caption", caption);
        t.put("heading", heading);
        t.put("rows", rows);
        return t;
    }

    /** One figure: its count, its share in words, and its bar's width (the share of {@link #BAR_PIXELS}). */
    static Map<String, Object> row(String label, Figure f) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", label);
        row.put("count", f.count());
        row.put("percent", percent(f));
        row.put("width", f.of() == null ? 0 : scaled(f.count(), f.of()));
        return row;
    }

    /** A share as the report writes it ("61%"), or a dash where there is no whole to be a share of. */
    static String percent(Figure f) {
        return f.percent() == null ? "–" : f.percent() + "%";
    }

    /** {@code part} of {@code whole} as whole pixels of {@link #BAR_PIXELS}; never more, and 0 for nothing. */
    static int scaled(long part, long whole) {
        if (whole <= 0 || part <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.min(BAR_PIXELS, Math.round(part * (double) BAR_PIXELS / whole)));
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "No responses yet" : value.toPlainString() + " working days";
    }

    private static String pounds(long pounds) {
        return String.format(java.util.Locale.UK, "£%,d", pounds);
    }
}
