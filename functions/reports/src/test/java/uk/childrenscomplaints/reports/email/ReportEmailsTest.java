package uk.childrenscomplaints.reports.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.ReportMail;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.statistics.ComplaintStatistics;
import uk.childrenscomplaints.complaint.statistics.Period;
import uk.childrenscomplaints.complaint.statistics.Report;
import uk.childrenscomplaints.complaint.statistics.StatisticsComplaint;

/** The report emails' words and numbers, read as the complaints manager would read them. */
class ReportEmailsTest {
    private static final FinancialQuarter Q2_2026 = new FinancialQuarter(2026, 2);

    /** The plain-text part is wrapped at 78 characters; sentences are compared with single spaces. */
    private static ReportEmails.Content render(ReportMail mail) {
        ReportEmails.Content c = ReportEmails.render(mail, "Cambridgeshire County Council");
        return new ReportEmails.Content(c.subject(), c.text().replaceAll("[ \n]+", " "), c.html());
    }

    private static ReportMail yearEnd(Report r) {
        return new ReportMail(ReportMail.Kind.YEAR_END, new FinancialQuarter(r.period().from().getYear(), 4), r, null,
                List.of(), List.of("m@council.test"));
    }

    private static Report year2026(List<StatisticsComplaint> thisYear, int lastYear, Map<TeamName, Integer> caseload) {
        Period year = Period.financialYear(2026);
        return new ComplaintStatistics().compute(year, thisYear.stream().map(StatisticsComplaint::build).toList(),
                SampleReports.complaints(year.sameTimeYearEarlier(), lastYear), caseload, List.of(),
                SampleReports.CALENDAR, LocalDate.of(2027, 4, 1));
    }

    @Test
    void theYearEndReportSaysTheAnnualReportsSentencesWithThisYearsFigures() {
        ReportEmails.Content c = render(SampleReports.yearEndMail());

        assertThat(c.subject()).isEqualTo("Children's social care complaints: annual report 2009-10");
        assertThat(c.text()).contains("In the period reported, a total of 140 complaints were received about "
                + "children's social care services (compared to 52 complaints received for the same period last year).")
                .contains("This is an increase of 169%.")
                .contains("140 complaints equate to 4% of the 3199 cases recorded as open at the end of the period.");
        assertThat(c.html()).contains("140 complaints equate to 4% of the 3199 cases recorded as open at the end of "
                + "the period.");
    }

    @Test
    void theYearEndReportFollowsSection7sHeadingsInOrder() {
        ReportEmails.Content c = render(SampleReports.yearEndMail());
        int last = -1;
        for (String heading : ReportEmails.SECTION_7_HEADINGS) {
            int at = c.html().indexOf(">" + ReportDocument.esc(heading) + "</h2>");
            assertThat(at).as(heading).isGreaterThan(last);
            last = at;
        }
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
        assertThat(render(yearEnd(fall)).text()).contains("This is a decrease of 75%.")
                .contains("a total of 1 complaint was received").contains("(compared to 4 complaints received");

        Report fromNothing = year2026(List.of(StatisticsComplaint.received(LocalDate.of(2026, 5, 1)),
                StatisticsComplaint.received(LocalDate.of(2026, 6, 1))), 0, Map.of());
        assertThat(render(yearEnd(fromNothing)).text())
                .contains("(compared to 0 complaints received for the same period last year).")
                .contains("As none were received in the same period last year, no percentage change is given.")
                .doesNotContain("increase of");
    }

    @Test
    void withoutACaseloadTheShareOfOpenCasesIsNotInvented() {
        Report r = year2026(List.of(StatisticsComplaint.received(LocalDate.of(2026, 5, 1)).team("Huntingdon")), 1,
                Map.of());
        String text = render(yearEnd(r)).text();
        assertThat(text).contains("No open caseload was recorded for the end of the period, so complaints cannot be "
                + "shown as a share of open cases.")
                .contains("Huntingdon received 100% of total complaints (1); no open caseload was recorded for the "
                        + "team.")
                .doesNotContain("equate");
    }

