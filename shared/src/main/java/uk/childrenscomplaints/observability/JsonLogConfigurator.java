package uk.childrenscomplaints.observability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Every function's log configuration, in code (found by logback through {@code META-INF/services}): reading a
 * logback.xml loaded logback's XML configurator and a SAX parser, ~640 classes at every cold start, to set up the
 * same four things each time. One JSON object per line on stdout ({@link JsonLineEncoder}); EMF lines printed as they
 * are; our code at INFO, frameworks at WARN; no status output.
 *
 * <p>Where a logback-test.xml or logback.xml is on the classpath (the local runtime's plain console, shared's own
 * tests), this reads that file instead, as logback did before; where {@code logback.configurationFile} is set, logback
 * reads it.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class JsonLogConfigurator extends ContextAwareBase implements Configurator {
    /** CloudWatch embedded metric format: the log event itself must be the EMF object, never wrapped in "message". */
    static final String EMF_LOGGER = "uk.childrenscomplaints.emf";

    private final ClassLoader resources;

    /** For logback's ServiceLoader. */
    public JsonLogConfigurator() {
        this(JsonLogConfigurator.class.getClassLoader());
    }

    /** {@code resources}: where to look for a logback.xml or logback-test.xml that takes over. */
    JsonLogConfigurator(ClassLoader resources) {
        this.resources = resources;
    }

    @Override
    public ExecutionStatus configure(LoggerContext logback) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        URL file = Optional.ofNullable(resources.getResource("logback-test.xml"))
                .orElseGet(() -> resources.getResource("logback.xml"));
        if (file != null) {
            // Read here rather than left to the next configurator: Micronaut's logging refresh runs only the first
            // configurator logback's ServiceLoader finds, with no fallback, so stepping aside would leave no appender.
            readFile(logback, file);
            return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
        }
        logback.getStatusManager().add(new NopStatusListener());

        ConsoleAppender<ILoggingEvent> json = console(logback, "JSON", new JsonLineEncoder());
        ConsoleAppender<ILoggingEvent> emf = console(logback, "EMF", new BareMessageEncoder());

        Logger metrics = logback.getLogger(EMF_LOGGER);
        metrics.setLevel(Level.INFO);
        metrics.setAdditive(false);
        metrics.addAppender(emf);
        logback.getLogger("uk.childrenscomplaints").setLevel(Level.INFO);
        Logger root = logback.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(json);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Joran, loaded only where a file is present (the local runtime, tests), never in a function. */
    private static void readFile(LoggerContext logback, URL file) {
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(logback);
        try {
            joran.doConfigure(file);
        } catch (JoranException e) {
            throw new IllegalStateException("The logging file " + file + " could not be read", e);
        }
    }

    private static ConsoleAppender<ILoggingEvent> console(
            LoggerContext logback, String name, EncoderBase<ILoggingEvent> encoder) {
        encoder.setContext(logback);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(logback);
        appender.setName(name);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }

    /** {@code %msg%n} without the pattern parser: the EMF object, as it was logged. */
    static final class BareMessageEncoder extends EncoderBase<ILoggingEvent> {
        @Override
        public byte[] headerBytes() {
            return new byte[0];
        }

        @Override
        public byte[] encode(ILoggingEvent event) {
            return (event.getFormattedMessage() + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] footerBytes() {
            return new byte[0];
        }
    }
}
