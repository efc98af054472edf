package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.submission.SubmissionApp.body;
import static uk.childrenscomplaints.submission.SubmissionApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.complaint.application.deadlines.StatusLinks;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.SentEmail;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;

/** The status link from the acknowledgement email, opened through the real Lambda handler. */
class ComplaintStatusIT {
    /** Thursday 24 December 2026, 10:00 in London; Stage 1 is due Tuesday 12 January 2027. */
    static final String THU_2026_12_24 = "2026-12-24T10:00:00Z";
    /** The day after the Stage 1 reply was due: the complainant may go to Stage 2. */
    static final String WED_2027_01_13 = "2027-01-13T09:00:00Z";

    private static final Pattern LINK = Pattern.compile(
            Pattern.quote(SubmissionApp.PUBLIC_BASE_URL + "/complaints/status?t=") + "([A-Za-z0-9_\\-.%]+)");

    @RegisterExtension
    static final FunctionAppExtension function = SubmissionApp.extension();

    final LocalAws aws;
    final LocalEventBus bus;
    final String table;

    ComplaintStatusIT(LocalAws aws, LocalEventBus bus) {
        this.aws = aws;
        this.bus = bus;
        this.table = function.table();
    }

    FunctionApp app(String instant) {
        return function.start(instant);
    }

    /** Submits the sample form from a fresh address; returns the token from the acknowledgement's link. */
    String submitAndTakeLink(FunctionApp app, String email) {
        String form = SubmissionApp.formBody(SubmissionApp.formPost())
                .replace("alex%40example.org", email.replace("@", "%40"))
                .replaceFirst("formToken=[^&]+", "formToken=" + UUID.randomUUID());
        APIGatewayV2HTTPResponse r = app.handle(SubmissionApp.formPost(form));
        assertThat(r.getStatusCode()).isEqualTo(200);
        SentEmail ack = aws.mailbox().emailsTo(email).get(0);
        Matcher text = LINK.matcher(ack.text().orElseThrow());
        assertThat(text.find())
                .as("the acknowledgement's text carries the link")
                .isTrue();
        assertThat(ack.html()).get().asString().contains("/complaints/status?t=");
        return URLDecoder.decode(text.group(1), StandardCharsets.UTF_8);
    }

    static String reference(String html) {
        return html.replaceAll("(?s).*id=\"reference\">([^<]+)<.*", "$1");
    }

    @Test
    void theLinkInTheAcknowledgementOpensTheStatusPageWithTheReferenceAndDatesOnly() {
        try (FunctionApp app = app(THU_2026_12_24)) {
            String token = submitAndTakeLink(app, "status-" + UUID.randomUUID() + "@example.org");

            APIGatewayV2HTTPResponse r = app.handle(SubmissionApp.statusGet(token));

            assertThat(r.getStatusCode()).isEqualTo(200);
            assertThat(header(r, "Cache-Control")).isEqualTo("no-store");
            assertThat(header(r, "Referrer-Policy")).isEqualTo("same-origin");
            String html = body(r);
            assertThat(reference(html)).matches("CSC-\\d{4}-0001");
            assertThat(html)
                    .contains("We are looking into your complaint")
                    .contains("Thursday 24 December 2026")
                    .contains("Tuesday 12 January 2027");
            assertThat(html)
                    .as("no personal data or complaint text")
                    .doesNotContain("Alex Example")
                    .doesNotContain("example.org")
                    .doesNotContain("Nobody returned")
                    .doesNotContain("Sam");
            assertThat(html).as("not entitled to Stage 2 yet").doesNotContain("/complaints/status/stage2");
        }
    }

    @Test
    void onWed_2027_01_13TheUnansweredComplaintIsLateSoThePageOffersStage2WithAdvocacy() {
        String token;
        try (FunctionApp app = app(THU_2026_12_24)) {
            token = submitAndTakeLink(app, "late-" + UUID.randomUUID() + "@example.org");
        }
        try (FunctionApp later = app(WED_2027_01_13)) {
            String html = body(later.handle(SubmissionApp.statusGet(token)));

            assertThat(html)
                    .contains("We have not replied to you in time")
                    .contains("<form method=\"post\" action=\"/complaints/status/stage2\" novalidate>")
                    .contains("name=\"formKey\"")
                    .contains("id=\"reasons\"")
                    .contains("0808 808 1001");
        }
    }

