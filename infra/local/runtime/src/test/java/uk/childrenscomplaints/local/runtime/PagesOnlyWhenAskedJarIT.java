package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.local.standins.SamTemplate;

/**
 * No class of the pages is even loaded on a JSON route until a page is rendered (issue 17, decisions 038 and 044): the
 * submission function's shaded jar, the one template.yaml deploys, in a class loader of its own, its handler built as
 * Lambda builds it (every singleton at start). A JSON POST that fails validation needs no AWS call; the form page after
 * it still renders, from the page compiled at build time. An IT because the jar exists only after {@code package}.
 */
class PagesOnlyWhenAskedJarIT {
    /** jte's runtime, which the compiled pages run on. */
    private static final String RUNTIME = "gg.jte.TemplateEngine";

    private static final String FORM_PAGE = "uk.childrenscomplaints.submission.pages.JtecomplaintformGenerated";

    @Test
    void aRefusedJsonPostLoadsNoPageClassAndTheFormPageRendersAfterIt() throws Exception {
        Path jar =
                SamTemplate.repositoryRoot().resolve("functions/submit-complaint/target/submit-complaint-lambda.jar");
        assertThat(jar)
                .as("the submission function's jar (run mvn package first)")
                .isRegularFile();
        URL probe = PagesProbe.class.getProtectionDomain().getCodeSource().getLocation();
        Map<String, String> given = new LinkedHashMap<>(Map.of("aws.region", "eu-west-2"));
        Map<String, String> before = new LinkedHashMap<>();
        given.forEach((k, v) -> before.put(k, System.getProperty(k)));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (WatchingClassLoader loader = new WatchingClassLoader(jar.toUri().toURL(), probe)) {
            given.forEach(System::setProperty);
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> pages = loader.loadClass(PagesProbe.class.getName());
            var request = pages.getMethod("request", String.class, String.class, String.class, String.class);
            try {
                int refused = (int) request.invoke(null, "POST", "/complaints", "application/json", "{}");

                assertThat(refused).isEqualTo(400);
                assertThat(loader.hasLoaded(RUNTIME))
                        .as("jte after a JSON POST")
                        .isFalse();
                assertThat(loader.hasLoaded(FORM_PAGE))
                        .as("the form page after a JSON POST")
                        .isFalse();

                int form = (int) request.invoke(null, "GET", "/complaints/new", "text/html", null);

                assertThat(form).isEqualTo(200);
                assertThat(loader.hasLoaded(FORM_PAGE))
                        .as("the form page after it")
                        .isTrue();
                assertThat(loader.getResource("org/thymeleaf/TemplateEngine.class"))
                        .as("a template engine in the jar")
                        .isNull();
            } finally {
                pages.getMethod("close").invoke(null);
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            before.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
        }
    }
}
