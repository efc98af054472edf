package uk.childrenscomplaints.local.runtime.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import uk.childrenscomplaints.local.standins.SamTemplate;

/** axe-core, as pinned in infra/local/package.json, run against the page the browser is on. */
public final class Axe {
    /** WCAG 2.2 A and AA, and the 2.0/2.1 rules they include. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
               .then(r => done({violations: r.violations.map(v => ({
                   id: v.id, impact: v.impact, help: v.help,
                   targets: v.nodes.map(n => n.target.join(' '))}))}))
               .catch(e => done({error: String(e)}));
            """;

    private static String source;

    private Axe() {}

    public record Violation(String id, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + "\n      at " + String.join("\n      at ", targets);
        }
    }

    public static List<Violation> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        Object answer = js.executeAsyncScript(RUN, TAGS);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) answer;
        if (result.containsKey("error")) {
            throw new IllegalStateException(
                    "axe-core failed on " + driver.getCurrentUrl() + ": " + result.get("error"));
        }
        List<Violation> found = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> raw = (List<Map<String, Object>>) result.get("violations");
        for (Map<String, Object> v : raw) {
            @SuppressWarnings("unchecked")
            List<String> targets = (List<String>) v.get("targets");
            found.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"), targets));
        }
        return found;
    }

    /** A message a reader can act on: which page, which rule, which elements. */
    public static String describe(String page, List<Violation> violations) {
        return violations.size() + " WCAG 2.2 A/AA violation(s) on " + page + ":\n  "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  "));
    }

    private static synchronized String axeSource() {
        if (source == null) {
            Path file = SamTemplate.repositoryRoot().resolve("infra/local/node_modules/axe-core/axe.min.js");
            try {
                source = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "axe-core is missing at " + file
                                + ": the build installs it (npm ci in infra/local); run mvn -B install -DskipTests first",
                        e);
            }
        }
        return source;
    }
}
