package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.submission.SubmissionApp.body;
import static uk.childrenscomplaints.submission.SubmissionApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.childrenscomplaints.complaint.application.deadlines.SendingOwedNotifications;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.SentEmail;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;

/** Submissions through the real Lambda handler, against dynalite, the SES emulator and the local bus. */
class SubmitComplaintIT {
    /** Thursday 24 December 2026, 10:00 in London (GMT). */
    private static final String THU_2026_12_24 = "2026-12-24T10:00:00Z";

    @RegisterExtension
    static final FunctionAppExtension function = SubmissionApp.extension();

    private final LocalAws aws;
    private final LocalEventBus bus;
    private final String table;

    SubmitComplaintIT(LocalAws aws, LocalEventBus bus) {
        this.aws = aws;
        this.bus = bus;
        this.table = function.table();
    }

    private FunctionApp app(String instant) {
        return function.start(instant);
    }

    private int itemCount() {
        return aws.dynamoDb().scan(r -> r.tableName(table)).count();
    }

    private Map<String, AttributeValue> complaintItem() {
        var items = aws.dynamoDb().scan(r -> r.tableName(table)).items().stream()
                .filter(i -> i.get("pk").s().startsWith("COMPLAINT#"))
                .toList();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    /*
     * Received Thu 24 Dec 2026 = day 0. Fri 25 Christmas, Sat 26/Sun 27, Mon 28 Boxing Day (substitute), then
     * Tue 29 (1), Wed 30 (2), Thu 31 (3), Fri 1 Jan New Year, Mon 4 (4), Tue 5 (5), Wed 6 (6), Thu 7 (7), Fri 8 (8),
     * Mon 11 (9), Tue 12 Jan 2027 (10).
     */
    @Test
    void aFormComplaintOnThu_2026_12_24IsDueTue_2027_01_12AfterChristmasBoxingDaySubstituteAndNewYear() {
        try (FunctionApp app = app(THU_2026_12_24)) {
            APIGatewayV2HTTPResponse r = app.handle(SubmissionApp.formPost());

            assertThat(r.getStatusCode()).isEqualTo(200);
            assertThat(header(r, "Cache-Control")).isEqualTo("no-store");
            String page = body(r);
            assertThat(page)
                    .contains("CSC-2026-0001")
                    .contains("Thursday 24 December 2026")
                    .contains("Tuesday 12 January 2027")
                    .contains("0808 808 1001")
                    .doesNotContain("<script>alert");

            Map<String, AttributeValue> item = complaintItem();
            assertThat(item.get("reference").s()).isEqualTo("CSC-2026-0001");
            assertThat(item.get("stage1").m().get("dueOn").s()).isEqualTo("2027-01-12");
            assertThat(item.get("description").s()).contains("<script>alert(1)</script>");
            assertThat(item.get("issues").toString()).contains("communication").contains("staff_conduct");

            assertThat(aws.mailbox().emailsTo("alex@example.org"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.subject()).contains("CSC-2026-0001"));
            SentEmail notice =
                    aws.mailbox().emailsTo(SubmissionApp.TEAM_MAILBOX).get(0);
            assertThat(notice.html())
                    .get()
                    .asString()
                    .doesNotContain("<script>alert")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;");

            assertThat(bus.events()).singleElement().satisfies(e -> {
                assertThat(e.detailType()).isEqualTo("ComplaintReceived");
                assertThat(e.detail())
                        .contains("CSC-2026-0001")
                        .contains("2027-01-12")
                        .doesNotContain("Alex")
                        .doesNotContain("alex@example.org")
                        .doesNotContain("Sam")
                        .doesNotContain("Nobody returned");
            });
        }
    }

    @Test
    void theSameFormSentTwiceIsOneComplaintWithOneAcknowledgement() {
        try (FunctionApp app = app(null)) {
            String first = body(app.handle(SubmissionApp.formPost()));
            String second = body(app.handle(SubmissionApp.formPost()));

            String reference = first.replaceAll("(?s).*id=\"reference\">([^<]+)<.*", "$1");
            assertThat(reference).matches("CSC-\\d{4}-0001");
            assertThat(second).contains(reference);
            complaintItem();
            assertThat(aws.mailbox().emailsTo("alex@example.org")).hasSize(1);
        }
    }

    @Test
    void aJsonRetryWithTheSameIdempotencyKeyAnswers200WithTheSameReference() {
        try (FunctionApp app = app(THU_2026_12_24)) {
            APIGatewayV2HTTPResponse first = app.handle(SubmissionApp.jsonPost());
            APIGatewayV2HTTPResponse again = app.handle(SubmissionApp.jsonPost());

            assertThat(first.getStatusCode()).isEqualTo(201);
            assertThat(body(first))
                    .contains("\"reference\":\"CSC-2026-0001\"")
                    .contains("\"receivedOn\":\"2026-12-24\"")
                    .contains("\"respondBy\":\"2027-01-12\"")
                    .contains("\"procedure\":\"statutory_childrens\"")
                    .contains("\"lateMatter\":false")
                    .contains("\"replayed\":false");
            assertThat(again.getStatusCode()).isEqualTo(200);
            assertThat(body(again)).contains("\"reference\":\"CSC-2026-0001\"").contains("\"replayed\":true");
            complaintItem();
            assertThat(aws.mailbox().emailsTo("jordan@example.org")).hasSize(1);
        }
    }

    @Test
    void aSchoolComplaintHasNoStatutoryDateAndIsPassedOn() {
        try (FunctionApp app = app(THU_2026_12_24)) {
            String form = SubmissionApp.formBody(SubmissionApp.formPost())
                    .replace("procedure=statutory_childrens", "procedure=schools");
            APIGatewayV2HTTPResponse r = app.handle(SubmissionApp.formPost(form));

            assertThat(r.getStatusCode()).isEqualTo(200);
            assertThat(body(r)).contains("pass it to the right team").doesNotContain("id=\"respondBy\"");
            String json = body(app.handle(SubmissionApp.jsonPost(
                    SubmissionApp.jsonPost().getBody().replace("statutory_childrens", "corporate"), "another-key")));
            assertThat(json).contains("\"respondBy\":null").contains("\"procedure\":\"corporate\"");
        }
    }

    @Test
    void whenSesIsDownTheComplaintIsStillTakenAndTheSweepSendsTheAcknowledgementOnce() throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        try (FunctionApp down =
                function.start(null, Map.of("aws.services.sesv2.endpoint-override", closed.toString()))) {
            APIGatewayV2HTTPResponse r = down.handle(SubmissionApp.jsonPost());
            assertThat(r.getStatusCode()).isEqualTo(201);
        }
        Map<String, AttributeValue> item = complaintItem();
        assertThat(item.get("outboxPk").s()).isEqualTo("OWED");
        assertThat(aws.mailbox().emails()).isEmpty();

        try (FunctionApp up = app(null)) {
            SendingOwedNotifications sending = up.context.getBean(SendingOwedNotifications.class);
            SendingOwedNotifications.Counts first = sending.retryAll(25, () -> true);
            assertThat(first.failed()).isZero();
            assertThat(aws.mailbox().emailsTo("jordan@example.org")).hasSize(1);

            SendingOwedNotifications.Counts second = sending.retryAll(25, () -> true);
            assertThat(second.sent()).isZero();
            assertThat(aws.mailbox().emailsTo("jordan@example.org")).hasSize(1);
        }
    }

