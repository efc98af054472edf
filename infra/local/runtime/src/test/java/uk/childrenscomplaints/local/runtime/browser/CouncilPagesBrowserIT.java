package uk.childrenscomplaints.local.runtime.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The pages a council publishes (accessibility statement, cookies, privacy notice) and the form's "Other ways to
 * complain", in headless Chromium with axe-core, with the sample council's profile; and the keyboard walk the
 * accessibility statement reports.
 */
class CouncilPagesBrowserIT {
    @RegisterExtension
    static final LocalSystemInChromium system = new LocalSystemInChromium();

    private WebDriver browser;

    @BeforeEach
    void browser() {
        browser = system.driver();
    }

    private void open(String path) {
        browser.get(system.runtime().endpoint().resolve(path).toString());
    }

    private void assertStyledAndAccessible(String page) {
        assertThat(PageAssets.failed(browser))
                .as("assets that did not load on %s", page)
                .isEmpty();
        assertThat(PageAssets.styledAsTheCouncils(browser))
                .as("GOV.UK Frontend's CSS in Arial and the council's brand applied on %s", page)
                .isTrue();
        List<Axe.Violation> violations = Axe.violations(browser);
        assertThat(violations).as(Axe.describe(page, violations)).isEmpty();
    }

    @Test
    void theThreePagesAreReachedFromTheFootersLinksAndPassAxe() {
        String[][] pages = {
            {"Accessibility statement", "council-accessibility-statement", "Accessibility statement for"},
            {"Cookies", "council-cookies", "Cookies"},
            {"Privacy notice", "council-privacy-notice", "Privacy notice"}
        };
        for (String[] page : pages) {
            open("/complaints/new");
            Chromium.clickAndWait(browser, browser.findElement(By.linkText(page[0])));
            assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith(page[2]);
            assertThat(browser.findElement(By.id("council-header")).getText())
                    .isEqualTo("Cambridgeshire County Council");
            assertStyledAndAccessible(page[0]);
            Screenshots.save(browser, page[1]);
        }
    }

    @Test
    void theFormOpensWithOtherWaysToComplainFromTheProfile() {
        open("/complaints/new");
        WebElement otherWays = browser.findElement(By.id("other-ways"));

        assertThat(otherWays.isDisplayed()).isTrue();
        assertThat(otherWays.getText())
                .contains("Other ways to complain")
                .contains("01632 960 001")
                .contains("complaints@council.example")
                .contains("New Shire Hall")
                .contains("British Sign Language (BSL)");
        assertThat(otherWays.findElement(By.linkText("01632 960 001")).getDomAttribute("href"))
                .isEqualTo("tel:01632960001");
        assertStyledAndAccessible("the form's start");
        Screenshots.save(browser, "complaint-form-other-ways");
    }

    @Test
    void withAKeyboardOnlyTheSkipLinkComesFirstAndTheFormCanBeSentToItsErrorSummary() {
        open("/complaints/new");
        WebElement body = browser.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement first = browser.switchTo().activeElement();
        assertThat(first.getText()).isEqualTo("Skip to main content");
        first.sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("main-content");

        WebElement focused = browser.switchTo().activeElement();
        for (int presses = 0; presses < 200 && !"submit".equals(focused.getDomAttribute("type")); presses++) {
            focused.sendKeys(Keys.TAB);
            focused = browser.switchTo().activeElement();
        }
        assertThat(focused.getText()).as("the send button is reached by Tab").isEqualTo("Send complaint");
        focused.sendKeys(Keys.ENTER);

        WebElement summary = browser.findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(browser.getTitle()).startsWith("Error:");
        assertThat(browser.switchTo().activeElement())
                .as("the error summary takes focus")
                .isEqualTo(summary);
    }
}
