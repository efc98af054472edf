package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.submission.SubmissionApp.body;
import static uk.childrenscomplaints.submission.SubmissionApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;

/** The form page and its assets through the real Lambda handler. */
class SubmitComplaintPagesIT {
    @RegisterExtension
    static final FunctionAppExtension function = SubmissionApp.extension();

    private final FunctionApp app;

    SubmitComplaintPagesIT(FunctionApp app) {
        this.app = app;
    }

    @Test
    void theFormIsAGovUkPageWithAFreshTokenAndNoCaching() {
        APIGatewayV2HTTPResponse first = app.handle(SubmissionApp.formGet());
        APIGatewayV2HTTPResponse second = app.handle(SubmissionApp.formGet());

        assertThat(first.getStatusCode()).isEqualTo(200);
        assertThat(header(first, "Content-Type")).startsWith("text/html");
        assertThat(header(first, "Cache-Control")).isEqualTo("no-store");
        assertThat(header(first, "Content-Security-Policy"))
                .contains("default-src 'self'")
                .contains(SecurityHeaders.JS_ENABLED_HASH)
                .doesNotContain("unsafe-inline");
        assertThat(header(first, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(first, "Referrer-Policy")).isEqualTo("same-origin");
        assertThat(header(first, "X-Frame-Options")).isEqualTo("DENY");
        String html = body(first);
        assertThat(html)
                .contains("<form method=\"post\" action=\"/complaints\" novalidate>")
                .contains("id=\"complainantName\"")
                .contains("href=\"/assets/govuk-frontend.min.css\"");
        assertThat(token(html)).isNotEqualTo(token(body(second)));
    }

    private static String token(String html) {
        return html.replaceAll("(?s).*name=\"formToken\" value=\"([^\"]+)\".*", "$1");
    }

    @Test
    void theStylesheetIsServedInArialWithNoGovUkFontCrownOrFavicon() throws Exception {
        APIGatewayV2HTTPResponse css = app.handle(SubmissionApp.get("/assets/govuk-frontend.min.css"));
        assertThat(css.getStatusCode()).isEqualTo(200);
        assertThat(header(css, "Content-Type")).startsWith("text/css");
        assertThat(header(css, "Cache-Control")).isEqualTo("public, max-age=86400");
        assertThat(body(css))
                .contains(".govuk-heading-xl{font-family:arial,sans-serif")
                .doesNotContain("GDS Transport")
                .doesNotContain("/assets/fonts/");

        assertThat(app.handle(SubmissionApp.get("/assets/fonts/bold-b542beb274-v2.woff2"))
                        .getStatusCode())
                .isEqualTo(404);
        assertThat(app.handle(SubmissionApp.get("/assets/images/govuk-crest.svg"))
                        .getStatusCode())
                .isEqualTo(404);
        assertThat(app.handle(SubmissionApp.get("/assets/images/favicon.ico")).getStatusCode())
                .isEqualTo(404);
        assertThat(body(app.handle(SubmissionApp.formGet())))
                .doesNotContain("favicon")
                .doesNotContain("GDS Transport")
                .contains("href=\"/assets/council.css\"");

        APIGatewayV2HTTPResponse js = app.handle(SubmissionApp.get("/assets/app.js"));
        assertThat(js.getStatusCode()).isEqualTo(200);
        assertThat(header(js, "Content-Type")).contains("javascript");
    }
}
