package uk.childrenscomplaints.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What shared's logback.xml set up until decision 041, now set up in code. */
class JsonLogConfiguratorTest {
    /** Finds no logback.xml or logback-test.xml, as in a function's jar. */
    private static final ClassLoader NO_LOG_FILES = new ClassLoader(null) {};

    private final LoggerContext logback = new LoggerContext();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private PrintStream original;

    // the console appender holds on to the System.out it started with
    @BeforeEach
    void captureStdout() {
        logback.setMDCAdapter(new LogbackMDCAdapter());
        original = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStdout() {
        System.setOut(original);
        logback.stop();
    }

    @Test
    void ourCodeLogsOneJsonObjectPerLineAtInfoWithOnlyTheListedMdcKeys() throws Exception {
        assertThat(new JsonLogConfigurator(NO_LOG_FILES).configure(logback))
                .isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        String out = stdoutOf(() -> {
            logback.getMDCAdapter().put("reference", "CC-2026-00042");
            logback.getMDCAdapter().put("complainantEmail", "jo.bloggs@example.org");
            try {
                Logger ours = logback.getLogger("uk.childrenscomplaints.complaint.application.SubmittingComplaint");
                ours.info("Complaint {} received", "CC-2026-00042");
                ours.debug("not at debug");
            } finally {
                logback.getMDCAdapter().clear();
            }
        });

        String[] lines = out.split("\n");
        assertThat(lines).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(lines[0]);
        assertThat(line.get("message").asText()).isEqualTo("Complaint CC-2026-00042 received");
        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("reference").asText()).isEqualTo("CC-2026-00042");
        assertThat(line.has("complainantEmail")).isFalse();
    }

    @Test
    void frameworksLogAtWarnOnly() {
        new JsonLogConfigurator(NO_LOG_FILES).configure(logback);

        String out = stdoutOf(() -> {
            Logger framework = logback.getLogger("io.micronaut.context.DefaultBeanContext");
            framework.info("bean created");
            framework.warn("bean refused");
        });

        assertThat(out).doesNotContain("bean created").contains("\"message\":\"bean refused\"");
        assertThat(logback.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void embeddedMetricsArePrintedBareOnceAndNotWrappedInJson() {
        new JsonLogConfigurator(NO_LOG_FILES).configure(logback);
        String emf = "{\"_aws\":{\"Timestamp\":1796028423250},\"ComplaintsReceived\":1}";

        String out = stdoutOf(() ->
                logback.getLogger("uk.childrenscomplaints.emf.BusinessMetrics").info(emf));

        assertThat(out).isEqualTo(emf + System.lineSeparator());
    }

    @Test
    void aLogbackFileOnTheClasspathIsReadInstead() {
        // shared's test classpath has logback-test.xml: its one plain-text appender, STDOUT, and not our JSON one
        assertThat(new JsonLogConfigurator().configure(logback)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        Logger root = logback.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("STDOUT")).isNotNull();
        assertThat(root.getAppender("JSON")).isNull();
    }

    private String stdoutOf(Runnable logging) {
        logging.run();
        return stdout.toString(StandardCharsets.UTF_8);
    }
}
