package uk.childrenscomplaints.local.runtime.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The form for children and young people in real headless Chromium, against the whole system running locally, walked
 * with the keyboard only: Tab to each field and button, type, Space to tick, Enter to press. Every page is checked
 * with axe.
 */
class YoungPeopleFormBrowserIT {
    private static final Pattern REFERENCE = Pattern.compile("CSC-\\d{4}-\\d{4}");
    private static final String YOUNG_PERSON = "jay.example@young.example";

    @RegisterExtension
    static final LocalSystemInChromium system = new LocalSystemInChromium();

    private WebDriver browser;

    @BeforeEach
    void emptyMailbox() {
        system.runtime().standIns().mailbox().clear();
        browser = system.driver();
    }

    @Test
    void aYoungPersonWalksEveryPageWithTheKeyboardOnlyAndSendsTheirComplaint() {
        browser.get(system.runtime().endpoint().resolve("/complaints/new").toString());
        assertThat(browser.findElement(By.cssSelector("a[href='/complaints/young-people']"))
                        .getText())
                .isEqualTo("Use our form for children and young people");
        browser.get(
                system.runtime().endpoint().resolve("/complaints/young-people").toString());
        assertThat(browser.getTitle()).startsWith("Tell us what is wrong");
        assertAccessible("the start page");
        Screenshots.save(browser, "young-people-start");

        press(By.cssSelector("button.govuk-button--start"), Keys.ENTER);
        assertOnPage("What happened?");
        typeInto(By.id("whatHappened"), "My social worker changed three times and nobody told me why.");
        press(By.cssSelector("button[value=next]"), Keys.ENTER);

        assertOnPage("Do you know which team it is about?");
        tabTo(By.id("team"));
        // Arrow keys move through a radio group; the last choice is "I am not sure".
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        assertThat(browser.findElement(By.id("team")).isSelected()).isTrue();
        press(By.cssSelector("button[value=next]"), Keys.ENTER);

        assertOnPage("What would you like to happen?");
        typeInto(By.id("desiredOutcome"), "Tell me before it changes.");
        press(By.cssSelector("button[value=next]"), Keys.ENTER);

        assertOnPage("What is your name?");
        press(By.cssSelector("button[value=next]"), Keys.ENTER);
        assertOnPage("What is your name?");
        assertThat(browser.getTitle()).startsWith("Error:");
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary a")).getText())
                .isEqualTo("Tell us your name.");
        assertAccessible("the name page with a problem");
        typeInto(By.id("complainantName"), "Jay Example");
        press(By.cssSelector("button[value=next]"), Keys.ENTER);

        assertOnPage("How can we get in touch with you?");
        typeInto(By.id("email"), YOUNG_PERSON);
        tabTo(By.id("viaAdvocate"));
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        assertThat(browser.findElement(By.id("viaAdvocate")).isSelected()).isTrue();
        press(By.cssSelector("button[value=next]"), Keys.ENTER);

        assertOnPage("Check your answers");
        assertThat(browser.findElement(By.id("answer-contact")).getText())
                .contains(YOUNG_PERSON)
                .contains("Through my advocate");
        assertAccessible("the check page");
        Screenshots.save(browser, "young-people-check");
        tabTo(By.id("consent"));
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        press(By.cssSelector("button[value=send]"), Keys.ENTER);

        assertThat(browser.getTitle()).startsWith("We have your complaint");
        String reference = browser.findElement(By.id("reference")).getText();
        assertThat(reference).matches(REFERENCE);
        assertAccessible("the confirmation page");
        awaitAcknowledgement(reference);
    }

    @Test
    void theFormWorksWithJavaScriptTurnedOffAndKeepsAnswersGoingBack() {
        try (Chromium noScript = Chromium.start(false)) {
            WebDriver plain = noScript.driver();
            plain.get(system.runtime()
                    .endpoint()
                    .resolve("/complaints/young-people")
                    .toString());
            Chromium.clickAndWait(plain, plain.findElement(By.cssSelector("button.govuk-button--start")));
            plain.findElement(By.id("whatHappened")).sendKeys("Nobody listens to me at reviews.");
            Chromium.clickAndWait(plain, plain.findElement(By.cssSelector("button[value=next]")));
            assertThat(plain.findElement(By.tagName("h1")).getText()).isEqualTo("Do you know which team it is about?");
            Chromium.clickAndWait(plain, plain.findElement(By.cssSelector("button[value=back]")));
            assertThat(plain.findElement(By.id("whatHappened")).getDomProperty("value"))
                    .isEqualTo("Nobody listens to me at reviews.");
            assertThat(plain.getCurrentUrl()).doesNotContain("?").endsWith("/complaints/young-people");
        }
        assertThat(system.runtime().standIns().mailbox().emails()).isEmpty();
    }

    private void assertOnPage(String heading) {
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
        assertAccessible("the page '" + heading + "'");
    }

    private void assertAccessible(String page) {
        assertThat(PageAssets.failed(browser))
                .as("assets that did not load on %s", page)
                .isEmpty();
        assertThat(styledAsTheCouncils()).as("the council's styles on %s", page).isTrue();
        List<Axe.Violation> violations = Axe.violations(browser);
        assertThat(violations).as(Axe.describe(page, violations)).isEmpty();
    }

    /**
     * As {@link PageAssets#styledAsTheCouncils}, but asking the heading's label where there is one: a question page's
     * heading is GOV.UK's {@code <h1 class="govuk-label-wrapper"><label class="govuk-label--l">}, where only the label
     * carries the font.
     */
    private boolean styledAsTheCouncils() {
        Object ok = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.ready.then(() => {
                  const css = [...document.styleSheets].some(s => (s.href || '').endsWith('/assets/govuk-frontend.min.css')
                      && s.cssRules.length > 100);
                  const header = document.getElementById('council-header');
                  const branded = header !== null && getComputedStyle(header).backgroundColor !== 'rgba(0, 0, 0, 0)';
                  const heading = document.querySelector('h1 label') || document.querySelector('h1');
                  const font = heading !== null && getComputedStyle(heading).fontFamily.toLowerCase().startsWith('arial')
                      && ![...document.fonts].some(f => f.family.includes('GDS Transport'));
                  done(css && branded && font);
                });
                """);
        return Boolean.TRUE.equals(ok);
    }

    /** Presses Tab from the top of the page until the element has the focus; fails if it never does. */
    private void tabTo(By target) {
        WebElement element = browser.findElement(target);
        for (int i = 0; i < 60; i++) {
            if (element.equals(browser.switchTo().activeElement())) {
                return;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + target);
    }

    private void typeInto(By field, String text) {
        tabTo(field);
        new Actions(browser).sendKeys(text).perform();
    }

    /** Tabs to a button and presses a key on it, then waits until the browser has left the page. */
    private void press(By button, Keys key) {
        tabTo(button);
        WebElement page = browser.findElement(By.tagName("html"));
        new Actions(browser).sendKeys(key).perform();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException | NoSuchElementException gone) {
                return true;
            } catch (WebDriverException midway) {
                return String.valueOf(midway.getMessage()).contains("does not belong to the document");
            }
        });
    }

    private void awaitAcknowledgement(String reference) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (system.runtime().standIns().mailbox().emails().stream()
                .noneMatch(e -> e.to().contains(YOUNG_PERSON) && e.subject().contains(reference))) {
            assertThat(Instant.now())
                    .as("an acknowledgement naming %s", reference)
                    .isBefore(until);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
