package uk.childrenscomplaints.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.logstash.logback.encoder.LogstashEncoder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Our encoder against logstash-logback-encoder set up as shared's logback.xml set it up until decision 041. */
class JsonLineEncoderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LoggerContext logback = new LoggerContext();
    private final Logger logger = logback.getLogger("uk.childrenscomplaints.complaint.application.SubmittingComplaint");
    private final JsonLineEncoder ours = new JsonLineEncoder();
    private final LogstashEncoder logstash = new LogstashEncoder();

    @BeforeEach
    void start() {
        ours.setContext(logback);
        ours.start();
        logstash.setContext(logback);
        for (String key : JsonLineEncoder.MDC_KEYS) {
            logstash.addIncludeMdcKeyName(key);
        }
        logstash.getFieldNames().setTimestamp("timestamp");
        logstash.getFieldNames().setVersion("[ignore]");
        logstash.getFieldNames().setLevelValue("[ignore]");
        logstash.start();
    }

    @AfterEach
    void stop() {
        ours.stop();
        logstash.stop();
    }

    @Test
    void aPlainLineHasTheSameFieldsInTheSameOrderAsLogstashWroteThem() throws Exception {
        LoggingEvent event = event(Level.INFO, "Complaint {} received", null, Map.of(), "CC-2026-00042");

        assertSameLine(event);
        JsonNode line = JSON.readTree(ours.encode(event));
        assertThat(fieldNames(line)).containsExactly("timestamp", "message", "logger_name", "thread_name", "level");
        assertThat(line.get("timestamp").asText()).isEqualTo("2026-11-30T08:47:03.25Z");
        assertThat(line.get("message").asText()).isEqualTo("Complaint CC-2026-00042 received");
    }

    @Test
    void theFourListedMdcKeysAreWrittenAndNoOther() throws Exception {
        LoggingEvent event = event(
                Level.WARN,
                "Stage 1 response late",
                null,
                Map.of(
                        "awsRequestId", "8f5c2a1e-0d7b-4c1a-9a53-2f7e4e6d1b10",
                        "functionName", "SubmitComplaintFunction",
                        "complaintId", "c0ffee00-0000-4000-8000-000000000001",
                        "reference", "CC-2026-00042",
                        "complainantEmail", "jo.bloggs@example.org",
                        "user", "Jo Bloggs"));

        assertSameLine(event);
        String line = new String(ours.encode(event), StandardCharsets.UTF_8);
        assertThat(fieldNames(JSON.readTree(line)))
                .containsExactlyInAnyOrder(
                        "timestamp",
                        "message",
                        "logger_name",
                        "thread_name",
                        "level",
                        "awsRequestId",
                        "functionName",
                        "complaintId",
                        "reference");
        assertThat(line).doesNotContain("jo.bloggs@example.org", "Jo Bloggs", "complainantEmail");
    }

    @Test
    void quotesControlCharactersAndUnicodeAreEscapedAsLogstashEscapedThem() throws Exception {
        LoggingEvent event = event(
                Level.ERROR,
                "Code \"{}\" refused\n\tline two \\ \u0001\u001f end; caf\u00e9 \u2013 \uD83D\uDE00",
                null,
                Map.of("reference", "CC-\"2026\"\n-00042"),
                "STAGE_2\u0007");

        assertSameLine(event);
        assertThat(new String(ours.encode(event), StandardCharsets.UTF_8)).endsWith("}" + System.lineSeparator());
    }

    @Test
    void aLoggedExceptionBringsTheSameStackTraceText() throws Exception {
        IllegalStateException failure =
                new IllegalStateException("version 3 expected", new RuntimeException("conditional check failed"));
        LoggingEvent event = event(Level.ERROR, "Saving complaint {} failed", failure, Map.of(), "CC-2026-00042");

        assertSameLine(event);
        JsonNode line = JSON.readTree(ours.encode(event));
        assertThat(fieldNames(line)).contains("stack_trace");
        assertThat(line.get("stack_trace").asText())
                .startsWith("java.lang.IllegalStateException: version 3 expected")
                .contains("Caused by: java.lang.RuntimeException: conditional check failed");
    }

    private void assertSameLine(LoggingEvent event) throws Exception {
        String ourLine = new String(ours.encode(event), StandardCharsets.UTF_8);
        String theirLine = new String(logstash.encode(event), StandardCharsets.UTF_8);
        assertThat(JSON.readTree(ourLine)).isEqualTo(JSON.readTree(theirLine));
        assertThat(fieldNames(JSON.readTree(ourLine))).isEqualTo(fieldNames(JSON.readTree(theirLine)));
        assertThat(ourLine).isEqualTo(theirLine);
    }

    private LoggingEvent event(Level level, String format, Throwable thrown, Map<String, String> mdc, Object... args) {
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, level, format, thrown, args);
        event.setInstant(Instant.parse("2026-11-30T08:47:03.250Z"));
        event.setThreadName("main");
        event.setMDCPropertyMap(mdc);
        return event;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
