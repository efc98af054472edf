package uk.childrenscomplaints.local.runtime.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.childrenscomplaints.local.standins.SamTemplate;

/**
 * "Find a complaint" in real headless Chromium against the whole system running locally, with axe-core on each state
 * of the page: the empty form, results, no results, and an impossible date range. The complaints are the twelve past
 * ones of events/import/past-complaints-sample.csv, imported through the import page (again is harmless: an import
 * skips references already present).
 */
class StaffSearchBrowserIT extends StaffPagesInChromium {
    private static final Path SAMPLE = SamTemplate.repositoryRoot().resolve("events/import/past-complaints-sample.csv");

    @Test
    void theOfficerFindsAnImportedComplaintByItsOldReferenceAndByTeamAndAgeBand() {
        browser.get(url("/staff"));
        signInAs("officer");
        browser.get(url("/staff/pages/import"));
        browser.findElement(By.id("file")).sendKeys(SAMPLE.toAbsolutePath().toString());
        clickAndWait(browser.findElement(By.id("import")));

        clickAndWait(browser.findElement(By.linkText("Find a complaint")));
        assertThat(browser.getTitle()).startsWith("Find a complaint");
        assertThat(browser.findElements(By.id("results"))).isEmpty();
        assertStyledAndAccessible("the search form");

        type("reference", "cf/09/003");
        clickAndWait(browser.findElement(By.id("search")));
        assertThat(browser.findElement(By.id("result-count")).getText()).isEqualTo("1 complaint, page 1 of 1");
        assertThat(rows()).containsExactly("CF/09/003 22 June 2009 Huntingdon Closed 5 to 9");
        assertThat(browser.getCurrentUrl()).endsWith("/staff/pages/search");
        assertStyledAndAccessible("the search page with a result");

        type("reference", "");
        new Select(browser.findElement(By.id("team"))).selectByValue("Huntingdon");
        new Select(browser.findElement(By.id("ageBand"))).selectByValue("5-9");
        clickAndWait(browser.findElement(By.id("search")));
        assertThat(rows()).isNotEmpty().allSatisfy(r -> assertThat(r).contains("Huntingdon", "5 to 9"));

        new Select(browser.findElement(By.id("team"))).selectByValue("");
        new Select(browser.findElement(By.id("ageBand"))).selectByValue("");
        type("name", "Nobody-Here");
        clickAndWait(browser.findElement(By.id("search")));
        assertThat(browser.findElement(By.id("no-results")).getText())
                .startsWith("No complaints you can see match your search");
        assertStyledAndAccessible("the search page with no results");

        type("name", "");
        type("reference", "CF/09/001");
        type("from-day", "31");
        type("from-month", "3");
        type("from-year", "2010");
        type("to-day", "1");
        type("to-month", "4");
        type("to-year", "2009");
        clickAndWait(browser.findElement(By.id("search")));
        assertThat(browser.getTitle()).startsWith("Error: Find a complaint");
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary a")).getText())
                .isEqualTo("The last date received must be the same as or after the first date received");
        assertThat(browser.findElements(By.id("results"))).isEmpty();
        assertStyledAndAccessible("the search page with an impossible date range");
    }

    private List<String> rows() {
        return browser.findElements(By.cssSelector("#results tbody tr")).stream()
                .map(WebElement::getText)
                .map(t -> t.replaceAll("\\s+", " ").trim())
                .toList();
    }
}