    @Test
    void anEmptyJsonComplaintGetsEveryFieldErrorAndNothingIsStored() {
        try (FunctionApp app = app(null)) {
            APIGatewayV2HTTPResponse r = app.handle(SubmissionApp.jsonPost("{}", "k-empty"));

            assertThat(r.getStatusCode()).isEqualTo(400);
            assertThat(body(r))
                    .contains("\"field\":\"complainantName\"")
                    .contains("\"field\":\"contact\"")
                    .contains("\"field\":\"relationship\"")
                    .contains("\"field\":\"viaAdvocate\"")
                    .contains("\"field\":\"issues\"")
                    .contains("\"field\":\"whatHappened\"")
                    .contains("\"field\":\"consent\"");
            assertThat(itemCount()).isZero();
        }
    }

    @Test
    void aFormWithMistakesIsShownAgainWithEveryAnswerKeptAndNothingIsStored() {
        try (FunctionApp app = app(null)) {
            String form = SubmissionApp.formBody(SubmissionApp.formPost())
                    .replace("consent=yes", "")
                    .replace("matterOccurredOn-day=2", "matterOccurredOn-day=31")
                    .replace("matterOccurredOn-month=11", "matterOccurredOn-month=2");
            APIGatewayV2HTTPResponse r = app.handle(SubmissionApp.formPost(form));

            assertThat(r.getStatusCode()).isEqualTo(400);
            assertThat(header(r, "Cache-Control")).isEqualTo("no-store");
            String page = body(r);
            assertThat(page)
                    .contains("There is a problem")
                    .contains("href=\"#matterOccurredOn-day\"")
                    .contains("href=\"#consent\"")
                    .contains("value=\"Alex Example\"")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .doesNotContain("<script>alert");
            assertThat(itemCount()).isZero();
        }
    }

