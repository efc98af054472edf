package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.submission.SubmissionApp.body;
import static uk.childrenscomplaints.submission.SubmissionApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;

/**
 * What the public function answers when DynamoDB cannot be reached (issue 13, finding 3): a 503 in a few seconds with
 * Retry-After, never the SDK's message. The form comes back with every answer and its token; the status page shows
 * nothing from the complaint and not the link's token; the log names the exception's class under the request id and
 * nothing else. A refusal that is our own fault is a 500 with no detail.
 */
class OutageAnswersIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Thursday 24 December 2026, 10:00 in London. */
    private static final String THU_2026_12_24 = "2026-12-24T10:00:00Z";

    private static final Pattern LINK = Pattern.compile(
            Pattern.quote(SubmissionApp.PUBLIC_BASE_URL + "/complaints/status?t=") + "([A-Za-z0-9_\\-.%]+)");
    private static final List<String> NEVER_IN_AN_ANSWER = List.of(
            "Unable to execute", "SDK", "Connection refused", "Exception", "software.amazon", "at uk.", "localhost");

    @RegisterExtension
    static final FunctionAppExtension function = SubmissionApp.extension();

    private final LocalAws aws;

    OutageAnswersIT(LocalAws aws) {
        this.aws = aws;
    }

    /** The app with DynamoDB at a port nobody listens on: every call is refused. */
    private static FunctionApp withDynamoDbDown() {
        return function.start(
                THU_2026_12_24, Map.of("aws.services.dynamodb.endpoint-override", "http://localhost:" + closedPort()));
    }

    @Test
    void aJsonSubmissionWithDynamoDbDownIs503WithRetryAfterInTheDocumentedShapeWithinSeconds() throws IOException {
        try (FunctionApp app = withDynamoDbDown()) {
            long started = System.nanoTime();
            APIGatewayV2HTTPResponse r = app.handle(SubmissionApp.jsonPost());
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(r.getStatusCode()).as(body(r)).isEqualTo(503);
            assertThat(took).isLessThan(Duration.ofSeconds(10));
            assertThat(header(r, "Retry-After")).isEqualTo("120");
            assertThat(header(r, "Content-Type")).startsWith("application/json");
            JsonNode errors = JSON.readTree(body(r)).get("errors");
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).get("field").asText()).isEqualTo("service");
            assertThat(errors.get(0).get("message").asText())
                    .contains("busy", "Try again in a few minutes", "same Idempotency-Key");
            NEVER_IN_AN_ANSWER.forEach(s -> assertThat(body(r)).doesNotContain(s));
        }
    }

    @Test
    void theFormWithDynamoDbDownComesBackWithEveryAnswerItsTokenAndABusyErrorSummary() {
        String token = UUID.randomUUID().toString();
        String form =
                SubmissionApp.formBody(SubmissionApp.formPost()).replaceFirst("formToken=[^&]+", "formToken=" + token);
        try (FunctionApp app = withDynamoDbDown()) {
            APIGatewayV2HTTPResponse r = app.handle(SubmissionApp.formPost(form));

            assertThat(r.getStatusCode()).isEqualTo(503);
            assertThat(header(r, "Retry-After")).isEqualTo("120");
            // The answers are personal: the page is not kept by the browser or anything between.
            assertThat(header(r, "Cache-Control")).isEqualTo("no-store");
            assertThat(header(r, "Content-Security-Policy")).isNotNull();
            Document page = Jsoup.parse(body(r));
            assertThat(page.select(".govuk-error-summary__list a").text())
                    .contains("the council's system is busy", "send the form again in a few minutes");
            assertThat(page.select("input[name=formToken]").val()).isEqualTo(token);
            assertThat(page.select("#complainantName").val()).isEqualTo("Alex Example");
            assertThat(page.select("#email").val()).isEqualTo("alex@example.org");
            assertThat(page.select("#childName").val()).isEqualTo("Sam");
            assertThat(page.select("#whatHappened").text()).isNotBlank();
            assertThat(page.select("input[name=consent][checked]")).hasSize(1);
            NEVER_IN_AN_ANSWER.forEach(s -> assertThat(page.text()).doesNotContain(s));
        }
    }

    @Test
    void theStatusPageWithDynamoDbDownShowsNothingOfTheComplaintAndNotTheToken() {
        String email = "outage-" + UUID.randomUUID() + "@example.org";
        String token;
        try (FunctionApp working = function.start(THU_2026_12_24)) {
            String form = SubmissionApp.formBody(SubmissionApp.formPost())
                    .replace("alex%40example.org", email.replace("@", "%40"))
                    .replaceFirst("formToken=[^&]+", "formToken=" + UUID.randomUUID());
            assertThat(working.handle(SubmissionApp.formPost(form)).getStatusCode())
                    .isEqualTo(200);
            Matcher link =
                    LINK.matcher(aws.mailbox().emailsTo(email).get(0).text().orElseThrow());
            assertThat(link.find()).isTrue();
            token = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
        }
        List<String> lines = new ArrayList<>();
        try (FunctionApp app = withDynamoDbDown()) {
            APIGatewayV2HTTPResponse[] answer = new APIGatewayV2HTTPResponse[1];
            lines.addAll(LogsAndMetricsIT.stdoutOf(() -> {
                answer[0] = app.function.handleRequest(
                        SubmissionApp.statusGet(token), LogsAndMetricsIT.context("req-outage-status"));
                return null;
            }));
            APIGatewayV2HTTPResponse r = answer[0];

            assertThat(r.getStatusCode()).isEqualTo(503);
            assertThat(header(r, "Retry-After")).isEqualTo("120");
            Document page = Jsoup.parse(body(r));
            assertThat(page.select("h1").text()).isEqualTo("Sorry, the service is busy");
            assertThat(body(r)).doesNotContain(token).doesNotContain("CSC-").doesNotContain("Alex");
            NEVER_IN_AN_ANSWER.forEach(s -> assertThat(page.text()).doesNotContain(s));
        }
        String all = String.join("\n", lines);
        assertThat(all).contains("answered 503", "req-outage-status");
        assertThat(all)
                .doesNotContain(token)
                .doesNotContain("Connection refused")
                .doesNotContain("Unable to execute")
                .doesNotContain("stack_trace")
                .doesNotContain(email);
    }

    @Test
    void aRefusalThatIsOurOwnFaultIs500WithNoDetail() throws IOException {
        // A DynamoDB that refuses every request as invalid: retrying cannot fix that, so it is no outage.
        HttpServer refusing = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        refusing.createContext("/", exchange -> {
            byte[] body = "{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"secret detail\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
            exchange.sendResponseHeaders(400, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        refusing.start();
        try (FunctionApp app = function.start(
                THU_2026_12_24,
                Map.of(
                        "aws.services.dynamodb.endpoint-override",
                        "http://localhost:" + refusing.getAddress().getPort()))) {
            APIGatewayV2HTTPResponse r = app.handle(SubmissionApp.jsonPost());

            assertThat(r.getStatusCode()).as(body(r)).isEqualTo(500);
            assertThat(header(r, "Retry-After")).isNull();
            JsonNode errors = JSON.readTree(body(r)).get("errors");
            assertThat(errors.get(0).get("message").asText()).startsWith("Something went wrong on our side");
            assertThat(body(r)).doesNotContain("secret detail").doesNotContain("Validation");
            NEVER_IN_AN_ANSWER.forEach(s -> assertThat(body(r)).doesNotContain(s));
        } finally {
            refusing.stop(0);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
