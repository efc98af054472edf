package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.submission.SubmissionApp.body;
import static uk.childrenscomplaints.submission.SubmissionApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;

/**
 * The pages a council publishes beside the form, its brand and "Other ways to complain", through the real handler
 * with the sample council's profile (config/sample-council.properties) and the test's council name.
 */
class CouncilPagesIT {
    @RegisterExtension
    static final FunctionAppExtension function = SubmissionApp.extension();

    private static final String PHONE = "01632 960 001";
    private static final String ADDRESS =
            "Complaints Team, Cambridgeshire County Council, New Shire Hall, Alconbury Weald, Huntingdon, PE28 4YE";

    private final FunctionApp app;

    CouncilPagesIT(FunctionApp app) {
        this.app = app;
    }

    private String page(String path) {
        APIGatewayV2HTTPResponse response = app.handle(SubmissionApp.get(path));
        assertThat(response.getStatusCode()).as(path).isEqualTo(200);
        assertThat(header(response, "Content-Type")).startsWith("text/html");
        assertThat(header(response, "Content-Security-Policy")).contains("default-src 'self'");
        return body(response);
    }

    @Test
    void thePrivacyNoticeGivesPublicTaskAsTheBasisSixYearsThenAnonymisedAndTheCouncilsContacts() {
        String html = page("/complaints/privacy");

        assertThat(html)
                .contains("<h1 class=\"govuk-heading-l\">Privacy notice")
                .contains("Test County Council is the data controller")
                .contains("Article 6(1)(e), public task")
                .contains("6 years after the complaint is closed")
                .contains("we keep only the figures")
                .contains("ask us for a copy of what we hold about you")
                .contains("href=\"tel:01632960001\"")
                .contains(PHONE)
                .contains("mailto:complaints@council.example")
                .contains(ADDRESS);
    }

    @Test
    void theAccessibilityStatementGivesTheChecksResultsTheReviewDateAndTheCouncilsContact() {
        String html = page("/complaints/accessibility");

        assertThat(html)
                .contains("Accessibility statement for Complain about children's social care")
                .contains("axe-core 4.14")
                .contains("with a keyboard only")
                .contains("Equality Advisory and Support Service")
                .contains("<span id=\"reviewed-on\">30 November 2026</span>")
                .contains(PHONE);
    }

    @Test
    void theCookiesPageSaysThePublicPagesSetNoneAndNamesBothStaffCookies() {
        String html = page("/complaints/cookies");

        assertThat(html)
                .contains("set no cookies at all")
                .contains("staff_sign_in")
                .contains("staff_session");
        APIGatewayV2HTTPResponse form = app.handle(SubmissionApp.formGet());
        assertThat(form.getHeaders().keySet()).noneMatch(h -> h.equalsIgnoreCase("Set-Cookie"));
        assertThat(
                        form.getMultiValueHeaders() == null
                                ? java.util.Set.<String>of()
                                : form.getMultiValueHeaders().keySet())
                .noneMatch(h -> h.equalsIgnoreCase("Set-Cookie"));
    }

    @Test
    void theFormStartsWithOtherWaysToComplainAndEveryPageLinksTheThreePages() {
        String form = body(app.handle(SubmissionApp.formGet()));
        String refused = body(app.handle(SubmissionApp.formPost("complainantName=")));
        String unreadable = body(app.handle(SubmissionApp.formPost("%zz")));

        assertThat(form.indexOf("id=\"other-ways\"")).isPositive().isLessThan(form.indexOf("<form method=\"post\""));
        for (String html : new String[] {form, refused, unreadable, page("/complaints/privacy")}) {
            assertThat(html)
                    .contains("href=\"/complaints/accessibility\"")
                    .contains("href=\"/complaints/cookies\"")
                    .contains("href=\"/complaints/privacy\"")
                    .contains("Test County Council");
        }
        for (String html : new String[] {form, refused, unreadable}) {
            assertThat(html)
                    .contains("Other ways to complain")
                    .contains(PHONE)
                    .contains(ADDRESS)
                    .contains("British Sign Language (BSL)")
                    .contains("another language");
        }
    }

    @Test
    void theFormOffersTeamsByTheirPublicNamesNeverTheirCodes() {
        String form = body(app.handle(SubmissionApp.formGet()));

        assertThat(form)
                .contains("value=\"Children&#39;s social care: East Cambridgeshire and Fenland\"")
                .contains("Leaving care (16 and over)")
                .doesNotContain("value=\"ECF\"")
                .doesNotContain("value=\"16+\"")
                .doesNotContain(">LAC<");
    }

    @Test
    void theBrandStylesheetCarriesTheProfilesColourForTheHeaderAndBorders() {
        com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent request =
                SubmissionApp.get("/assets/council.css");
        request.getHeaders().put("accept", "text/css,*/*;q=0.1");
        APIGatewayV2HTTPResponse css = app.handle(request);

        assertThat(css.getStatusCode()).isEqualTo(200);
        assertThat(header(css, "Content-Type")).startsWith("text/css");
        assertThat(body(css))
                .contains(":root{--govuk-brand-colour:#1d70b8}")
                .contains(".council-header{background-color:#1d70b8;color:#ffffff");
        com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent iconRequest =
                SubmissionApp.get("/assets/council-icon.svg");
        iconRequest.getHeaders().put("accept", "image/svg+xml,image/*,*/*;q=0.8");
        APIGatewayV2HTTPResponse icon = app.handle(iconRequest);
        assertThat(icon.getStatusCode()).isEqualTo(200);
        assertThat(body(icon)).contains("fill=\"#1d70b8\"");
    }
}
