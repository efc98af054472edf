package uk.childrenscomplaints.local.runtime.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * What every staff-pages browser test stands on: the whole system running locally, one headless Chromium, a browser
 * with no session before each test, and the steps every journey takes (sign in as a demo user, follow a link and wait
 * for the next page, type, check a page is styled and accessible).
 */
abstract class StaffPagesInChromium {
    @RegisterExtension
    static final LocalSystemInChromium system = new LocalSystemInChromium();

    protected WebDriver browser;

    @BeforeEach
    void freshBrowser() {
        browser = system.driver();
        browser.get(url("/staff/pages/signed-out"));
        browser.manage().deleteAllCookies();
    }

    /** Chooses the demo user on the local stand-in for the hosted sign-in page. */
    protected void signInAs(String user) {
        assertThat(browser.getTitle()).startsWith("Sign in to the staff pages");
        WebElement choice = browser.findElement(By.cssSelector("input[name='user'][value='" + user + "']"));
        browser.findElement(By.cssSelector("label[for='" + choice.getDomAttribute("id") + "']"))
                .click();
        clickAndWait(browser.findElement(By.id("sign-in")));
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo(user);
    }

    /** Clicks, then waits for the next page, so nothing is read from the page being left. */
    protected void clickAndWait(WebElement element) {
        Chromium.clickAndWait(browser, element);
    }

    protected void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    protected void assertStyledAndAccessible(String page) {
        assertThat(PageAssets.styledAsTheCouncils(browser))
                .as("GOV.UK Frontend's CSS in Arial and the council's brand applied on %s", page)
                .isTrue();
        assertAccessible(page);
    }

    /** For the local stand-in of Cognito's hosted sign-in page, which is AWS's page, not the council's. */
    protected void assertAccessible(String page) {
        assertThat(PageAssets.failed(browser))
                .as("assets that did not load on %s", page)
                .isEmpty();
        List<Axe.Violation> violations = Axe.violations(browser);
        assertThat(violations).as(Axe.describe(page, violations)).isEmpty();
    }

    protected static String url(String path) {
        return system.runtime().endpoint().resolve(path).toString();
    }
}
