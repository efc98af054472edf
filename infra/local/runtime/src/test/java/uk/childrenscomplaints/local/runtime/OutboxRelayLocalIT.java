package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.local.standins.SentEmail;
import uk.childrenscomplaints.local.standins.StandInProcess;

/**
 * Decision 035 in the whole local world: the form's answer never waits on email, and the runtime, playing the
 * table's stream (dynalite has none), has template.yaml's OutboxRelayFunction send the acknowledgement within five
 * seconds of the answer; with SES stalled the answer still comes back at once and the acknowledgement goes, once, when
 * SES is back.
 */
class OutboxRelayLocalIT {
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([0-9a-f-]{36})\"");
    private static final Pattern REFERENCE = Pattern.compile("<strong id=\"reference\">(CSC-\\d{4}-\\d{4})</strong>");
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
    void theAcknowledgementReachesTheSesEmulatorWithinFiveSecondsOfTheAnswer() throws Exception {
        String complainant = "quick-" + UUID.randomUUID() + "@family.example";

        String reference = submit(complainant);
        long answered = System.nanoTime();
        List<SentEmail> received = awaitEmailTo(complainant, Duration.ofSeconds(10));
        Duration took = Duration.ofNanos(System.nanoTime() - answered);

        assertThat(received)
                .singleElement()
                .satisfies(e -> assertThat(e.text().orElse("")).contains(reference));
        assertThat(took).as("acknowledgement after the answer").isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void withSesStalledTheAnswerComesBackAtOnceAndTheAcknowledgementGoesOnceWhenSesIsBack() throws Exception {
        String complainant = "stalled-" + UUID.randomUUID() + "@family.example";
        String token = formToken();
        StandInProcess ses = runtime.standIns().sesEmulator();
        HttpResponse<String> answer;
        long started = System.nanoTime();
        ses.pause();
        try {
            answer = post(urlEncoded(parentsComplaint(token, complainant)));
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            Thread.sleep(1_500); // the relay meanwhile tries the stalled SES
            ses.resume();
            assertThat(took).as("the answer while SES was stalled").isLessThan(Duration.ofSeconds(2));
        }
        assertThat(answer.statusCode()).isIn(200, 201);
        Matcher reference = REFERENCE.matcher(answer.body());
        assertThat(reference.find()).isTrue();

        assertThat(awaitEmailTo(complainant, Duration.ofSeconds(40))).hasSize(1);
        runtime.awaitOutboxRelay();
        runtime.awaitOutboxRelay();
        assertThat(runtime.standIns().mailbox().emailsTo(complainant))
                .singleElement()
                .satisfies(e -> assertThat(e.text().orElse("")).contains(reference.group(1)));
        assertThat(runtime.standIns().mailbox().emailsTo(TEAM_MAILBOX))
                .filteredOn(e -> e.text().orElse("").contains(reference.group(1)))
                .hasSize(1);
    }

    private static List<SentEmail> awaitEmailTo(String address, Duration within) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        List<SentEmail> found = runtime.standIns().mailbox().emailsTo(address);
        while (found.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(100);
            found = runtime.standIns().mailbox().emailsTo(address);
        }
        return found;
    }

    private static String submit(String complainant) throws Exception {
        HttpResponse<String> sent = post(urlEncoded(parentsComplaint(formToken(), complainant)));
        assertThat(sent.statusCode()).isIn(200, 201);
        Matcher reference = REFERENCE.matcher(sent.body());
        assertThat(reference.find()).as("the confirmation shows a reference").isTrue();
        return reference.group(1);
    }

    private static String formToken() throws Exception {
        HttpResponse<String> form = HTTP.send(
                HttpRequest.newBuilder(runtime.endpoint().resolve("/complaints/new"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = FORM_TOKEN.matcher(form.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(runtime.endpoint().resolve("/complaints"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> parentsComplaint(String formToken, String email) {
        LocalDate happened = LocalDate.now(ZoneId.of("Europe/London")).minusDays(10);
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("formToken", formToken);
        answers.put("complainantName", "Sam Parent");
        answers.put("email", email);
        answers.put("relationship", "parent_carer");
        answers.put("viaAdvocate", "no");
        answers.put("team", "dont_know");
        answers.put("issues", "communication");
        answers.put("whatHappened", "The review meeting was moved and nobody told me.");
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
