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

    /**
     * True once GOV.UK Frontend's stylesheet and the council's brand stylesheet are applied: the heading in Arial (no
     * GDS Transport anywhere, decision 031) and the header bar in the council's brand colour.
     */
    public static boolean styledAsTheCouncils(WebDriver driver) {
        Object ok = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.ready.then(() => {
                  const sheets = [...document.styleSheets];
                  const css = sheets.some(s => (s.href || '').endsWith('/assets/govuk-frontend.min.css')
                      && s.cssRules.length > 100);
                  const brand = getComputedStyle(document.documentElement)
                      .getPropertyValue('--govuk-brand-colour').trim();
                  const header = document.getElementById('council-header');
                  const branded = brand.startsWith('#') && header !== null
                      && getComputedStyle(header).backgroundColor !== 'rgba(0, 0, 0, 0)';
                  // GOV.UK Frontend styles its components, not <body>: ask the page's heading.
                  const heading = document.querySelector('h1');
                  const font = heading !== null && getComputedStyle(heading).fontFamily.toLowerCase().startsWith('arial')
                      && ![...document.fonts].some(f => f.family.includes('GDS Transport'));
                  done(css && branded && font);
                });
                """);
        return Boolean.TRUE.equals(ok);
    }
}
