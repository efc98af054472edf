package uk.childrenscomplaints.reports.email;

import static uk.childrenscomplaints.reports.email.ReportWording.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import uk.childrenscomplaints.complaint.application.ports.ReportMail;
import uk.childrenscomplaints.complaint.application.reporting.SendingQuarterlyReport;
import uk.childrenscomplaints.complaint.model.Coded;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.OmbudsmanDecision;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.statistics.Figure;
import uk.childrenscomplaints.complaint.statistics.Report;
import uk.childrenscomplaints.complaint.statistics.TeamFigures;

/**
 * Decides what a report email says: the quarterly one (the quarter beside the year to date) and the year-end one (the
 * whole financial year with the annual report's sentences). Both follow the headings of the 2009/10 annual report's
 * section 7, in its order. It fills a {@link ReportDocument}, which writes the text part; {@link ReportHtml} lays out
 * the HTML part from the same document with Thymeleaf. Counts only: the report carries no names, references or free
 * text, and the team names (from configuration) are escaped like everything else.
 */
public final class ReportEmails {

    static final List<String> SECTION_7_HEADINGS = List.of(
            "Number of complaints received",
            "Who are our complainants?",
            "Who are the service users concerned?",
            "Complaint by issue",
            "Outcome of complaints",
            "Breakdown by area team",
            "Time frames for response");

    private ReportEmails() {}

    /** The subject, the plain-text part and the HTML part of one report email. */
    public record Content(String subject, String text, String html) {}

    /** Neutral when no council's brand is given (tests and tools). */
    static final String NEUTRAL_BRAND = "#0b0c0c";

    public static Content render(ReportMail mail, String councilName) {
        return render(mail, councilName, NEUTRAL_BRAND);
    }

    public static Content render(ReportMail mail, String councilName, String brandColour) {
        boolean yearEnd = mail.kind() == ReportMail.Kind.YEAR_END;
        FinancialQuarter q = mail.quarter();
        Report r = mail.report();
        Report ytd = yearEnd ? null : mail.yearToDate();
        String year = SendingQuarterlyReport.yearName(q.financialYear());
        String title = yearEnd
                ? "Children's social care complaints: annual report " + year
                : "Children's social care complaints: " + year + " Q" + q.quarter() + " report";
        String subtitle = councilName + ". " + (yearEnd ? "The financial year " : "The quarter ")
                + ReportWording.period(r.period())
                + (ytd == null ? "" : ", with the year to date (" + ReportWording.period(ytd.period()) + ")")
                + ". Figures as of " + ReportWording.date(r.asOf()) + ". The attached CSV "
                + (mail.attachments().size() == 1 ? "file holds" : "files hold") + " every figure.";
        String main = yearEnd ? year : "Q" + q.quarter();
        Layout layout = new Layout(new ReportDocument(), r, ytd, main, ytd == null ? null : "Year to date", yearEnd);
        layout.doc.title(title, subtitle);
        layout.numberReceived();
        layout.routes();
        layout.complainants();
        layout.serviceUsers();
        layout.issues();
        layout.outcomes();
        layout.teams();
        layout.timeFrames();
        layout.compliments();
        return new Content(title, layout.doc.text(), ReportHtml.render(layout.doc, brandColour));
    }

    /** One email's sections, in the order of section 7. */
    private record Layout(ReportDocument doc, Report r, Report ytd, String main, String second, boolean narrative) {

        private void say(List<String> sentences) {
            if (narrative && !sentences.isEmpty()) {
                doc.paragraph(String.join(" ", sentences));
            }
        }

        private List<String> headings() {
            List<String> h = new ArrayList<>(List.of("", main));
            if (ytd != null) {
                h.add(second);
            }
            return h;
        }

        private List<String> row(String name, Function<Report, String> value) {
            List<String> row = new ArrayList<>(List.of(name, value.apply(r)));
            if (ytd != null) {
                row.add(value.apply(ytd));
            }
            return row;
        }

