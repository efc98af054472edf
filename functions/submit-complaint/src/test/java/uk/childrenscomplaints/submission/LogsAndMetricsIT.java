package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;

/**
 * What the submission function writes to stdout, read back as CloudWatch would get it: the real handler, the real
 * logging (shared's JsonLogConfigurator and JSON encoder), dynalite and the SES emulator. Every line is one JSON object; lines
 * of a request carry its request id and function name; no personal detail typed into the complaint appears anywhere;
 * and each new complaint publishes one ComplaintsReceived metric in embedded metric format, by its route.
 */
class LogsAndMetricsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FUNCTION = "childrens-complaints-SubmitComplaintFunction";
    private static final String NAME = "Zebedee Quartermaine-Fitzwilliam";
    private static final String EMAIL = "zq.fitzwilliam.7731@example.org";
    private static final String PHONE = "07700 918273";
    private static final String CHILD = "Ptolemy Quartermaine";
    private static final String WHAT_HAPPENED = "The purple heron placement review never happened on Tuesday";
    private static final String OUTCOME = "A saffron-coloured apology letter";

    @RegisterExtension
    static final FunctionAppExtension function = SubmissionApp.extension();

    private final LocalAws aws;
    private final LocalEventBus bus;
    private final String table;

    LogsAndMetricsIT(LocalAws aws, LocalEventBus bus) {
        this.aws = aws;
        this.bus = bus;
        this.table = function.table();
    }

    @Test
    void everyLineIsJsonWithTheRequestIdAndFunctionNameAndNoPersonalDetailReachesAnyLine() throws Exception {
        List<String> lines;
        try (FunctionApp app = function.start(null)) {
            lines = stdoutOf(() -> {
                var first = app.function.handleRequest(jsonPost("idem-obs-1"), context("req-api-1"));
                assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(201);
                assertThat(app.function
                                .handleRequest(jsonPost("idem-obs-1"), context("req-api-2"))
                                .getStatusCode())
                        .isEqualTo(200);
                assertThat(app.function
                                .handleRequest(formPost(), context("req-form-1"))
                                .getStatusCode())
                        .isEqualTo(200);
                assertThat(app.function
                                .handleRequest(invalidJsonPost(), context("req-bad-1"))
                                .getStatusCode())
                        .isEqualTo(400);
                return null;
            });
        }

        assertThat(lines).as("the handler wrote lines").isNotEmpty();
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : lines) {
            try {
                parsed.add(JSON.readTree(line));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
            assertThat(parsed.get(parsed.size() - 1).isObject())
                    .as("one JSON object per line: %s", line)
                    .isTrue();
        }
        String all = String.join("\n", lines);
        for (String personal : List.of(
                NAME,
                "Zebedee",
                "Quartermaine",
                "Fitzwilliam",
                EMAIL,
                "zq.fitzwilliam",
                PHONE,
                "918273",
                CHILD,
                "Ptolemy",
                WHAT_HAPPENED,
                "purple heron",
                OUTCOME,
                "saffron")) {
            assertThat(all).as("personal detail in the output").doesNotContainIgnoringCase(personal);
        }

        List<JsonNode> logLines = parsed.stream().filter(n -> !n.has("_aws")).toList();
        List<JsonNode> requestLines =
                logLines.stream().filter(n -> n.has("awsRequestId")).toList();
        assertThat(requestLines).as("log lines from the requests").isNotEmpty();
        assertThat(requestLines).allSatisfy(n -> {
            assertThat(n.get("functionName").asText()).isEqualTo(FUNCTION);
            assertThat(n.get("level").asText()).isNotEmpty();
            assertThat(n.get("message").asText()).isNotEmpty();
        });
        assertThat(requestLines)
                .extracting(n -> n.get("awsRequestId").asText())
                .contains("req-api-1", "req-api-2", "req-form-1", "req-bad-1");
        JsonNode accepted = requestLines.stream()
                .filter(n -> n.get("awsRequestId").asText().equals("req-api-1")
                        && n.get("message").asText().startsWith("complaint accepted"))
                .findFirst()
                .orElseThrow();
        assertThat(accepted.get("complaintId").asText()).isNotBlank();
        assertThat(accepted.get("reference").asText()).matches("CSC-\\d{4}-\\d{4}");
        // The request after it starts afresh: nothing of the accepted complaint labels the refused one's lines.
        assertThat(requestLines)
                .filteredOn(n -> n.get("awsRequestId").asText().equals("req-bad-1"))
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n.has("complaintId")).isFalse());
        assertThat(logLines)
                .allSatisfy(n -> assertThat(n.fieldNames())
                        .toIterable()
                        .isSubsetOf(
                                "timestamp",
                                "message",
                                "logger_name",
                                "thread_name",
                                "level",
                                "stack_trace",
                                "awsRequestId",
                                "functionName",
                                "complaintId",
                                "reference"));

        List<JsonNode> received = parsed.stream().filter(n -> n.has("_aws")).toList();
        assertThat(received)
                .as("one ComplaintsReceived per new complaint, none for the repeat")
                .hasSize(2);
        assertThat(received).extracting(n -> n.get("Route").asText()).containsExactly("api", "online-form");
        assertThat(received).allSatisfy(n -> {
            JsonNode directive = n.get("_aws").get("CloudWatchMetrics").get(0);
            assertThat(n.get("_aws").get("Timestamp").isIntegralNumber()).isTrue();
            assertThat(directive.get("Namespace").asText()).isEqualTo("ChildrensComplaints");
            assertThat(directive.get("Dimensions").toString()).isEqualTo("[[],[\"Route\"]]");
            assertThat(directive.get("Metrics").toString())
                    .isEqualTo("[{\"Name\":\"ComplaintsReceived\",\"Unit\":\"Count\"}]");
            assertThat(n.get("ComplaintsReceived").asInt()).isEqualTo(1);
        });
    }

    /** Lines written to stdout while the work runs, as Lambda would send them to CloudWatch Logs. */
    static List<String> stdoutOf(Supplier<Void> work) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.get();
        } finally {
            System.out.flush();
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.isBlank())
                .toList();
    }

    private static APIGatewayV2HTTPEvent jsonPost(String idempotencyKey) {
        String body;
        try {
            body = JSON.writeValueAsString(java.util.Map.ofEntries(
                    java.util.Map.entry("complainantName", NAME),
                    java.util.Map.entry("email", EMAIL),
                    java.util.Map.entry("phone", PHONE),
                    java.util.Map.entry("relationship", "grandparent"),
                    java.util.Map.entry("viaAdvocate", false),
                    java.util.Map.entry("childName", CHILD),
                    java.util.Map.entry("childAge", 9),
                    java.util.Map.entry("childGender", "male"),
                    java.util.Map.entry("team", "SCC"),
                    java.util.Map.entry("issues", List.of("decision")),
                    java.util.Map.entry("whatHappened", WHAT_HAPPENED),
                    java.util.Map.entry("desiredOutcome", OUTCOME),
                    java.util.Map.entry("matterOccurredOn", "2026-01-10"),
                    java.util.Map.entry("procedure", "statutory_childrens"),
                    java.util.Map.entry("consent", true)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return SubmissionApp.jsonPost(body, idempotencyKey);
    }

    private static APIGatewayV2HTTPEvent invalidJsonPost() {
        // Refused for its missing fields, with the personal details still in the body.
        return SubmissionApp.jsonPost(
                "{\"complainantName\": \"" + NAME + "\", \"email\": \"" + EMAIL + "\"}", "idem-obs-bad");
    }

    private static APIGatewayV2HTTPEvent formPost() {
        String original = SubmissionApp.formBody(SubmissionApp.formPost());
        String body = original.replace(
                        "formToken=7b0f3c1e-5d2a-4c8e-9a51-2f6f0d3e8b11",
                        "formToken=0d5e2b7a-6c41-4f0e-8a3b-91c2d4e5f607")
                .replace("complainantName=Alex+Example", "complainantName=" + form(NAME))
                .replace("email=alex%40example.org", "email=" + form(EMAIL))
                .replace("phone=", "phone=" + form(PHONE))
                .replace("childName=Sam", "childName=" + form(CHILD))
                .replaceAll("whatHappened=[^&]*", "whatHappened=" + form(WHAT_HAPPENED))
                .replaceAll("desiredOutcome=[^&]*", "desiredOutcome=" + form(OUTCOME));
        return SubmissionApp.formPost(body);
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Context context(String requestId) {
        return new Context() {
            public String getAwsRequestId() {
                return requestId;
            }

            public String getLogGroupName() {
                return "/aws/lambda/" + FUNCTION;
            }

            public String getLogStreamName() {
                return "2026/01/12/[$LATEST]obs";
            }

            public String getFunctionName() {
                return FUNCTION;
            }

            public String getFunctionVersion() {
                return "$LATEST";
            }

            public String getInvokedFunctionArn() {
                return "arn:aws:lambda:eu-west-2:123456789012:function:" + FUNCTION;
            }

            public CognitoIdentity getIdentity() {
                return null;
            }

            public ClientContext getClientContext() {
                return null;
            }

            public int getRemainingTimeInMillis() {
                return 30_000;
            }

            public int getMemoryLimitInMB() {
                return 1024;
            }

            public LambdaLogger getLogger() {
                return null;
            }
        };
    }
}
