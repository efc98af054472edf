package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
        try (SubmissionJarInItsOwnLoader jar = new SubmissionJarInItsOwnLoader()) {
            int refused = jar.request("POST", "/complaints", "application/json", "{}");

            assertThat(refused).isEqualTo(400);
            assertThat(jar.hasLoaded(RUNTIME)).as("jte after a JSON POST").isFalse();
            assertThat(jar.hasLoaded(FORM_PAGE))
                    .as("the form page after a JSON POST")
                    .isFalse();

            int form = jar.request("GET", "/complaints/new", "text/html", null);

            assertThat(form).isEqualTo(200);
            assertThat(jar.hasLoaded(FORM_PAGE)).as("the form page after it").isTrue();
            assertThat(jar.holds("org/thymeleaf/TemplateEngine.class"))
                    .as("a template engine in the jar")
                    .isFalse();
        }
    }
}