        private <K extends Coded> void coded(String caption, Function<Report, Map<K, Figure>> figures) {
            List<ReportDocument.Bar> bars = new ArrayList<>();
            figures.apply(r)
                    .forEach((k, f) -> bars.add(new ReportDocument.Bar(
                            k.label(),
                            ReportWording.width(f),
                            figure(f),
                            ytd == null ? null : figure(figures.apply(ytd).get(k)))));
            doc.bars(caption, main, second, bars);
        }

        void numberReceived() {
            doc.heading(SECTION_7_HEADINGS.get(0));
            say(ReportNarrative.numberReceived(r));
            var y = r.changeOnYearEarlier();
            long largest = Math.max(y.received(), y.receivedYearEarlier());
            doc.bars(
                    "Complaints received: " + ReportWording.period(r.period()) + ", against "
                            + ReportWording.period(r.period().sameTimeYearEarlier()),
                    "Complaints",
                    null,
                    List.of(
                            new ReportDocument.Bar(
                                    "Same period last year",
                                    ReportWording.width(y.receivedYearEarlier(), largest),
                                    String.valueOf(y.receivedYearEarlier()),
                                    null),
                            new ReportDocument.Bar(
                                    "This period",
                                    ReportWording.width(y.received(), largest),
                                    String.valueOf(y.received()),
                                    null)));
            doc.table(
                    "Summary",
                    headings(),
                    List.of(
                            row(
                                    "Complaints received",
                                    x -> String.valueOf(x.totalReceived().count())),
                            row(
                                    "Same period last year",
                                    x -> String.valueOf(x.changeOnYearEarlier().receivedYearEarlier())),
                            row("Change", ReportEmails::change),
                            row(
                                    "Open cases at the end of the period",
                                    x -> x.shareOfOpenCases().of() == null
                                                    || x.shareOfOpenCases().of() == 0
                                            ? "not recorded"
                                            : ReportWording.number(
                                                    x.shareOfOpenCases().of())),
                            row(
                                    "Complaints as a share of open cases",
                                    x -> x.shareOfOpenCases().percent() == null
                                            ? "not known"
                                            : ReportWording.percent(x.shareOfOpenCases())),
                            row(
                                    "People who complained more than once",
                                    x -> String.valueOf(x.repeatComplainants().people())),
                            row(
                                    "Their complaints",
                                    x -> figure(x.repeatComplainants().complaints())),
                            row("Reopened (each counted once above)", x -> figure(x.reopened()))));
        }

        /**
         * How complaints came in, under "Number of complaints received": the annual report names the routes as a
         * challenge, and sets this year beside last year, so each route's share has last year's beside it.
         */
        void routes() {
            say(RouteNarrative.routes(r));
            List<String> h = new ArrayList<>(List.of("Route", main, "Same period last year"));
            if (ytd != null) {
                h.add(second);
                h.add("Year to date last year");
            }
            List<List<String>> rows = new ArrayList<>();
            r.byRoute().forEach((route, f) -> {
                List<String> row =
                        new ArrayList<>(List.of(route.label(), figure(f.received()), figure(f.yearEarlier())));
                if (ytd != null) {
                    row.add(figure(ytd.byRoute().get(route).received()));
                    row.add(figure(ytd.byRoute().get(route).yearEarlier()));
                }
                rows.add(row);
            });
            doc.table("How complaints came in", h, rows);
        }

        void complainants() {
            doc.heading(SECTION_7_HEADINGS.get(1));
            say(ReportNarrative.complainants(r));
            coded("Who complained", Report::byRelationship);
            doc.table(
                    "Children and advocates",
                    headings(),
                    List.of(
                            row("From the child or young person themselves", x -> figure(x.directlyByChildren())),
                            row("Through an advocate", x -> figure(x.viaAdvocate()))));
        }

