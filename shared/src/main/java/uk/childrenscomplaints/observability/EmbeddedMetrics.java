package uk.childrenscomplaints.observability;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.complaint.infrastructure.ComplaintsConfiguration;

/**
 * Business metrics as CloudWatch embedded metric format (EMF) lines: one JSON object per line, whose {@code _aws}
 * member tells CloudWatch Logs which of its members are metrics. No agent, no API call, no extra permission: Lambda
 * sends stdout to the function's log group and CloudWatch extracts the metrics there.
 *
 * <p>Written by hand rather than with {@code aws-embedded-metrics}: it is a few lines of JSON, and the library
 * brings its own agent and environment detection into every cold start. The lines go through the logger
 * {@value #LOGGER}, which shared's JsonLogConfigurator prints as they are ({@code %msg%n}): the log event itself must be the
 * EMF object, so it must never be wrapped in the JSON encoder's {@code message}. Only names, units, counts and a
 * route: nothing about a person.
 */
@Singleton
public class EmbeddedMetrics {
    public static final String LOGGER = "uk.childrenscomplaints.emf";
    private static final Logger EMF = LoggerFactory.getLogger(LOGGER);

    /** The CloudWatch units these metrics use. */
    public enum Unit {
        COUNT("Count"),
        NONE("None");

        private final String cloudWatchName;

        Unit(String cloudWatchName) {
            this.cloudWatchName = cloudWatchName;
        }

        public String cloudWatchName() {
            return cloudWatchName;
        }
    }

    /** One metric's name, unit and value. */
    public record Metric(String name, Unit unit, double value) {
        public static Metric count(String name, long value) {
            return new Metric(name, Unit.COUNT, value);
        }
    }

    private final String namespace;
    private final Clock clock;

    public EmbeddedMetrics(ComplaintsConfiguration configuration, Clock clock) {
        this.namespace = configuration.metricsNamespace();
        this.clock = clock;
    }

    public String namespace() {
        return namespace;
    }

    /** The metrics, published without dimensions, in one line. */
    public void publish(List<Metric> metrics) {
        if (!metrics.isEmpty()) {
            EMF.info(document(metrics, null, null));
        }
    }

    /**
     * The metrics published twice from one line: without dimensions (the total an alarm watches) and with the one
     * dimension given (the split a dashboard shows).
     */
    public void publish(List<Metric> metrics, String dimension, String value) {
        if (!metrics.isEmpty()) {
            EMF.info(document(metrics, dimension, value));
        }
    }

    /** The EMF document: {"_aws":{"Timestamp":..,"CloudWatchMetrics":[{"Namespace":..,"Dimensions":..,"Metrics":..}]},..}. */
    String document(List<Metric> metrics, String dimension, String value) {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"_aws\":{\"Timestamp\":")
                .append(clock.millis())
                .append(",\"CloudWatchMetrics\":[{\"Namespace\":")
                .append(quote(namespace))
                .append(",\"Dimensions\":[[]");
        if (dimension != null) {
            json.append(",[").append(quote(dimension)).append(']');
        }
        json.append("],\"Metrics\":[");
        for (int i = 0; i < metrics.size(); i++) {
            Metric m = metrics.get(i);
            json.append(i == 0 ? "" : ",")
                    .append("{\"Name\":")
                    .append(quote(m.name()))
                    .append(",\"Unit\":")
                    .append(quote(m.unit().cloudWatchName()))
                    .append('}');
        }
        json.append("]}]}");
        if (dimension != null) {
            json.append(',').append(quote(dimension)).append(':').append(quote(value));
        }
        for (Metric m : metrics) {
            json.append(',').append(quote(m.name())).append(':').append(number(m.value()));
        }
        return json.append('}').toString();
    }

    private static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a metric value must be a finite number");
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
