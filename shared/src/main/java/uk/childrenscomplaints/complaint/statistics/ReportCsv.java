package uk.childrenscomplaints.complaint.statistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import uk.childrenscomplaints.complaint.model.Coded;

/**
 * The report as CSV (RFC 4180, CRLF line ends), one row per figure: {@code section,item,value,out_of,percent}.
 * Sections are named as the fields of the JSON report, items by their stable codes, so a spreadsheet and the API agree
 * (see docs/statistics.md). {@code out_of} and {@code percent} are empty where the report gives a bare count.
 * Written by Apache Commons CSV.
 */
public final class ReportCsv {
    static final String HEADER = "section,item,value,out_of,percent";
    /** A cell with a comma, quote or line break: in quotes, any quote in it written twice. */
    private static final CSVFormat QUOTED =
            CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
    /**
     * Any other cell, as it is. Commons CSV's minimal quoting would also quote a cell starting with {@code !} or
     * {@code #}; the published files never did, and stay byte for byte the same. With quoting off, Commons CSV needs
     * an escape character: a double quote, which never reaches this format.
     */
    private static final CSVFormat AS_IS = CSVFormat.RFC4180
            .builder()
            .setQuote(null)
            .setEscape('"')
            .setQuoteMode(QuoteMode.NONE)
            .get();

    private final StringBuilder out = new StringBuilder();

    private ReportCsv() {}

    public static String write(Report r) {
        ReportCsv csv = new ReportCsv();
        csv.row(HEADER.split(","));
        csv.text("period", "from", r.period().from().toString());
        csv.text("period", "to", r.period().to().toString());
        csv.text("period", "asOf", r.asOf().toString());
        csv.figure("totalReceived", "all", r.totalReceived());
        YearOnYear y = r.changeOnYearEarlier();
        csv.row("changeOnYearEarlier", "receivedYearEarlier", String.valueOf(y.receivedYearEarlier()), "", "");
        csv.row(
                "changeOnYearEarlier",
                "change",
                String.valueOf(y.change()),
                String.valueOf(y.receivedYearEarlier()),
                y.percentChange() == null ? "" : y.percentChange().toString());
        csv.figure("shareOfOpenCases", "all", r.shareOfOpenCases());
        csv.coded("byRelationship", r.byRelationship());
        csv.coded("byAgeBand", r.byAgeBand());
        csv.coded("byGender", r.byGender());
        csv.coded("byIssue", r.byIssue());
        csv.figure("noIssueRecorded", "all", r.noIssueRecorded());
        csv.coded("byOutcome", r.byOutcome());
        for (TeamFigures t : r.byTeam()) {
            csv.figure("byTeam", t.team().value(), t.complaints());
        }
        for (TeamFigures t : r.byTeam()) {
            csv.figure("byTeamShareOfOpenCases", t.team().value(), t.shareOfOpenCases());
        }
        csv.figure("noTeam", "all", r.noTeam());
        StageFigures s = r.stages();
        csv.row("stages", "statutoryComplaints", String.valueOf(s.statutoryComplaints()), "", "");
        csv.figure("stages", "resolvedAtStage1", s.resolvedAtStage1());
        csv.figure("stages", "progressedToStage2", s.progressedToStage2());
        csv.figure("stages", "progressedToStage3", s.progressedToStage3());
        Stage1Timeliness t = r.stage1Timeliness();
        csv.figure("stage1Timeliness", "within10", t.within10());
        csv.figure("stage1Timeliness", "within11To20", t.within11To20());
        csv.figure("stage1Timeliness", "over20", t.over20());
        csv.figure("stage1Timeliness", "notResponded", t.notResponded());
        csv.text(
                "stage1Timeliness",
                "averageWorkingDays",
                t.averageWorkingDays() == null ? "" : t.averageWorkingDays().toPlainString());
        pausedClocks(csv, r.pausedClocks());
        Stage2Costs c = r.stage2Costs();
        csv.row("stage2Costs", "costedInvestigations", String.valueOf(c.costedInvestigations()), "", "");
        csv.row("stage2Costs", "totalPounds", String.valueOf(c.totalPounds()), "", "");
        csv.text(
                "stage2Costs",
                "averagePounds",
                c.averagePounds() == null ? "" : c.averagePounds().toPlainString());
        OmbudsmanFigures o = r.ombudsman();
        csv.row("ombudsman", "referrals", String.valueOf(o.referrals()), "", "");
        o.decisions().forEach((d, n) -> csv.row("ombudsman", d.code(), String.valueOf(n), "", ""));
        csv.row("ombudsman", "awaitingDecision", String.valueOf(o.awaitingDecision()), "", "");
        csv.figure("viaAdvocate", "all", r.viaAdvocate());
        csv.figure("directlyByChildren", "all", r.directlyByChildren());
        csv.row(
                "repeatComplainants",
                "people",
                String.valueOf(r.repeatComplainants().people()),
                "",
                "");
        csv.figure("repeatComplainants", "complaints", r.repeatComplainants().complaints());
        r.complimentsByTeam()
                .forEach((team, n) -> csv.row("complimentsByTeam", team.value(), String.valueOf(n), "", ""));
        csv.row("complimentsTotal", "all", String.valueOf(r.complimentsTotal()), "", "");
        r.byRoute().forEach((route, f) -> csv.figure("byRoute", route.code(), f.received()));
        r.byRoute().forEach((route, f) -> csv.figure("byRouteYearEarlier", route.code(), f.yearEarlier()));
        csv.figure("reopened", "all", r.reopened());
        return csv.out.toString();
    }

    private <K extends Coded> void coded(String section, Map<K, Figure> figures) {
        figures.forEach((k, f) -> figure(section, k.code(), f));
    }

    /** Stopped clocks (decision 021): net timeliness under its own section name, so it is never read as elapsed. */
    private static void pausedClocks(ReportCsv csv, PausedClockFigures p) {
        Stage1Timeliness t = p.stage1TimelinessNetOfPauses();
        String section = "stage1TimelinessNetOfPauses";
        csv.figure(section, "within10", t.within10());
        csv.figure(section, "within11To20", t.within11To20());
        csv.figure(section, "over20", t.over20());
        csv.figure(section, "notResponded", t.notResponded());
        csv.text(
                section,
                "averageWorkingDays",
                t.averageWorkingDays() == null ? "" : t.averageWorkingDays().toPlainString());
        csv.figure("pausedClocks", "complaintsPaused", p.complaintsPaused());
    }

    private void figure(String section, String item, Figure f) {
        row(
                section,
                item,
                String.valueOf(f.count()),
                f.of() == null ? "" : f.of().toString(),
                f.percent() == null ? "" : f.percent().toString());
    }

    private void text(String section, String item, String value) {
        row(section, item, value, "", "");
    }

    private void row(String... cells) {
        try {
            for (int i = 0; i < cells.length; i++) {
                String value = defused(cells[i]);
                (needsQuotes(value) ? QUOTED : AS_IS).print(value, out, i == 0);
            }
            QUOTED.println(out);
        } catch (IOException e) {
            throw new UncheckedIOException("appending to a StringBuilder does not fail", e);
        }
    }

    /** RFC 4180: a field with a comma, a double quote or a line break goes in double quotes. */
    private static boolean needsQuotes(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
    }

    /** A leading formula character is defused, so a spreadsheet never runs a team name as a formula. */
    static String defused(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+(\\.\\d+)?")) {
            return "'" + cell;
        }
        return cell;
    }
}