        void serviceUsers() {
            doc.heading(SECTION_7_HEADINGS.get(2));
            say(ReportNarrative.serviceUsers(r));
            coded("Age of the child", Report::byAgeBand);
            coded("Gender of the child", Report::byGender);
        }

        void issues() {
            doc.heading(SECTION_7_HEADINGS.get(3));
            if (narrative) {
                List<String> themes = ReportNarrative.recurringThemes(r);
                if (!themes.isEmpty()) {
                    doc.paragraph("The issues raised most often were:");
                    doc.numberedList(themes);
                }
            }
            say(ReportNarrative.issues(r));
            List<ReportDocument.Bar> bars = new ArrayList<>();
            r.byIssue()
                    .forEach((k, f) -> bars.add(new ReportDocument.Bar(
                            k.label(),
                            ReportWording.width(f),
                            figure(f),
                            ytd == null ? null : figure(ytd.byIssue().get(k)))));
            bars.add(new ReportDocument.Bar(
                    "No issue recorded",
                    ReportWording.width(r.noIssueRecorded()),
                    figure(r.noIssueRecorded()),
                    ytd == null ? null : figure(ytd.noIssueRecorded())));
            doc.bars("Issues raised (a complaint can raise several)", main, second, bars);
        }

        void outcomes() {
            doc.heading(SECTION_7_HEADINGS.get(4));
            say(ReportNarrative.outcomes(r));
            coded("Outcome", Report::byOutcome);
        }

        void teams() {
            doc.heading(SECTION_7_HEADINGS.get(5));
            say(ReportNarrative.teams(r));
            Map<TeamName, TeamFigures> mine = byName(r);
            Map<TeamName, TeamFigures> theirs = ytd == null ? Map.of() : byName(ytd);
            TreeSet<String> names = new TreeSet<>();
            mine.keySet().forEach(t -> names.add(t.value()));
            theirs.keySet().forEach(t -> names.add(t.value()));
            List<ReportDocument.Bar> bars = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (String name : names) {
                TeamFigures t = mine.get(new TeamName(name));
                TeamFigures y = theirs.get(new TeamName(name));
                Figure complaints = t == null ? Figure.of(0, r.totalReceived().count()) : t.complaints();
                bars.add(new ReportDocument.Bar(
                        name,
                        ReportWording.width(complaints),
                        figure(complaints),
                        ytd == null ? null : y == null ? "0" : figure(y.complaints())));
                rows.add(List.of(
                        name,
                        figure(complaints),
                        t == null || t.openCases() == null ? "not recorded" : ReportWording.number(t.openCases()),
                        t == null || t.shareOfOpenCases().percent() == null
                                ? "not known"
                                : ReportWording.percent(t.shareOfOpenCases())));
            }
            bars.add(new ReportDocument.Bar(
                    "No team recorded yet",
                    ReportWording.width(r.noTeam()),
                    figure(r.noTeam()),
                    ytd == null ? null : figure(ytd.noTeam())));
            doc.bars("Complaints by area team", main, second, bars);
            doc.table(
                    "Against each team's open cases (" + main + ")",
                    List.of("Team", "Complaints", "Open cases", "Share of open cases"),
                    rows);
        }

