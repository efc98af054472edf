package uk.childrenscomplaints.local.runtime.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import uk.childrenscomplaints.local.standins.SamTemplate;

/**
 * Full-page PNGs of what the tests saw: under the module's {@code target/screenshots}, so a test run leaves the tree
 * as it found it; with {@code -Pscreenshots} (system property {@code screenshots.dir}) into docs/screenshots, to
 * refresh the pictures the docs show.
 */
public final class Screenshots {
    private Screenshots() {}

    public static Path save(WebDriver driver, String name) {
        Dimension before = driver.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) driver)
                .executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        // The window's outer height includes no browser chrome when headless, so the page height is enough.
        driver.manage().window().setSize(new Dimension(before.getWidth(), height.intValue()));
        try {
            Path file = folder().resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private static Path folder() {
        String chosen = System.getProperty("screenshots.dir", "");
        return chosen.isBlank()
                ? SamTemplate.repositoryRoot().resolve("infra/local/runtime/target/screenshots")
                : Path.of(chosen);
    }
}
