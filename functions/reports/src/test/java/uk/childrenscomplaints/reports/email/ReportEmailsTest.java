package uk.childrenscomplaints.reports.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.ports.ReportMail;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.statistics.ComplaintStatistics;
import uk.childrenscomplaints.complaint.statistics.Period;
import uk.childrenscomplaints.complaint.statistics.Report;
import uk.childrenscomplaints.complaint.statistics.StatisticsComplaint;

/**
 * The report emails' words and numbers, read as the complaints manager would read them. The HTML part is read through
 * jsoup (text, headings, cells, attributes) rather than compared as markup; escaping is checked on the markup itself.
 */
class ReportEmailsTest {
    private static final FinancialQuarter Q2_2026 = new FinancialQuarter(2026, 2);
    private static final String BAR = "#1d70b8";

    private static Document html(ReportEmails.Content c) {
        return Jsoup.parse(c.html());
    }

    /** The row of a bar chart or table whose first cell is {@code label}. */
    private static Element row(Document html, String label) {
        return html.select("tr").stream()
                .filter(tr -> !tr.children().isEmpty()
                        && tr.child(0).normalName().equals("td")
                        && tr.child(0).text().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label));
    }

    /** The plain-text part is wrapped at 78 characters; sentences are compared with single spaces. */
    private static ReportEmails.Content render(ReportMail mail) {
        ReportEmails.Content c = ReportEmails.render(mail, "Cambridgeshire County Council");
        return new ReportEmails.Content(c.subject(), c.text().replaceAll("[ \n]+", " "), c.html());
    }

    private static ReportMail yearEnd(Report r) {
        return new ReportMail(
                ReportMail.Kind.YEAR_END,
                new FinancialQuarter(r.period().from().getYear(), 4),
                r,
                null,
                List.of(),
                List.of("m@council.test"));
    }

    private static Report year2026(List<StatisticsComplaint> thisYear, int lastYear, Map<TeamName, Integer> caseload) {
        Period year = Period.financialYear(2026);
        return new ComplaintStatistics()
                .compute(
                        year,
                        thisYear.stream().map(StatisticsComplaint::build).toList(),
                        SampleReports.complaints(year.sameTimeYearEarlier(), lastYear),
                        caseload,
                        List.of(),
                        SampleReports.CALENDAR,
                        LocalDate.of(2027, 4, 1));
    }

    @Test
    void anotherCouncilsReportCarriesItsNameAndItsBrandColourAboveTheTitle() {
        ReportEmails.Content c =
                ReportEmails.render(SampleReports.quarterlyMail(), "Northmere Borough Council", "#5b2a86");

        assertThat(c.html())
                .contains("border-top:10px solid #5b2a86")
                .contains("Northmere Borough Council.")
                .doesNotContain("Cambridgeshire");
        assertThat(c.text()).contains("Northmere Borough Council.").doesNotContain("Cambridgeshire");
    }

    @Test
    void theYearEndReportSaysTheAnnualReportsSentencesWithThisYearsFigures() {
        ReportEmails.Content c = render(SampleReports.yearEndMail());

        assertThat(c.subject()).isEqualTo("Children's social care complaints: annual report 2009-10");
        assertThat(c.text())
                .contains(
                        "In the period reported, a total of 140 complaints were received about "
                                + "children's social care services (compared to 52 complaints received for the same period last year).")
                .contains("This is an increase of 169%.")
                .contains("140 complaints equate to 4% of the 3199 cases recorded as open at the end of the period.");
        assertThat(html(c).body().text())
                .contains("140 complaints equate to 4% of the 3199 cases recorded as open at "
                        + "the end of the period.");
    }

    @Test
    void theYearEndReportSaysHowComplaintsCameInBesideLastYearAndCountsAReopenedComplaintOnce() {
        // 2026-27: three by telephone, one by email (withdrawn 1 June 2026 and reopened 8 June); 2025-26: two letters.
        Report r = year2026(
                List.of(
                        StatisticsComplaint.received(LocalDate.of(2026, 5, 1)).by(Route.TELEPHONE),
                        StatisticsComplaint.received(LocalDate.of(2026, 6, 1)).by(Route.TELEPHONE),
                        StatisticsComplaint.received(LocalDate.of(2026, 9, 1)).by(Route.TELEPHONE),
                        StatisticsComplaint.received(LocalDate.of(2026, 5, 20))
                                .by(Route.EMAIL)
                                .reopened(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 8))),
                2,
                Map.of());
        ReportEmails.Content c = render(yearEnd(r));

        assertThat(c.text())
                .contains("Most complaints came by telephone (75%, against 0% in the same period last year).")
                .contains("1 came by email (25%), against 0 in the same period last year.")
                .contains("Telephone | 3 (75%) | 0 (0%)")
                .contains("Email | 1 (25%) | 0 (0%)")
                .contains("Letter | 0 (0%) | 2 (100%)")
                .contains("In person | 0 (0%) | 0 (0%)")
                .contains("Online form | 0 (0%) | 0 (0%)")
                .contains("Reopened (each counted once above) | 1 (25%)")
                .contains("a total of 4 complaints were received");
        Document html = html(c);
        assertThat(row(html, "Telephone").children().eachText()).containsExactly("Telephone", "3 (75%)", "0 (0%)");
        assertThat(row(html, "Letter").children().eachText()).containsExactly("Letter", "0 (0%)", "2 (100%)");
        assertThat(html.body().text()).contains("How complaints came in");
    }

    @Test
    void theQuarterlyReportSetsEachRouteForTheQuarterAndTheYearToDateBesideLastYears() {
        ReportEmails.Content c = render(SampleReports.quarterlyMail());
        assertThat(row(html(c), "Telephone").children()).hasSize(5);
        assertThat(html(c).select("th").eachText())
                .contains("Route", "Same period last year", "Year to date last year");
    }

    @Test
    void theYearEndReportFollowsSection7sHeadingsInOrder() {
        ReportEmails.Content c = render(SampleReports.yearEndMail());
        assertThat(html(c).select("h2").eachText())
                .containsSubsequence(ReportEmails.SECTION_7_HEADINGS)
                .startsWith(ReportEmails.SECTION_7_HEADINGS.toArray(String[]::new));
    }

    @Test
    void repeatComplainantsAreCountedAsTheReportCountsThem() {
        // One person in five of the sample complains twice: 28 complaints from 14 people.
        assertThat(render(SampleReports.yearEndMail()).text())
                .contains("28 of the 140 complaints (i.e. 20%) were lodged by 14 'multiple' complainants.");
    }

    @Test
    void aFallIsADecreaseAndNothingLastYearGivesNoPercentage() {
        Report fall = year2026(List.of(StatisticsComplaint.received(LocalDate.of(2026, 5, 1))), 4, Map.of());
        assertThat(render(yearEnd(fall)).text())
                .contains("This is a decrease of 75%.")
                .contains("a total of 1 complaint was received")
                .contains("(compared to 4 complaints received");

        Report fromNothing = year2026(
                List.of(
                        StatisticsComplaint.received(LocalDate.of(2026, 5, 1)),
                        StatisticsComplaint.received(LocalDate.of(2026, 6, 1))),
                0,
                Map.of());
        assertThat(render(yearEnd(fromNothing)).text())
                .contains("(compared to 0 complaints received for the same period last year).")
                .contains("As none were received in the same period last year, no percentage change is given.")
                .doesNotContain("increase of");
    }

    @Test
    void withoutACaseloadTheShareOfOpenCasesIsNotInvented() {
        Report r = year2026(
                List.of(StatisticsComplaint.received(LocalDate.of(2026, 5, 1)).team("Huntingdon")), 1, Map.of());
        String text = render(yearEnd(r)).text();
        assertThat(text)
                .contains("No open caseload was recorded for the end of the period, so complaints cannot be "
                        + "shown as a share of open cases.")
                .contains("Huntingdon received 100% of total complaints (1); no open caseload was recorded for the "
                        + "team.")
                .doesNotContain("equate");
    }

    @Test
    void oneComplaintOneCaseIsSingularAndATinyShareIsLessThanOnePercent() {
        Report r = year2026(
                List.of(StatisticsComplaint.received(LocalDate.of(2026, 5, 1))
                        .team("Huntingdon")
                        .from(Relationship.CHILD, null)),
                1,
                Map.of(new TeamName("Huntingdon"), 250));
        String text = render(yearEnd(r)).text();
        assertThat(text)
                .contains("1 complaint equates to less than 1% of the 250 cases recorded as open")
                .contains("1 complaint originated from the child or young person themselves, and a further 0 were "
                        + "received through an advocate.")
                .contains("which equates to less than 1% of its 250 open cases.");
    }

    @Test
    void anEmptyYearSaysSoInsteadOfSharesOfNothing() {
        String text = render(yearEnd(year2026(List.of(), 0, Map.of()))).text();
        assertThat(text)
                .contains("a total of 0 complaints were received")
                .contains(ReportNarrative.NONE_RECEIVED)
                .contains("No complaints under the statutory children's procedure were received in the period.");
    }

    @Test
    void outcomesAreSharesOfAllComplaintsWithWithdrawnAndNotInvestigatedTogether() {
        String text = render(SampleReports.yearEndMail()).text();
        assertThat(text)
                .containsPattern(
                        "Of the 140 complaints received, \\d+% were upheld, \\d+% were partially "
                                + "upheld, \\d+% were not upheld, \\d+% were withdrawn or not investigated and \\d+% are ongoing\\.");
    }

    @Test
    void teamNamesFromConfigurationAreEscapedInTheHtml() {
        Report r = year2026(
                List.of(StatisticsComplaint.received(LocalDate.of(2026, 5, 1))
                        .team("Fen & Isle <script>alert(1)</script>")),
                0,
                Map.of());
        ReportEmails.Content c = ReportEmails.render(yearEnd(r), "Council \"of\" <Fens>");
        assertThat(c.html())
                .doesNotContain("<script>")
                .doesNotContain("<Fens>")
                .contains("Fen &amp; Isle &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Council &quot;of&quot; &lt;Fens&gt;");
        Document html = html(c);
        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("h2").eachText()).contains("Breakdown by area team");
        assertThat(row(html, "Fen & Isle <script>alert(1)</script>").text()).contains("1 (100%)");
        assertThat(html.select("h1 + p").text()).startsWith("Council \"of\" <Fens>.");
        assertThat(c.text()).contains("Fen & Isle <script>alert(1)</script>");
    }

    @Test
    void theQuarterlyReportShowsTheQuarterBesideTheYearToDate() {
        ReportMail mail = SampleReports.quarterlyMail();
        ReportEmails.Content c = render(mail);
        assertThat(c.subject()).isEqualTo("Children's social care complaints: 2026-27 Q2 report");
        assertThat(c.text())
                .contains("The quarter 1 July to 30 September 2026, with the year to date (1 April to 30 "
                        + "September 2026). Figures as of 1 October 2026.");
        assertThat(c.text())
                .contains(
                        "Complaints received | " + mail.report().totalReceived().count() + " | "
                                + mail.yearToDate().totalReceived().count());
        assertThat(html(c).select("th[style]").eachText()).contains("Q2", "Year to date");
        // The quarterly email is figures and charts: the annual report's sentences are for the year-end.
        assertThat(c.text()).doesNotContain("In the period reported");
    }

    @Test
    void everyBarHasItsFigureWrittenBesideItAndNoChartNeedsStylesScriptsOrImages() {
        ReportEmails.Content c = render(SampleReports.quarterlyMail());
        assertThat(c.html())
                .doesNotContain("<style")
                .doesNotContain("<script")
                .doesNotContain("<svg")
                .doesNotContain("<img")
                .doesNotContain("class=");
        Document html = html(c);
        assertThat(html.select("style, script, svg, img, [class]")).isEmpty();
        assertThat(html.select("td[bgcolor=" + BAR + "]")).isNotEmpty();
        Report q = SampleReports.quarterlyMail().report();
        var parents = q.byRelationship().get(Relationship.PARENT_CARER);
        Element row = row(html, "Parent or carer");
        Element filled = row.child(1).selectFirst("td[bgcolor=" + BAR + "]");
        assertThat(filled).isNotNull();
        assertThat(filled.attr("width")).isEqualTo(parents.percent() + "%");
        assertThat(filled.attr("height")).isEqualTo("16");
        assertThat(filled.attr("style")).contains("width:" + parents.percent() + "%;");
        assertThat(row.child(2).text()).isEqualTo(parents.count() + " (" + parents.percent() + "%)");
        assertThat(c.text())
                .containsPattern("Parent or carer \\[#+ ?\\] " + parents.count() + " \\(" + parents.percent() + "%\\)");
    }

    @Test
    void theTemplatesPrintEveryValueAsTextNeverAsMarkup() throws java.io.IOException {
        for (String template : List.of("email", "parts")) {
            try (var in = ReportEmailsTest.class.getResourceAsStream("/views/reports/" + template + ".html")) {
                assertThat(in).as(template).isNotNull();
                String html = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(html)
                        .as(template)
                        .doesNotContain("utext")
                        .doesNotContain("[(")
                        .contains("th:text");
            }
        }
    }

    @Test
    void theEmailsCarryCountsOnlyNeverAPersonsDetails() {
        for (ReportMail mail : List.of(SampleReports.quarterlyMail(), SampleReports.yearEndMail())) {
            ReportEmails.Content c = render(mail);
            // The sample complaints are all from "A Person" about things "Invented for a test".
            assertThat(html(c).text() + c.html() + c.text())
                    .doesNotContain("A Person")
                    .doesNotContain("Invented")
                    .doesNotContain("person-")
                    .doesNotContain("CSC-");
        }
    }
}