        void timeFrames() {
            doc.heading(SECTION_7_HEADINGS.get(6));
            say(ReportNarrative.timeFrames(r));
            List<ReportDocument.Bar> bars = new ArrayList<>();
            Map<String, Function<Report, Figure>> bands = new LinkedHashMap<>();
            bands.put("Within 10 working days", x -> x.stage1Timeliness().within10());
            bands.put("11 to 20 working days", x -> x.stage1Timeliness().within11To20());
            bands.put("More than 20 working days", x -> x.stage1Timeliness().over20());
            bands.put("No response recorded yet", x -> x.stage1Timeliness().notResponded());
            bands.forEach((label, f) -> bars.add(new ReportDocument.Bar(
                    label,
                    ReportWording.width(f.apply(r)),
                    figure(f.apply(r)),
                    ytd == null ? null : figure(f.apply(ytd)))));
            doc.bars("Stage 1 response times (statutory complaints)", main, second, bars);
            doc.table(
                    "Stages and costs (statutory complaints)",
                    headings(),
                    List.of(
                            row(
                                    "Statutory complaints",
                                    x -> String.valueOf(x.stages().statutoryComplaints())),
                            row(
                                    "Average Stage 1 response (working days)",
                                    x -> x.stage1Timeliness().averageWorkingDays() == null
                                            ? "none yet"
                                            : x.stage1Timeliness()
                                                    .averageWorkingDays()
                                                    .toPlainString()),
                            row("Resolved at Stage 1", x -> figure(x.stages().resolvedAtStage1())),
                            row("Progressed to Stage 2", x -> figure(x.stages().progressedToStage2())),
                            row("Progressed to Stage 3", x -> figure(x.stages().progressedToStage3())),
                            row(
                                    "Costed Stage 2 investigations",
                                    x -> String.valueOf(x.stage2Costs().costedInvestigations())),
                            row(
                                    "Stage 2 cost in total",
                                    x -> ReportWording.pounds(x.stage2Costs().totalPounds())),
                            row(
                                    "Average Stage 2 cost",
                                    x -> x.stage2Costs().averagePounds() == null
                                            ? "none costed"
                                            : ReportWording.pounds(
                                                    x.stage2Costs().averagePounds()))));
            List<List<String>> ombudsman = new ArrayList<>();
            ombudsman.add(row(
                    "Referred to the Ombudsman",
                    x -> String.valueOf(x.ombudsman().referrals())));
            for (OmbudsmanDecision d : OmbudsmanDecision.values()) {
                ombudsman.add(row(
                        "Decision: " + d.label(),
                        x -> String.valueOf(x.ombudsman().decisions().get(d))));
            }
            ombudsman.add(
                    row("Awaiting a decision", x -> String.valueOf(x.ombudsman().awaitingDecision())));
            doc.table("Local Government Ombudsman", headings(), ombudsman);
        }

        void compliments() {
            doc.heading("Compliments");
            long total = r.complimentsTotal();
            say(List.of(
                    total == 0
                            ? "No compliments were recorded in the period."
                            : ReportWording.count(total, "compliment was", "compliments were")
                                    + " received in the period."));
            TreeSet<String> names = new TreeSet<>();
            r.complimentsByTeam().keySet().forEach(t -> names.add(t.value()));
            if (ytd != null) {
                ytd.complimentsByTeam().keySet().forEach(t -> names.add(t.value()));
            }
            List<ReportDocument.Bar> bars = new ArrayList<>();
            for (String name : names) {
                long n = r.complimentsByTeam().getOrDefault(new TeamName(name), 0L);
                bars.add(new ReportDocument.Bar(
                        name,
                        ReportWording.width(n, total),
                        String.valueOf(n),
                        ytd == null
                                ? null
                                : String.valueOf(ytd.complimentsByTeam().getOrDefault(new TeamName(name), 0L))));
            }
            bars.add(new ReportDocument.Bar(
                    "All teams",
                    ReportWording.width(total, total),
                    String.valueOf(total),
                    ytd == null ? null : String.valueOf(ytd.complimentsTotal())));
            doc.bars("Compliments by team", main, second, bars);
        }
    }

    private static Map<TeamName, TeamFigures> byName(Report r) {
        Map<TeamName, TeamFigures> teams = new LinkedHashMap<>();
        r.byTeam().forEach(t -> teams.put(t.team(), t));
        return teams;
    }

    /** {@code +88 (169%)}, {@code -3 (-20%)}, or the change alone when last year had none. */
    private static String change(Report x) {
        var y = x.changeOnYearEarlier();
        String sign = y.change() > 0 ? "+" : "";
        return sign + y.change() + (y.percentChange() == null ? "" : " (" + sign + y.percentChange() + "%)");
    }
}
