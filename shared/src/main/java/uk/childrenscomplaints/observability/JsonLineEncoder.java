package uk.childrenscomplaints.observability;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.EncoderBase;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * One JSON object per log line, field for field what logstash-logback-encoder's {@code LogstashEncoder} wrote with our
 * old settings (timestamp, message, logger, thread, level, the stack trace, then the listed MDC keys), written with
 * jackson-core alone: the logstash encoder pulled in Jackson databind and ~450 classes at every cold start for this.
 * Only the MDC keys named here ever reach a line; the rest of the MDC may hold anything and is never written.
 */
public final class JsonLineEncoder extends EncoderBase<ILoggingEvent> {
    /** The request id and function name of each invocation, and the complaint's id and reference where there is one. */
    static final List<String> MDC_KEYS = List.of("awsRequestId", "functionName", "complaintId", "reference");

    private static final byte[] NO_BYTES = new byte[0];
    private static final byte[] LINE_END = System.lineSeparator().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final JsonFactory FACTORY = new JsonFactory();

    // logstash's default: ISO-8601 with the offset, in the JVM's zone (UTC in Lambda)
    private final DateTimeFormatter timestamps =
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.systemDefault());
    private final ThrowableProxyConverter stackTraces = new ThrowableProxyConverter();

    @Override
    public void start() {
        stackTraces.setContext(getContext());
        stackTraces.start();
        super.start();
    }

    @Override
    public void stop() {
        stackTraces.stop();
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return NO_BYTES;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("timestamp", timestamps.format(event.getInstant()));
            json.writeStringField("message", event.getFormattedMessage());
            json.writeStringField("logger_name", event.getLoggerName());
            json.writeStringField("thread_name", event.getThreadName());
            json.writeStringField("level", event.getLevel().toString());
            if (event.getThrowableProxy() != null) {
                json.writeStringField("stack_trace", stackTraces.convert(event));
            }
            Map<String, String> mdc = event.getMDCPropertyMap();
            if (mdc != null) {
                // in the MDC's own order, as logstash wrote them
                for (Map.Entry<String, String> entry : mdc.entrySet()) {
                    if (MDC_KEYS.contains(entry.getKey()) && entry.getValue() != null) {
                        json.writeStringField(entry.getKey(), entry.getValue());
                    }
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.writeBytes(LINE_END);
        return out.toByteArray();
    }

    @Override
    public byte[] footerBytes() {
        return NO_BYTES;
    }
}