    @Test
    void oneComplaintOneCaseIsSingularAndATinyShareIsLessThanOnePercent() {
        Report r = year2026(List.of(StatisticsComplaint.received(LocalDate.of(2026, 5, 1)).team("Huntingdon")
                .from(Relationship.CHILD, null)), 1, Map.of(new TeamName("Huntingdon"), 250));
        String text = render(yearEnd(r)).text();
        assertThat(text).contains("1 complaint equates to less than 1% of the 250 cases recorded as open")
                .contains("1 complaint originated from the child or young person themselves, and a further 0 were "
                        + "received through an advocate.")
                .contains("which equates to less than 1% of its 250 open cases.");
    }

    @Test
    void anEmptyYearSaysSoInsteadOfSharesOfNothing() {
        String text = render(yearEnd(year2026(List.of(), 0, Map.of()))).text();
        assertThat(text).contains("a total of 0 complaints were received")
                .contains(ReportNarrative.NONE_RECEIVED)
                .contains("No complaints under the statutory children's procedure were received in the period.");
    }

    @Test
    void outcomesAreSharesOfAllComplaintsWithWithdrawnAndNotInvestigatedTogether() {
        String text = render(SampleReports.yearEndMail()).text();
        assertThat(text).containsPattern("Of the 140 complaints received, \\d+% were upheld, \\d+% were partially "
                + "upheld, \\d+% were not upheld, \\d+% were withdrawn or not investigated and \\d+% are ongoing\\.");
    }

    @Test
    void teamNamesFromConfigurationAreEscapedInTheHtml() {
        Report r = year2026(List.of(StatisticsComplaint.received(LocalDate.of(2026, 5, 1))
                .team("Fen & Isle <script>alert(1)</script>")), 0, Map.of());
        ReportEmails.Content c = ReportEmails.render(yearEnd(r), "Council \"of\" <Fens>");
        assertThat(c.html()).doesNotContain("<script>").doesNotContain("<Fens>")
                .contains("Fen &amp; Isle &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Council &quot;of&quot; &lt;Fens&gt;");
        assertThat(c.text()).contains("Fen & Isle <script>alert(1)</script>");
    }

    @Test
    void theQuarterlyReportShowsTheQuarterBesideTheYearToDate() {
        ReportMail mail = SampleReports.quarterlyMail();
        ReportEmails.Content c = render(mail);
        assertThat(c.subject()).isEqualTo("Children's social care complaints: 2026-27 Q2 report");
        assertThat(c.text()).contains("The quarter 1 July to 30 September 2026, with the year to date (1 April to 30 "
                + "September 2026). Figures as of 1 October 2026.");
        assertThat(c.text()).contains("Complaints received | " + mail.report().totalReceived().count() + " | "
                + mail.yearToDate().totalReceived().count());
        assertThat(c.html()).contains("<th style=\"").contains(">Q2</th>").contains(">Year to date</th>");
        // The quarterly email is figures and charts: the annual report's sentences are for the year-end.
        assertThat(c.text()).doesNotContain("In the period reported");
    }

    @Test
    void everyBarHasItsFigureWrittenBesideItAndNoChartNeedsStylesScriptsOrImages() {
        ReportEmails.Content c = render(SampleReports.quarterlyMail());
        assertThat(c.html()).doesNotContain("<style").doesNotContain("<script").doesNotContain("<svg")
                .doesNotContain("<img").doesNotContain("class=");
        assertThat(c.html()).contains("bgcolor=\"" + ReportDocument.BAR + "\"");
        Report q = SampleReports.quarterlyMail().report();
        var parents = q.byRelationship().get(Relationship.PARENT_CARER);
        assertThat(c.html()).contains("<td width=\"" + parents.percent() + "%\" height=\"16\" bgcolor=\"#1d70b8\"")
                .contains(">" + parents.count() + " (" + parents.percent() + "%)</td>");
        assertThat(c.text()).containsPattern("Parent or carer \\[#+ ?\\] " + parents.count() + " \\("
                + parents.percent() + "%\\)");
    }

    @Test
    void theEmailsCarryCountsOnlyNeverAPersonsDetails() {
        for (ReportMail mail : List.of(SampleReports.quarterlyMail(), SampleReports.yearEndMail())) {
            ReportEmails.Content c = render(mail);
            // The sample complaints are all from "A Person" about things "Invented for a test".
            assertThat(c.html() + c.text()).doesNotContain("A Person").doesNotContain("Invented")
                    .doesNotContain("person-").doesNotContain("CSC-");
        }
    }
}
