package uk.childrenscomplaints.local.runtime.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.childrenscomplaints.local.standins.SamTemplate;

/**
 * The statistics, import, compliments and caseload pages in real headless Chromium against the whole system running
 * locally. The dataset is fixed: the twelve complaints of events/import/past-complaints-sample.csv (financial year
 * 2009 to 2010), uploaded through the import page, one compliment and two teams' open caseloads entered through their
 * pages. Every figure asserted is worked out by hand from that file.
 */
class StaffStatisticsBrowserIT extends StaffPagesInChromium {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Path SAMPLE = SamTemplate.repositoryRoot().resolve("events/import/past-complaints-sample.csv");

    @Test
    void theOfficerImportsAYearEntersCaseloadsAndAComplimentAndSeesTheYearsFigures() throws Exception {
        browser.get(url("/staff"));
        signInAs("officer");
        clickAndWait(browser.findElement(By.linkText("Import")));
        assertThat(browser.getTitle()).startsWith("Import past complaints");
        assertStyledAndAccessible("the import page");

        // A bad file: every bad row listed with its line and column, and nothing imported.
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
        Path bad = Files.createTempFile("bad-past-complaints", ".csv");
        Files.write(
                bad,
                List.of(
                        lines.get(0),
                        lines.get(1).replace(",Huntingdon,", ",Nowhere,"),
                        lines.get(2),
                        lines.get(3).replace("2009-06-22", "2009-13-40")),
                StandardCharsets.UTF_8);
        upload(bad);
        assertThat(browser.getTitle()).startsWith("Error:");
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("The file has 2 problems, so nothing was imported");
        List<WebElement> problems = browser.findElements(By.cssSelector("#problems tbody tr"));
        assertThat(problems)
                .extracting(WebElement::getText)
                .hasSize(2)
                .anySatisfy(t -> assertThat(t).startsWith("2 team"))
                .anySatisfy(t -> assertThat(t).startsWith("4 received_on"));
        assertStyledAndAccessible("the import page listing a bad file's rows");

        upload(SAMPLE);
        assertThat(browser.findElement(By.id("imported-count")).getText()).isEqualTo("12");
        assertThat(browser.findElement(By.id("already-present-count")).getText())
                .isEqualTo("0");

        // A compliment for Huntingdon in March 2010.
        clickAndWait(browser.findElement(By.linkText("Compliments")));
        new Select(browser.findElement(By.id("team"))).selectByValue("Huntingdon");
        type("received-day", "1");
        type("received-month", "3");
        type("received-year", "2010");
        type("fromWhom", "A foster carer");
        type("text", "Thank you for the weekly calls.");
        clickAndWait(browser.findElement(By.id("record")));
        assertThat(browser.findElement(By.id("recorded")).getText()).contains("Compliment recorded");
        assertStyledAndAccessible("the compliments page");

        // Open cases at the end of the year's last quarter: Huntingdon 50, ECF 40.
        browser.get(url("/staff/pages/caseloads?quarter=2009-4"));
        assertThat(browser.findElement(By.id("quarter-name")).getText())
                .isEqualTo("Quarter 4 of 2009 to 2010 (January to March 2010)");
        typeInto("Huntingdon", "50");
        typeInto("ECF", "40");
        clickAndWait(browser.findElement(By.id("save-caseloads")));
        assertThat(browser.findElement(By.id("saved")).getText()).contains("Open caseloads saved");
        assertStyledAndAccessible("the caseload page");

        // The year through the custom dates.
        clickAndWait(browser.findElement(By.linkText("Statistics")));
        type("from-day", "1");
        type("from-month", "4");
        type("from-year", "2009");
        type("to-day", "31");
        type("to-month", "3");
        type("to-year", "2010");
        clickAndWait(browser.findElement(By.id("show-period")));

        assertThat(text("period")).isEqualTo("1 April 2009 to 31 March 2010");
        assertThat(text("scope")).isEqualTo("All teams: the whole council's figures.");
        assertThat(text("total-received")).isEqualTo("Complaints received: 12");
        assertThat(text("change")).isEqualTo("12 against 0: an increase of 12");
        assertThat(text("share-of-open-cases")).isEqualTo("That is 13% of the 90 cases open at the end of the period.");
        assertThat(row("teams", "Huntingdon")).isEqualTo("Huntingdon 4 33% 50 8%");
        assertThat(row("teams", "ECF")).isEqualTo("ECF 2 17% 40 5%");
        assertThat(row("teams", "LAC")).isEqualTo("LAC 1 8% Not entered –");
        assertThat(row("complainants", "Parent or carer")).isEqualTo("Parent or carer 5 42%");
        assertThat(row("complainants", "Grandparent")).isEqualTo("Grandparent 2 17%");
        assertThat(text("total-pounds")).isEqualTo("£4,250");
        assertThat(text("average-pounds")).isEqualTo("£2,125");
        assertThat(text("compliments-total")).isEqualTo("Compliments received: 1");
        assertStyledAndAccessible("the statistics page");
        Screenshots.save(browser, "staff-statistics");

        // The CSV link: the same period's figures, with the page's own session.
        String href = browser.findElement(By.id("download-csv")).getDomAttribute("href");
        assertThat(href).isEqualTo("/staff/pages/statistics.csv?from=2009-04-01&to=2010-03-31");
        Cookie session = browser.manage().getCookieNamed("staff_session");
        HttpResponse<String> csv = HTTP.send(
                HttpRequest.newBuilder(URI.create(url(href)))
                        .header("Cookie", "staff_session=" + session.getValue())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"complaints-statistics-2009-04-01-to-2010-03-31.csv\"");
        assertThat(csv.body())
                .contains("totalReceived,all,12,,\r\n")
                .contains("byTeam,Huntingdon,4,12,33\r\n")
                .contains("byTeamShareOfOpenCases,Huntingdon,4,50,8\r\n")
                .contains("stage2Costs,totalPounds,4250,,\r\n");
        HttpResponse<String> anonymous = HTTP.send(
                HttpRequest.newBuilder(URI.create(url(href))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(303);

        // A bad date: the error summary, and no figures.
        type("to-day", "32");
        clickAndWait(browser.findElement(By.id("show-period")));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary a")).getText())
                .isEqualTo("The end date must be a real date, like 1 4 2009");
        assertThat(browser.findElements(By.id("total-received"))).isEmpty();
        assertStyledAndAccessible("the statistics page with an error");
    }

    @Test
    void aRespondingManagerSeesOnlyTheirTeamsFigures() throws Exception {
        browser.get(url("/staff"));
        signInAs("officer");
        browser.get(url("/staff/pages/import"));
        upload(SAMPLE);
        clickAndWait(browser.findElement(By.id("sign-out")));

        browser.get(url("/staff"));
        signInAs("huntingdon-manager");
        browser.get(url("/staff/pages/statistics?from=2009-04-01&to=2010-03-31"));
        assertThat(text("scope")).isEqualTo("Only Huntingdon: the figures of the team you manage.");
        assertThat(text("total-received")).isEqualTo("Complaints received: 4");
        assertThat(browser.findElements(By.cssSelector("#teams tbody tr")))
                .extracting(WebElement::getText)
                .singleElement()
                .asString()
                .startsWith("Huntingdon 4 100%");
    }

    // ---- helpers

    private void upload(Path file) {
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        clickAndWait(browser.findElement(By.id("import")));
    }

    /** Types into the caseload box labelled with the team's name. */
    private void typeInto(String team, String text) {
        WebElement label = browser.findElements(By.cssSelector("#caseload-form label")).stream()
                .filter(l -> l.getText().equals(team))
                .findFirst()
                .orElseThrow();
        type(label.getDomAttribute("for"), text);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** A table row's text as a person reads it (the bars are hidden images and add none). */
    private String row(String table, String label) {
        return browser.findElement(By.cssSelector("#" + table + " tr[data-label='" + label + "']"))
                .getText()
                .replaceAll("\\s+", " ")
                .trim();
    }
}
