package uk.childrenscomplaints.local.runtime.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import uk.childrenscomplaints.complaint.application.ports.ReportMail;
import uk.childrenscomplaints.complaint.infrastructure.ComplaintsSettings;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.reports.email.ReportEmails;
import uk.childrenscomplaints.reports.email.SampleReports;

/**
 * The report emails' HTML as a mail client that shows HTML would: rendered in real headless Chromium from a file, with
 * the bars measured on screen, and saved as screenshots under docs/screenshots.
 */
class ReportEmailBrowserIT {
    private static Chromium chromium;

    @BeforeAll
    static void start() {
        chromium = Chromium.start(false);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /**
     * As the report function sends it: under the sample council's name and with its brand colour's band above the
     * title, both from its profile (config/sample-council.properties), so the screenshots show what a council receives.
     */
    private static WebDriver open(ReportMail mail) throws IOException {
        io.micronaut.context.env.PropertySource profile =
                ComplaintsSettings.sources(ComplaintsSettings.SAMPLE_PROFILE).get(1);
        String name = String.valueOf(profile.get("complaints.council-name"));
        String brand = String.valueOf(profile.get("complaints.council.brand-colour"));
        Path file = Files.createTempFile("report-email-", ".html");
        Files.writeString(file, ReportEmails.render(mail, name, brand).html());
        WebDriver browser = chromium.driver();
        browser.get(file.toUri().toString());
        assertThat(browser.getPageSource()).contains("border-top:10px solid " + brand);
        return browser;
    }

    /** The bar for a row, by its label: the filled cell's width on screen against its track. */
    private static double barShare(WebDriver browser, String label) {
        WebElement row = browser.findElement(By.xpath("//tr[td[1][normalize-space(.)='" + label + "']]"));
        List<WebElement> cells = row.findElements(By.xpath("./td[2]//td"));
        double filled = cells.get(0).getAttribute("bgcolor").equals("#1d70b8")
                ? cells.get(0).getRect().getWidth()
                : 0;
        double whole = cells.stream().mapToDouble(c -> c.getRect().getWidth()).sum();
        return filled / whole;
    }

    @Test
    void theQuarterlyReportsBarsAreAsLongAsTheirSharesAndEachFigureIsWrittenBesideIt() throws IOException {
        ReportMail mail = SampleReports.quarterlyMail();
        WebDriver browser = open(mail);

        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Children's social care complaints: 2026-27 Q2 report");
        var parents = mail.report().byRelationship().get(Relationship.PARENT_CARER);
        assertThat(barShare(browser, "Parent or carer"))
                .isCloseTo(parents.percent() / 100.0, org.assertj.core.data.Offset.offset(0.03));
        assertThat(browser.findElement(By.xpath("//tr[td[1][normalize-space(.)='Parent or carer']]"))
                        .getText())
                .contains(parents.count() + " (" + parents.percent() + "%)");
        // The year-on-year chart: this period's bar is the longer, last year's in proportion to it.
        var y = mail.report().changeOnYearEarlier();
        assertThat(barShare(browser, "Same period last year"))
                .isCloseTo(
                        (double) y.receivedYearEarlier() / Math.max(y.received(), y.receivedYearEarlier()),
                        org.assertj.core.data.Offset.offset(0.03));
        Screenshots.save(browser, "quarterly-report-email");
    }

    @Test
    void theYearEndReportShowsSection7sHeadingsAndSentences() throws IOException {
        WebDriver browser = open(SampleReports.yearEndMail());

        assertThat(browser.findElements(By.tagName("h2")).stream()
                        .map(WebElement::getText)
                        .toList())
                .startsWith(
                        "Number of complaints received",
                        "Who are our complainants?",
                        "Who are the service users concerned?",
                        "Complaint by issue",
                        "Outcome of complaints",
                        "Breakdown by area team",
                        "Time frames for response");
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("140 complaints equate to 4% of the 3199 cases recorded as open at the end of the period.");
        Screenshots.save(browser, "year-end-report-email");
    }
}
