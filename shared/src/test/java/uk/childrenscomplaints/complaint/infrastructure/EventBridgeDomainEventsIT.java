package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import uk.childrenscomplaints.complaint.application.ports.ComplaintReceived;
import uk.childrenscomplaints.complaint.application.ports.DeliveryFailed;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.LocalStandIns;

class EventBridgeDomainEventsIT {

    private static final String BUS = "complaints-test";
    private static final String SOURCE = "uk.childrenscomplaints.complaints";
    private static final LocalDate THU_2026_11_26 = LocalDate.of(2026, 11, 26);
    private static final LocalDate THU_2026_12_10 = LocalDate.of(2026, 12, 10);

    private static LocalEventBus bus;
    private static EventBridgeClient client;

    @BeforeAll
    static void start() {
        bus = LocalEventBus.start();
        // One attempt: the SDK's own retry would hide a single simulated failure.
        client = EventBridgeClient.builder()
                .endpointOverride(bus.endpoint())
                .region(LocalStandIns.REGION)
                .credentialsProvider(LocalStandIns.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(s -> s.maxAttempts(1)))
                .build();
    }

    @AfterAll
    static void stop() {
        client.close();
        bus.close();
    }

    @BeforeEach
    void clear() {
        bus.clear();
    }

    @Test
    void aReceivedComplaintIsPublishedWithItsTypeOnTheBusWithoutNamingAnyone() throws Exception {
        ComplaintId id = new ComplaintId("c-2026-11-26-1");
        new EventBridgeDomainEvents(client, BUS, SOURCE)
                .publish(new ComplaintReceived(ComplaintFixtures.statutory(id, THU_2026_11_26, THU_2026_12_10)));

        assertThat(bus.events()).singleElement().satisfies(event -> {
            assertThat(event.detailType()).isEqualTo("ComplaintReceived");
            assertThat(event.busName()).isEqualTo(BUS);
            assertThat(event.source()).isEqualTo(SOURCE);
            assertThat(event.detail()).doesNotContain("Pat Example", "pat@example.test", "They did not call back");
            JsonNode detail = new ObjectMapper().readTree(event.detail());
            assertThat(detail.path("complaintId").asText()).isEqualTo("c-2026-11-26-1");
            assertThat(detail.path("stage1DueOn").asText()).isEqualTo("2026-12-10");
            assertThat(detail.path("categories").isArray()).isTrue();
        });
    }

    @Test
    void anEventBridgeOutageBecomesDeliveryFailedNamingOnlyTheComplaintId() {
        bus.failNextPuts(1);
        ComplaintId id = new ComplaintId("c-2026-11-26-2");

        assertThatThrownBy(() -> new EventBridgeDomainEvents(client, BUS, SOURCE)
                        .publish(
                                new ComplaintReceived(ComplaintFixtures.statutory(id, THU_2026_11_26, THU_2026_12_10))))
                .isInstanceOf(DeliveryFailed.class)
                .hasMessageContaining("c-2026-11-26-2")
                .hasMessageContaining("InternalException")
                .hasMessageNotContaining("Pat")
                .hasMessageNotContaining("@");
        assertThat(bus.events()).isEmpty();
    }

    @Test
    void anEntryEventBridgeRefusesBecomesDeliveryFailedToo() {
        ComplaintId id = new ComplaintId("c-2026-11-26-3");

        assertThatThrownBy(() -> new EventBridgeDomainEvents(client, BUS, "")
                        .publish(
                                new ComplaintReceived(ComplaintFixtures.statutory(id, THU_2026_11_26, THU_2026_12_10))))
                .isInstanceOf(DeliveryFailed.class)
                .hasMessageContaining("refused");
    }
}