    @Test
    void aBodyOver64KbIsRefusedWith413ForBothFormAndJson() {
        try (FunctionApp app = app(null)) {
            String big = "x".repeat(70 * 1024);
            APIGatewayV2HTTPResponse json =
                    app.handle(SubmissionApp.jsonPost("{\"whatHappened\":\"" + big + "\"}", "k"));
            APIGatewayV2HTTPResponse form = app.handle(SubmissionApp.formPost("whatHappened=" + big));

            assertThat(json.getStatusCode()).isEqualTo(413);
            assertThat(body(json)).contains("64 KB");
            assertThat(form.getStatusCode()).isEqualTo(413);
            assertThat(body(form)).contains("too long").contains("64 KB");
            assertThat(itemCount()).isZero();
        }
    }

    @Test
    void anUnknownFieldMalformedJsonAndTheWrongContentTypeAreRefused() {
        try (FunctionApp app = app(null)) {
            APIGatewayV2HTTPResponse unknown = app.handle(SubmissionApp.jsonPost(
                    SubmissionApp.jsonPost().getBody().replace("\"complainantName\"", "\"name\""), "k1"));
            assertThat(unknown.getStatusCode()).isEqualTo(400);
            assertThat(body(unknown))
                    .contains("\"field\":\"name\"")
                    .contains("There is no field called name")
                    .contains("complainantName");

            APIGatewayV2HTTPResponse malformed = app.handle(SubmissionApp.jsonPost("{\"complainantName\": ", "k2"));
            assertThat(malformed.getStatusCode()).isEqualTo(400);
            assertThat(body(malformed)).contains("not valid JSON");

            var plain = SubmissionApp.jsonPost("hello", "k3");
            plain.getHeaders().put("content-type", "text/plain");
            assertThat(app.handle(plain).getStatusCode()).isEqualTo(415);
            assertThat(itemCount()).isZero();
        }
    }

    /**
     * Issue 13, finding 5: the complainant's address is the acknowledgement's recipient. A list, a display name or a
     * control character is refused as a field problem, from the JSON API and from the form, and nothing is stored.
     */
    @Test
    void aComplainantsEmailThatIsNotOneAddressIsRefusedFromJsonAndFormAndNothingIsStored() {
        try (FunctionApp app = app(null)) {
            int n = 0;
            for (String bad : List.of(
                    "jordan@example.org,all@example.org",
                    "jordan@example.org;bcc",
                    "<jordan@example.org>",
                    "jordan@example.org\\u0000")) {
                APIGatewayV2HTTPResponse r = app.handle(SubmissionApp.jsonPost(
                        SubmissionApp.jsonPost().getBody().replace("jordan@example.org", bad), "k-email-" + n++));
                assertThat(r.getStatusCode()).as(bad).isEqualTo(400);
                assertThat(body(r))
                        .contains("\"field\":\"email\"")
                        .contains("Enter an email address in the correct format, like name@example.com");
            }
            String form = SubmissionApp.formBody(SubmissionApp.formPost())
                    .replace("email=alex%40example.org", "email=alex%40example.org%3B+other%40example.org");
            APIGatewayV2HTTPResponse page = app.handle(SubmissionApp.formPost(form));
            assertThat(page.getStatusCode()).isEqualTo(400);
            assertThat(body(page))
                    .contains("There is a problem")
                    .contains("href=\"#email\"")
                    .contains("Enter an email address in the correct format, like name@example.com");
            assertThat(itemCount()).isZero();
        }
    }

    private static final String HSTS = "max-age=31536000; includeSubDomains";

