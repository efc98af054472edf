package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.LocalStandIns;
import uk.childrenscomplaints.local.standins.SamTemplate;
import uk.childrenscomplaints.local.standins.TemplateTables;

/**
 * Each HTTP function's cold start, measured in a fresh JVM on its shaded jar and the handler template.yaml names,
 * against the stand-ins. Every POST is a new complaint: the event gets a fresh {@code Idempotency-Key}, address and
 * source for each run, so no run replays an earlier one (a replay only reads what the first stored). The bound is
 * loose so CI is not flaky; docs/performance.md carries the measured figures. {@code -Dcold-start.runs=5} repeats.
 */
class ColdStartIT {
    private static final Pattern LINE = Pattern.compile("COLD-START status=(\\d+) .*construct_plus_first_ms=(\\d+).*");
    private static final Path ROOT = SamTemplate.repositoryRoot();

    private static SamTemplate template;
    private static LocalStandIns standIns;
    private static LocalEventBus bus;

    @BeforeAll
    static void start() {
        template = SamTemplate.locate();
        standIns = LocalStandIns.start();
        bus = LocalEventBus.start(template);
        TemplateTables.from(template).createTable(standIns.dynamoDb(), "complaints-cold-start");
    }

    @AfterAll
    static void stop() {
        if (bus != null) {
            bus.close();
        }
        if (standIns != null) {
            standIns.close();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "SubmitComplaintFunction, events/submit-complaint-form-get.json, 200",
        "SubmitComplaintFunction, events/submit-complaint-json-post.json, 201",
        "CaseWorkflowFunction, events/case-workflow-list.json, 200",
        "CaseWorkflowFunction, events/case-workflow-log.json, 201"
    })
    void eachFunctionAnswersItsFirstRequestWithinTwentySecondsOfAFreshJvm(String function, String event, int status)
            throws Exception {
        int runs = Integer.getInteger("cold-start.runs", 1);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path fresh = freshEvent(ROOT.resolve(event), i);
            String line = runFreshJvm(function, fresh);
            System.out.println(function + " " + event + " " + line);
            Matcher m = LINE.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            assertThat(Integer.parseInt(m.group(1))).as("status for %s", event).isEqualTo(status);
            times.add(Long.parseLong(m.group(2)));
            assertThat(times.get(i)).isLessThan(20_000);
        }
        List<Long> sorted = times.stream().sorted().toList();
        System.out.printf(
                "COLD-START-SUMMARY %s %s runs=%d median_ms=%d min_ms=%d max_ms=%d%n",
                function, event, runs, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    /**
     * The sample event made a new request: a fresh key, a fresh address and source (so neither the replay path nor an
     * abuse limit is what is timed), and a staff-logged complaint received today (the sample's date may be ahead).
     */
    private static Path freshEvent(Path sample, int run) throws IOException {
        String unique = UUID.randomUUID().toString();
        String text = Files.readString(sample, StandardCharsets.UTF_8)
                .replaceAll("\"idempotency-key\": \"[^\"]*\"", "\"idempotency-key\": \"" + unique + "\"")
                .replace("jordan@example.org", "cold-" + unique + "@example.org")
                .replace("\"sourceIp\": \"192.0.2.10\"", "\"sourceIp\": \"198.51.100." + (run % 250 + 1) + "\"")
                .replace("2027-01-04", LocalDate.now(CouncilTime.ZONE).toString());
        Path out = Files.createDirectories(ROOT.resolve("infra/local/runtime/target/cold-start"))
                .resolve(unique + ".json");
        Files.writeString(out, text, StandardCharsets.UTF_8);
        return out;
    }

    private static String locationOf(Class<?> type) {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().getPath())
                .toString();
    }

    private String runFreshJvm(String function, Path event) throws IOException, InterruptedException {
        Map<String, Object> properties = template.resource(function).properties();
        Path jar = ROOT.resolve(String.valueOf(properties.get("CodeUri")));
        assertThat(jar)
                .as("the shaded jar: run mvn -B -q install -DskipTests first")
                .exists();
        // The driver reads the event with Jackson databind, as Lambda's runtime reads it with its own: the function
        // jars no longer carry databind (decision 041), so the driver brings it, after the jar.
        String driverClasses = String.join(
                java.io.File.pathSeparator,
                locationOf(ColdStartDriver.class),
                locationOf(com.fasterxml.jackson.databind.ObjectMapper.class),
                locationOf(com.fasterxml.jackson.annotation.JsonProperty.class));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                String.join(java.io.File.pathSeparator, jar.toString(), driverClasses),
                ColdStartDriver.class.getName(),
                String.valueOf(properties.get("Handler")),
                event.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.putAll(standIns.environment());
        env.put("AWS_ENDPOINT_URL_EVENTBRIDGE", bus.endpoint().toString());
        env.put("TABLE_NAME", "complaints-cold-start");
        env.put("EVENT_BUS_NAME", "complaints-local");
        env.put("SENDER_EMAIL", "complaints@council.example");
        env.put("COMPLAINTS_TEAM_EMAIL", "complaints-team@council.example");
        env.put("COUNCIL_PROFILE", "sample-council");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output.lines()
                .filter(l -> l.startsWith("COLD-START"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the driver printed no timing; its output:\n" + output));
    }
}
