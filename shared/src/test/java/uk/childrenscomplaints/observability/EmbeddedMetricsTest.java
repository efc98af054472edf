package uk.childrenscomplaints.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.infrastructure.ComplaintsConfiguration;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.observability.EmbeddedMetrics.Metric;

/**
 * The EMF documents against the specification (CloudWatch "Specification: Embedded metric format"): a JSON object
 * whose {@code _aws} holds an integer Timestamp in epoch milliseconds and one MetricDirective with a Namespace,
 * Dimensions as an array of dimension sets (each naming root members that hold strings) and Metrics naming root
 * members that hold numbers, with a CloudWatch unit.
 */
class EmbeddedMetricsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant MON_2027_01_11_0700 = Instant.parse("2027-01-11T07:00:00Z");

    private static EmbeddedMetrics metrics(String namespace) {
        ComplaintsConfiguration config = new ComplaintsConfiguration(
                "t",
                "b",
                "s",
                "from@council.test",
                "team@council.test",
                "Council",
                List.of(),
                null,
                Optional.empty(),
                3,
                2,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                90,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                namespace);
        return new EmbeddedMetrics(config, Clock.fixed(MON_2027_01_11_0700, ZoneOffset.UTC));
    }

    @Test
    void metricsWithoutDimensionsAreOneDirectiveWithAnEmptyDimensionSet() throws Exception {
        JsonNode doc = JSON.readTree(metrics("ChildrensComplaints/prod")
                .document(
                        List.of(
                                Metric.count("RemindersSent", 3),
                                new Metric("OldestOwedNotificationMinutes", EmbeddedMetrics.Unit.NONE, 95)),
                        null,
                        null));

        JsonNode aws = doc.get("_aws");
        assertThat(aws.get("Timestamp").isIntegralNumber()).isTrue();
        assertThat(aws.get("Timestamp").asLong()).isEqualTo(MON_2027_01_11_0700.toEpochMilli());
        JsonNode directive = aws.get("CloudWatchMetrics").get(0);
        assertThat(aws.get("CloudWatchMetrics")).hasSize(1);
        assertThat(directive.get("Namespace").asText()).isEqualTo("ChildrensComplaints/prod");
        assertThat(directive.get("Dimensions").toString()).isEqualTo("[[]]");
        assertThat(directive.get("Metrics").toString())
                .isEqualTo("[{\"Name\":\"RemindersSent\",\"Unit\":\"Count\"},"
                        + "{\"Name\":\"OldestOwedNotificationMinutes\",\"Unit\":\"None\"}]");
        assertThat(doc.get("RemindersSent").isNumber()).isTrue();
        assertThat(doc.get("RemindersSent").asInt()).isEqualTo(3);
        assertThat(doc.get("OldestOwedNotificationMinutes").asInt()).isEqualTo(95);
        assertThat(doc.fieldNames())
                .toIterable()
                .containsExactly("_aws", "RemindersSent", "OldestOwedNotificationMinutes");
    }

    @Test
    void aDimensionPublishesTheMetricBothWithoutItAndWithIt() throws Exception {
        JsonNode doc = JSON.readTree(metrics(null)
                .document(
                        List.of(Metric.count("ComplaintsReceived", 1)),
                        "Route",
                        BusinessMetrics.routeOf(Route.IN_PERSON)));

        JsonNode directive = doc.get("_aws").get("CloudWatchMetrics").get(0);
        assertThat(directive.get("Namespace").asText()).isEqualTo("ChildrensComplaints");
        assertThat(directive.get("Dimensions").toString()).isEqualTo("[[],[\"Route\"]]");
        assertThat(doc.get("Route").isTextual()).isTrue();
        assertThat(doc.get("Route").asText()).isEqualTo("in-person");
        assertThat(doc.get("ComplaintsReceived").asInt()).isEqualTo(1);
    }

    @Test
    void theRouteDimensionSpellsEachRecordedRoute() {
        assertThat(List.of(Route.values()))
                .extracting(BusinessMetrics::routeOf)
                .containsExactly("telephone", "letter", "in-person", "online-form", "email");
    }

    @Test
    void aNamespaceWithQuotesStillMakesValidJsonAndAValueMustBeFinite() throws Exception {
        JsonNode doc = JSON.readTree(metrics("Odd \"name\"\\x").document(List.of(Metric.count("X", 1)), null, null));
        assertThat(doc.get("_aws")
                        .get("CloudWatchMetrics")
                        .get(0)
                        .get("Namespace")
                        .asText())
                .isEqualTo("Odd \"name\"\\x");
        assertThatThrownBy(() -> metrics(null)
                        .document(List.of(new Metric("X", EmbeddedMetrics.Unit.NONE, Double.NaN)), null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
