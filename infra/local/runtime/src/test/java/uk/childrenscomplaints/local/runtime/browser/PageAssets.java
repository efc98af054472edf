package uk.childrenscomplaints.local.runtime.browser;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** What the page fetched (CSS, fonts, images, scripts) and did not get, as the browser's own timing entries say. */
public final class PageAssets {
    private PageAssets() {}

    /** Each failed fetch as {@code url -> HTTP status} (0 when blocked or never answered). */
    @SuppressWarnings("unchecked")
    public static List<String> failed(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return performance.getEntriesByType('resource')
                    .filter(e => e.responseStatus !== 200 && e.responseStatus !== 304)
                    .map(e => e.name + ' -> ' + e.responseStatus);
                """);
    }

    /** True once GOV.UK Frontend's stylesheet has been applied and its GDS Transport font is loaded. */
    public static boolean styledAsGovUk(WebDriver driver) {
        Object ok = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.ready.then(() => {
                  const css = [...document.styleSheets].some(s => (s.href || '').endsWith('/assets/govuk-frontend.min.css')
                      && s.cssRules.length > 100);
                  // GOV.UK Frontend styles its components, not <body>: ask the page's heading.
                  const heading = document.querySelector('h1');
                  const font = heading !== null && getComputedStyle(heading).fontFamily.includes('GDS Transport')
                      && document.fonts.check('bold 19px "GDS Transport"');
                  done(css && font);
                });
                """);
        return Boolean.TRUE.equals(ok);
    }
}