    @Test
    void aForgedLinkGetsTheClearPageAndNoComplaintData() {
        try (FunctionApp app = app(THU_2026_12_24)) {
            String token = submitAndTakeLink(app, "forged-" + UUID.randomUUID() + "@example.org");
            String forged = token.substring(0, token.length() - 3) + (token.endsWith("AAA") ? "BBB" : "AAA");

            for (String bad : new String[] {forged, "not-a-token", null}) {
                APIGatewayV2HTTPResponse r = app.handle(SubmissionApp.statusGet(bad));

                assertThat(r.getStatusCode()).as(String.valueOf(bad)).isEqualTo(400);
                assertThat(header(r, "Cache-Control")).isEqualTo("no-store");
                assertThat(body(r))
                        .contains("This link does not work")
                        .contains("How to get a new link")
                        .doesNotContain("CSC-2026-0001")
                        .doesNotContain("24 December");
            }
        }
    }

    @Test
    void anExpiredLinkSaysSoAndShowsNoComplaintData() {
        String token;
        try (FunctionApp app = app(THU_2026_12_24)) {
            token = submitAndTakeLink(app, "expired-" + UUID.randomUUID() + "@example.org");
        }
        // 91 days on: the link was good for 90.
        try (FunctionApp later = app("2027-03-25T10:00:00Z")) {
            APIGatewayV2HTTPResponse r = later.handle(SubmissionApp.statusGet(token));

            assertThat(r.getStatusCode()).isEqualTo(410);
            assertThat(body(r))
                    .contains("This link has expired")
                    .contains("reference number")
                    .doesNotContain("CSC-2026-0001");
        }
    }

    static String formKey(String html) {
        return html.replaceAll("(?s).*name=\"formKey\" value=\"([^\"]+)\".*", "$1");
    }

