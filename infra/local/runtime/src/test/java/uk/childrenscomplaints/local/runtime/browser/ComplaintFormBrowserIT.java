package uk.childrenscomplaints.local.runtime.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import uk.childrenscomplaints.local.standins.SentEmail;

/** The public complaint form in real headless Chromium, against the whole system running locally. */
class ComplaintFormBrowserIT {
    private static final Pattern REFERENCE = Pattern.compile("CSC-\\d{4}-\\d{4}");
    private static final String GRANDMOTHER = "margaret.okafor@family.example";

    @RegisterExtension
    static final LocalSystemInChromium system = new LocalSystemInChromium();

    private WebDriver browser;

    @BeforeEach
    void emptyMailbox() {
        system.runtime().standIns().mailbox().clear();
        browser = system.driver();
    }

    @Test
    void aGrandmotherSendsAComplaintSeesHerReferenceAndIsEmailedIt() {
        openForm(browser);
        assertStyledAndAccessible("the complaint form");
        Screenshots.save(browser, "complaint-form");

        fillAsGrandmother(browser);
        Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("form button[type=submit]")));

        String reference = browser.findElement(By.id("reference")).getText();
        assertThat(reference).matches(REFERENCE);
        assertThat(browser.getTitle()).startsWith("Complaint received");
        assertStyledAndAccessible("the confirmation page");
        Screenshots.save(browser, "complaint-confirmation");

        SentEmail acknowledgement = awaitEmail(GRANDMOTHER, reference);
        assertThat(acknowledgement.text().orElse("")).contains(reference);
    }

    @Test
    void mistakesAreListedInTheErrorSummaryAndWhatWasTypedIsKept() {
        openForm(browser);
        type(browser, "complainantName", "Margaret Okafor");
        type(browser, "whatHappened", "Nobody told us the contact visit was cancelled.");
        Chromium.clickAndWait(browser, browser.findElement(By.cssSelector("form button[type=submit]")));

        WebElement summary = browser.findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(browser.getTitle()).startsWith("Error:");
        List<WebElement> links = summary.findElements(By.cssSelector(".govuk-error-summary__list a"));
        List<String> hrefs = links.stream().map(a -> a.getDomAttribute("href")).toList();
        assertThat(hrefs).contains("#email", "#relationship", "#issues", "#consent");
        for (String href : hrefs) {
            assertThat(browser.findElements(By.id(href.substring(1))))
                    .as("the error summary link %s points at a field on the page", href)
                    .hasSize(1);
        }
        assertThat(links).allSatisfy(a -> assertThat(a.getText()).isNotBlank());
        assertThat(browser.findElement(By.id("complainantName")).getDomProperty("value"))
                .isEqualTo("Margaret Okafor");
        assertThat(browser.findElement(By.id("whatHappened")).getDomProperty("value"))
                .isEqualTo("Nobody told us the contact visit was cancelled.");
        assertThat(browser.findElement(By.id("consent-error")).getText()).isNotBlank();

        assertStyledAndAccessible("the form with errors");
        Screenshots.save(browser, "complaint-form-errors");
        assertThat(system.runtime().standIns().mailbox().emails()).isEmpty();
    }

    @Test
    void theFormWorksWithJavaScriptTurnedOff() {
        try (Chromium noScript = Chromium.start(false)) {
            WebDriver plain = noScript.driver();
            openForm(plain);
            // GOV.UK's inline snippet adds js-enabled; without it, no script ran.
            assertThat(plain.findElement(By.tagName("body")).getDomAttribute("class"))
                    .doesNotContain("js-enabled");

            fillAsGrandmother(plain);
            Chromium.clickAndWait(plain, plain.findElement(By.cssSelector("form button[type=submit]")));

            String reference = plain.findElement(By.id("reference")).getText();
            assertThat(reference).matches(REFERENCE);
            awaitEmail(GRANDMOTHER, reference);
        }
    }

    private static void openForm(WebDriver driver) {
        driver.get(system.runtime().endpoint().resolve("/complaints/new").toString());
        assertThat(driver.getTitle()).startsWith("Make a complaint");
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

    /** A grandmother, as she would answer: her own words, a rough date, the team she knows. */
    private static void fillAsGrandmother(WebDriver driver) {
        type(driver, "complainantName", "Margaret Okafor");
        type(driver, "email", GRANDMOTHER);
        type(driver, "phone", "07700 900123");
        choose(driver, "relationship", "grandparent");
        choose(driver, "viaAdvocate", "no");
        type(driver, "childName", "Ruby");
        type(driver, "childAge", "9");
        choose(driver, "childGender", "female");
        choose(driver, "team", "dont_know");
        choose(driver, "issues", "communication");
        type(
                driver,
                "whatHappened",
                "Ruby's contact visits with me were cancelled three times without anyone "
                        + "telling us. She waited by the door each time.");
        type(driver, "desiredOutcome", "Tell us in good time, and arrange the missed visits.");
        LocalDate happened = LocalDate.now(ZoneId.of("Europe/London")).minusWeeks(2);
        type(driver, "matterOccurredOn-day", String.valueOf(happened.getDayOfMonth()));
        type(driver, "matterOccurredOn-month", String.valueOf(happened.getMonthValue()));
        type(driver, "matterOccurredOn-year", String.valueOf(happened.getYear()));
        choose(driver, "consent", "yes");
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** GOV.UK radios and checkboxes hide the input under a styled label; people click the label. */
    private static void choose(WebDriver driver, String name, String value) {
        WebElement input = driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (!input.isSelected()) {
            driver.findElement(By.cssSelector("label[for='" + input.getDomAttribute("id") + "']"))
                    .click();
        }
        assertThat(input.isSelected()).as("%s=%s chosen", name, value).isTrue();
    }

    private static SentEmail awaitEmail(String to, String reference) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            Optional<SentEmail> found = system.runtime().standIns().mailbox().emails().stream()
                    .filter(e -> e.to().contains(to))
                    .filter(e -> e.text().orElse("").contains(reference)
                            || e.subject().contains(reference))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            assertThat(Instant.now())
                    .as("an acknowledgement to the complainant naming %s", reference)
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
