package uk.childrenscomplaints.local.runtime.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import uk.childrenscomplaints.local.runtime.LocalRuntime;

/**
 * {@code @RegisterExtension static final LocalSystemInChromium system = new LocalSystemInChromium();}: the whole
 * system running locally and one headless Chromium ({@link Chromium}'s options) for a test class, both stopped after
 * it, the browser first. Fails rather than skips when Chromium is not installed.
 */
final class LocalSystemInChromium implements BeforeAllCallback, AfterAllCallback {
    private LocalRuntime runtime;
    private Chromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) {
        Chromium.requireInstalled();
        runtime = LocalRuntime.start(0);
        chromium = Chromium.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (runtime != null) {
                runtime.close();
            }
            chromium = null;
            runtime = null;
        }
    }

    LocalRuntime runtime() {
        return runtime;
    }

    WebDriver driver() {
        return chromium.driver();
    }
}
