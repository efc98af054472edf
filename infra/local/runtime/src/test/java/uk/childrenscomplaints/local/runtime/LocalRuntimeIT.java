package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The whole runtime on a free port, and the complaint-form journey over plain HTTP, as a browser without CSS sends it. */
class LocalRuntimeIT {
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([0-9a-f-]{36})\"");
    private static final Pattern REFERENCE = Pattern.compile("<strong id=\"reference\">(CSC-\\d{4}-\\d{4})</strong>");
    private static final String COMPLAINANT = "sam.parent@family.example";
    private static final String TEAM_MAILBOX = "complaints-team@council.example";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = LocalRuntime.start(0);
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void theTableFromTheTemplateExistsAndTheFunctionsSeeItsLocalName() {
        assertThat(runtime.standIns().dynamoDb().listTables().tableNames()).contains(runtime.tableName());
        assertThat(runtime.bridge().routes())
                .extracting(HttpRoute::routeKey)
                .contains("GET /complaints/new", "POST /complaints", "GET /assets/{proxy+}");
        assertThat(System.getProperty("aws.endpointUrlEventBridge"))
                .isEqualTo(runtime.bus().endpoint().toString());
    }

    @Test
    void aPathNoFunctionServesIsNotFound() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(runtime.endpoint().resolve("/nowhere"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void aFormSentTwiceWithTheSameTokenIsOneComplaintWithOneAcknowledgement() throws Exception {
        runtime.standIns().mailbox().clear();

        HttpResponse<String> form = HTTP.send(
                HttpRequest.newBuilder(runtime.endpoint().resolve("/complaints/new"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        Matcher token = FORM_TOKEN.matcher(form.body());
        assertThat(token.find()).as("the form carries a formToken").isTrue();

        String body = urlEncoded(parentsComplaint(token.group(1)));
        HttpResponse<String> first = post(body);
        assertThat(first.statusCode()).isIn(200, 201);
        Matcher firstReference = REFERENCE.matcher(first.body());
        assertThat(firstReference.find())
                .as("the confirmation shows a reference")
                .isTrue();
        String reference = firstReference.group(1);

        // The answer does not wait on email: the runtime's outbox relay sends it straight after (decision 035).
        runtime.awaitOutboxRelay();
        assertThat(runtime.standIns().mailbox().emailsTo(COMPLAINANT))
                .singleElement()
                .satisfies(e -> assertThat(e.text().orElse("")).contains(reference));
        assertThat(runtime.standIns().mailbox().emailsTo(TEAM_MAILBOX)).hasSize(1);
        int sent = runtime.standIns().mailbox().emails().size();

        // A double click, or Back and Send again: the same token must not make a second complaint.
        HttpResponse<String> again = post(body);
        assertThat(again.statusCode()).isIn(200, 201);
        Matcher againReference = REFERENCE.matcher(again.body());
        assertThat(againReference.find()).isTrue();
        assertThat(againReference.group(1)).isEqualTo(reference);
        runtime.awaitOutboxRelay();
        assertThat(runtime.standIns().mailbox().emailsTo(COMPLAINANT)).hasSize(1);
        assertThat(runtime.standIns().mailbox().emails()).hasSize(sent);
    }

    /**
     * Decision 025 in the whole local world: SES's "Email Sent" events, played from the emulator onto the default bus,
     * reach MailEventsFunction through template.yaml's rule and mark the acknowledgement and team notice of a complaint
     * whose sender heard no answer (here: its marks taken back by hand, its leases held) as sent, once each.
     */
    @Test
    void playedSesEventsReachTheMailEventsFunctionThroughTheTemplatesRuleAndMarkTheSendsOnce() throws Exception {
        runtime.standIns().mailbox().clear();
        runtime.sesEvents().reset();
        HttpResponse<String> form = HTTP.send(
                HttpRequest.newBuilder(runtime.endpoint().resolve("/complaints/new"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = FORM_TOKEN.matcher(form.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> sent = post(urlEncoded(parentsComplaint(token.group(1))));
        Matcher reference = REFERENCE.matcher(sent.body());
        assertThat(reference.find()).isTrue();
        runtime.awaitOutboxRelay();
        var table = runtime.standIns().dynamoDb();
        var item = table.scan(r -> r.tableName(runtime.tableName())
                        .filterExpression("#r = :r")
                        .expressionAttributeNames(Map.of("#r", "reference"))
                        .expressionAttributeValues(Map.of(":r", AttributeValue.fromS(reference.group(1)))))
                .items()
                .get(0);
        Map<String, AttributeValue> key = Map.of("pk", item.get("pk"), "sk", item.get("sk"));
        long lease = java.time.Instant.now().plusSeconds(600).getEpochSecond();
        table.updateItem(r -> r.tableName(runtime.tableName())
                .key(key)
                .updateExpression("DELETE notificationsSent :keys ADD outbox :keys SET #a = :lease, #t = :lease")
                .expressionAttributeNames(Map.of("#a", "lease:acknowledgement", "#t", "lease:team-notice"))
                .expressionAttributeValues(Map.of(
                        ":keys",
                        AttributeValue.fromSs(java.util.List.of("acknowledgement", "team-notice")),
                        ":lease",
                        AttributeValue.fromN(String.valueOf(lease)))));

        assertThat(runtime.sesEvents().playNew()).hasSize(2);
        assertThat(runtime.sesEvents().playNew()).isEmpty();

        Map<String, AttributeValue> settled = item;
        long until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            settled = table.getItem(
                            r -> r.tableName(runtime.tableName()).key(key).consistentRead(true))
                    .item();
            if (!settled.containsKey("outbox") || settled.get("outbox").ss().isEmpty()) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(settled).doesNotContainKeys("outbox", "lease:acknowledgement", "lease:team-notice");
        assertThat(settled.get("notificationsSent").ss()).contains("acknowledgement", "team-notice");
        assertThat(settled.get("timeline").l())
                .filteredOn(e -> e.m().get("detail").s().contains("confirmed sent by the mail service"))
                .hasSize(2);
        assertThat(runtime.bus().events())
                .filteredOn(e -> e.source().equals("aws.ses"))
                .hasSize(2)
                .allSatisfy(
                        e -> assertThat(e.matchedRules()).containsExactly("MailEventsFunction.SesDeliveryProblems"));
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(runtime.endpoint().resolve("/complaints"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> parentsComplaint(String formToken) {
        LocalDate happened = LocalDate.now(ZoneId.of("Europe/London")).minusDays(10);
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("formToken", formToken);
        answers.put("complainantName", "Sam Parent");
        answers.put("email", COMPLAINANT);
        answers.put("relationship", "parent_carer");
        answers.put("viaAdvocate", "no");
        answers.put("team", "dont_know");
        answers.put("issues", "communication");
        answers.put("whatHappened", "The review meeting was moved & nobody told me.");
        answers.put("matterOccurredOn-day", String.valueOf(happened.getDayOfMonth()));
        answers.put("matterOccurredOn-month", String.valueOf(happened.getMonthValue()));
        answers.put("matterOccurredOn-year", String.valueOf(happened.getYear()));
        answers.put("procedure", "statutory_childrens");
        answers.put("consent", "yes");
        return answers;
    }

    private static String urlEncoded(Map<String, String> answers) {
        return answers.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