    /** Issue 13, finding 8: a field given twice is refused naming it, not read as whichever came last. */
    @Test
    void aJsonFieldGivenTwiceIs400NamingItAndNothingIsStored() {
        try (FunctionApp app = app(null)) {
            String twice = SubmissionApp.jsonPost().getBody().replaceFirst("\\{", "{\"consent\":false,");
            APIGatewayV2HTTPResponse r = app.handle(SubmissionApp.jsonPost(twice, "k-twice"));

            assertThat(r.getStatusCode()).as(body(r)).isEqualTo(400);
            assertThat(body(r))
                    .startsWith("{\"errors\":[")
                    .contains("\"field\":\"consent\"")
                    .contains("more than once");
            assertThat(itemCount()).isZero();
        }
    }

    /** Issue 13, finding 8: an empty form is the form again with its error summary; an empty JSON body is a 400. */
    @Test
    void anEmptyBodyIsTheFormAgainWithItsErrorSummaryOrA400NeverA500() {
        try (FunctionApp app = app(null)) {
            APIGatewayV2HTTPResponse empty = app.handle(SubmissionApp.formPost(""));
            assertThat(empty.getStatusCode()).as(body(empty)).isEqualTo(400);
            assertThat(body(empty)).contains("There is a problem").contains("href=\"#complainantName\"");

            var noBody = SubmissionApp.formPost();
            noBody.setBody(null);
            noBody.setIsBase64Encoded(false);
            APIGatewayV2HTTPResponse none = app.handle(noBody);
            assertThat(none.getStatusCode()).as(body(none)).isEqualTo(400);
            assertThat(body(none)).contains("There is a problem").contains("href=\"#complainantName\"");

            APIGatewayV2HTTPResponse json = app.handle(SubmissionApp.jsonPost("", "k-empty-body"));
            assertThat(json.getStatusCode()).as(body(json)).isEqualTo(400);
            assertThat(body(json)).startsWith("{\"errors\":[").contains("\"field\":\"body\"");

            var noJson = SubmissionApp.jsonPost("", "k-no-body");
            noJson.setBody(null);
            APIGatewayV2HTTPResponse nothing = app.handle(noJson);
            assertThat(nothing.getStatusCode()).as(body(nothing)).isEqualTo(400);
            assertThat(body(nothing)).startsWith("{\"errors\":[").contains("\"field\":\"body\"");
            assertThat(itemCount()).isZero();
        }
    }

    /** Issue 13, finding 8: without a Content-Type, or with one neither route takes, 415 in the documented shape. */
    @Test
    void aPostWithoutAContentTypeIs415InTheDocumentedShape() {
        try (FunctionApp app = app(null)) {
            var none = SubmissionApp.jsonPost();
            none.getHeaders().keySet().removeIf(h -> h.equalsIgnoreCase("content-type"));
            APIGatewayV2HTTPResponse r = app.handle(none);
            assertThat(r.getStatusCode()).as(body(r)).isEqualTo(415);
            assertThat(body(r)).startsWith("{\"errors\":[").contains("\"field\":\"Content-Type\"");

            var plain = SubmissionApp.jsonPost("hello", "k-plain");
            plain.getHeaders().put("content-type", "text/plain");
            APIGatewayV2HTTPResponse p = app.handle(plain);
            assertThat(p.getStatusCode()).isEqualTo(415);
            assertThat(body(p)).startsWith("{\"errors\":[").contains("\"field\":\"Content-Type\"");
            assertThat(itemCount()).isZero();
        }
    }

    /** Issue 13, finding 8: browsers are told to use HTTPS only, on every page and answer. */
    @Test
    void everyPageAndAnswerCarriesStrictTransportSecurity() {
        try (FunctionApp app = app(null)) {
            var answers = List.of(
                    app.handle(SubmissionApp.event("submit-complaint-form-get.json")),
                    app.handle(SubmissionApp.formPost("")),
                    app.handle(SubmissionApp.jsonPost("{}", "k-hsts")),
                    app.handle(SubmissionApp.jsonPost()),
                    app.handle(SubmissionApp.statusGet(null)));
            for (APIGatewayV2HTTPResponse r : answers) {
                assertThat(header(r, "Strict-Transport-Security"))
                        .as("%d %s", r.getStatusCode(), body(r))
                        .isEqualTo(HSTS);
            }
        }
    }
}