    static String stage2Form(String token, String formKey, String reasons) {
        return "t=" + enc(token) + "&formKey=" + enc(formKey) + "&reasons=" + enc(reasons);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void onWed_2027_01_13TheComplainantAsksForStage2ThenTheSameLinkCannotAskAgain() {
        String token;
        try (FunctionApp app = app(THU_2026_12_24)) {
            token = submitAndTakeLink(app, "stage2-" + UUID.randomUUID() + "@example.org");
        }
        try (FunctionApp later = app(WED_2027_01_13)) {
            String key = formKey(body(later.handle(SubmissionApp.statusGet(token))));

            APIGatewayV2HTTPResponse empty =
                    later.handle(SubmissionApp.formPost("/complaints/status/stage2", stage2Form(token, key, "   ")));
            assertThat(empty.getStatusCode()).isEqualTo(400);
            assertThat(body(empty))
                    .contains("<title>Error: Your complaint")
                    .contains("govuk-error-summary")
                    .contains("href=\"#reasons\"")
                    .contains("Tell us why you are not happy with our reply");

            String reasons = "You did not answer about the missed visits <b>at all</b>.";
            APIGatewayV2HTTPResponse typedTooMuch = later.handle(
                    SubmissionApp.formPost("/complaints/status/stage2", stage2Form(token, key, "x".repeat(10_001))));
            assertThat(typedTooMuch.getStatusCode()).isEqualTo(400);
            assertThat(body(typedTooMuch))
                    .contains("10,000 characters or fewer")
                    .contains("x".repeat(10_001));

            APIGatewayV2HTTPResponse forgedKey = later.handle(
                    SubmissionApp.formPost("/complaints/status/stage2", stage2Form(token, "made-up", reasons)));
            assertThat(forgedKey.getStatusCode()).isEqualTo(403);

            APIGatewayV2HTTPResponse done =
                    later.handle(SubmissionApp.formPost("/complaints/status/stage2", stage2Form(token, key, reasons)));
            assertThat(done.getStatusCode()).isEqualTo(200);
            assertThat(header(done, "Cache-Control")).isEqualTo("no-store");
            assertThat(body(done))
                    .contains("We have your request for stage 2")
                    .contains("CSC-2026-0001")
                    .doesNotContain("missed visits");
            var complaint = later.context
                    .getBean(uk.childrenscomplaints.complaint.application.ports.Complaints.class)
                    .find(idOf(token))
                    .orElseThrow();
            assertThat(complaint.state())
                    .isEqualTo(uk.childrenscomplaints.complaint.model.ComplaintState.STAGE2_INVESTIGATING);
            assertThat(complaint.parts().stage2().reasons()).isEqualTo(reasons);

            APIGatewayV2HTTPResponse again =
                    later.handle(SubmissionApp.formPost("/complaints/status/stage2", stage2Form(token, key, reasons)));
            assertThat(again.getStatusCode()).isEqualTo(410);
            assertThat(body(again)).contains("This link has already been used").doesNotContain("CSC-2026-0001");

            String status = body(later.handle(SubmissionApp.statusGet(token)));
            assertThat(status)
                    .contains("An independent investigation is looking into your complaint")
                    .doesNotContain("action=\"/complaints/status/stage2\"");
        }
    }

    @Test
    void aStage2AskedForOnWed_2027_01_13AndExtendedToMon_2027_03_01ShowsTheExtendedDate() {
        String token;
        try (FunctionApp app = app(THU_2026_12_24)) {
            token = submitAndTakeLink(app, "stage2-ext-" + UUID.randomUUID() + "@example.org");
        }
        try (FunctionApp later = app(WED_2027_01_13)) {
            String key = formKey(body(later.handle(SubmissionApp.statusGet(token))));
            APIGatewayV2HTTPResponse asked = later.handle(
                    SubmissionApp.formPost("/complaints/status/stage2", stage2Form(token, key, "Not answered")));
            assertThat(asked.getStatusCode()).isEqualTo(200);
            // 25 working days from Wed 13 Jan 2027: Wed 17 Feb.
            assertThat(body(later.handle(SubmissionApp.statusGet(token)))).contains("17 February 2027");

            var complaints = later.context.getBean(uk.childrenscomplaints.complaint.application.ports.Complaints.class);
            var complaint = complaints.find(idOf(token)).orElseThrow();
            var change = new uk.childrenscomplaints.complaint.model.Change(
                    "officer@council.test", Instant.parse(WED_2027_01_13));
            assertThat(uk.childrenscomplaints.complaint.model.Stage2Investigation.extend(
                                    complaint,
                                    java.time.LocalDate.of(2027, 3, 1),
                                    "Four services to interview",
                                    java.time.LocalDate.of(2027, 1, 13),
                                    // 65 working days from 13 Jan 2027, skipping Easter (26 and 29 Mar): 16 Apr.
                                    java.time.LocalDate.of(2027, 4, 16),
                                    change)
                            .isAllowed())
                    .isTrue();
            assertThat(complaints.save(complaint, complaint.version()))
                    .isEqualTo(uk.childrenscomplaints.complaint.application.ports.Complaints.SaveResult.SAVED);

            assertThat(body(later.handle(SubmissionApp.statusGet(token))))
                    .contains("1 March 2027")
                    .doesNotContain("17 February 2027")
                    .doesNotContain("Four services");
        }
    }

    @Test
    void onThu_2026_12_24StageOneIsNotLateSoTheRulesRefuseAndTheLinkIsNotSpent() {
        try (FunctionApp app = app(THU_2026_12_24)) {
            String token = submitAndTakeLink(app, "early-" + UUID.randomUUID() + "@example.org");
            String key = linksAt(Instant.parse(THU_2026_12_24)).formKey(nonceOf(token));

            APIGatewayV2HTTPResponse r = app.handle(
                    SubmissionApp.formPost("/complaints/status/stage2", stage2Form(token, key, "I cannot wait")));

            assertThat(r.getStatusCode()).isEqualTo(409);
            assertThat(body(r))
                    .contains("You cannot ask for stage 2 at the moment")
                    .contains("has not been sent");
            var complaint = app.context
                    .getBean(uk.childrenscomplaints.complaint.application.ports.Complaints.class)
                    .find(idOf(token))
                    .orElseThrow();
            assertThat(complaint.state()).isEqualTo(uk.childrenscomplaints.complaint.model.ComplaintState.STAGE1_OPEN);
            assertThat(complaint.parts().notificationsSent()).noneMatch(k -> k.startsWith("status-link-used#"));
        }
    }

    static ComplaintId idOf(String token) {
        return ((StatusLinks.Verdict.Valid)
                        linksAt(Instant.parse(THU_2026_12_24)).verify(token, Instant.parse(THU_2026_12_24)))
                .complaintId();
    }

    static String nonceOf(String token) {
        return ((StatusLinks.Verdict.Valid)
                        linksAt(Instant.parse(THU_2026_12_24)).verify(token, Instant.parse(THU_2026_12_24)))
                .nonce();
    }

    static StatusLinks linksAt(Instant now) {
        return new StatusLinks(
                () -> SubmissionApp.STATUS_LINK_SECRET.getBytes(StandardCharsets.UTF_8),
                Duration.ofDays(90),
                SubmissionApp.PUBLIC_BASE_URL,
                Clock.fixed(now, ZoneOffset.UTC),
                new SecureRandom());
    }
}
