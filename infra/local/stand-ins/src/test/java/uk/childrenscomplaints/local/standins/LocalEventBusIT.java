package uk.childrenscomplaints.local.standins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

class LocalEventBusIT {

    // template.yaml has no rules yet, so this test brings its own, written the way SAM authors write them.
    private static final String TEMPLATE = """
            Resources:
              ComplaintsBus:
                Type: AWS::Events::EventBus
                Properties:
                  Name: !Sub complaints-${Stage}
              LateComplaintRule:
                Type: AWS::Events::Rule
                Properties:
                  EventBusName: !Ref ComplaintsBus
                  EventPattern:
                    source: [uk.childrenscomplaints.complaints]
                    detail-type: [ComplaintReceived]
                    detail:
                      lateMatter: [true]
              DefaultBusRule:
                Type: AWS::Events::Rule
                Properties:
                  EventPattern:
                    source: [uk.childrenscomplaints.complaints]
              Notifier:
                Type: AWS::Serverless::Function
                Properties:
                  Events:
                    EveryReceipt:
                      Type: EventBridgeRule
                      Properties:
                        EventBusName: complaints-test
                        Pattern:
                          detail-type: [ComplaintReceived]
            """;

    private LocalEventBus bus;

    @AfterEach
    void stop() {
        if (bus != null) {
            bus.close();
        }
    }

    @Test
    void anEventPutThroughTheSdkIsKeptWithItsBusSourceTypeAndDetail(@TempDir Path dir) throws IOException {
        bus = LocalEventBus.start(template(dir));

        PutEventsResponse response;
        try (EventBridgeClient client = client(RetryMode.STANDARD)) {
            response = client.putEvents(r -> r.entries(e -> e.eventBusName("complaints-test")
                    .source("uk.childrenscomplaints.complaints")
                    .detailType("ComplaintReceived")
                    .detail("{\"complaintId\":\"C-1\",\"lateMatter\":false}")));
        }

        assertThat(response.failedEntryCount()).isZero();
        assertThat(bus.events()).singleElement().satisfies(event -> {
            assertThat(event.eventId()).isEqualTo(response.entries().get(0).eventId());
            assertThat(event.busName()).isEqualTo("complaints-test");
            assertThat(event.source()).isEqualTo("uk.childrenscomplaints.complaints");
            assertThat(event.detailType()).isEqualTo("ComplaintReceived");
            assertThat(event.detail()).isEqualTo("{\"complaintId\":\"C-1\",\"lateMatter\":false}");
        });
    }

    @Test
    void onlyTheRulesOnTheEventsBusWhosePatternMatchesAreRecorded(@TempDir Path dir) throws IOException {
        bus = LocalEventBus.start(template(dir));

        try (EventBridgeClient client = client(RetryMode.STANDARD)) {
            put(client, "complaints-test", "{\"complaintId\":\"C-1\",\"lateMatter\":true}");
            put(client, "complaints-test", "{\"complaintId\":\"C-2\",\"lateMatter\":false}");
            put(client, "default", "{\"complaintId\":\"C-3\",\"lateMatter\":true}");
        }

        assertThat(bus.events())
                .extracting(ReceivedEvent::matchedRules)
                .containsExactly(
                        List.of("LateComplaintRule", "Notifier.EveryReceipt"),
                        List.of("Notifier.EveryReceipt"),
                        List.of("DefaultBusRule"));
    }

    @Test
    void aDetailThatIsNotJsonIsRefusedForThatEntryOnly(@TempDir Path dir) throws IOException {
        bus = LocalEventBus.start(template(dir));

        PutEventsResponse response;
        try (EventBridgeClient client = client(RetryMode.STANDARD)) {
            response = client.putEvents(r -> r.entries(
                    e -> e.eventBusName("complaints-test")
                            .source("s")
                            .detailType("T")
                            .detail("not json"),
                    e -> e.eventBusName("complaints-test")
                            .source("s")
                            .detailType("T")
                            .detail("{}")));
        }

        assertThat(response.failedEntryCount()).isEqualTo(1);
        assertThat(response.entries().get(0).errorCode()).isEqualTo("MalformedDetail");
        assertThat(bus.events()).hasSize(1);
    }

    @Test
    void anOutageAnswersInternalExceptionUntilTheFailuresAreUsedUp(@TempDir Path dir) throws IOException {
        bus = LocalEventBus.start(template(dir));
        bus.failNextPuts(1);

        try (EventBridgeClient client = client(RetryMode.STANDARD)) {
            // One failure is absorbed by the SDK's own retry: the caller never sees it.
            put(client, "complaints-test", "{}");
        }
        bus.failNextPuts(1);
        try (EventBridgeClient noRetry = client(null)) {
            assertThatThrownBy(() -> put(noRetry, "complaints-test", "{}"))
                    .isInstanceOfSatisfying(EventBridgeException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(500);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalException");
                    });
        }

        assertThat(bus.events()).hasSize(1);
    }

    @Test
    void theRepositoryTemplateLoadsAndClearForgetsEverything() {
        bus = LocalEventBus.start();
        try (EventBridgeClient client = client(RetryMode.STANDARD)) {
            put(client, "complaints-dev", "{}");
        }

        bus.clear();

        assertThat(bus.events()).isEmpty();
    }

    private static void put(EventBridgeClient client, String busName, String detail) {
        client.putEvents(r -> r.entries(e -> e.eventBusName(busName)
                .source("uk.childrenscomplaints.complaints")
                .detailType("ComplaintReceived")
                .detail(detail)));
    }

    private static SamTemplate template(Path dir) throws IOException {
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, TEMPLATE);
        return SamTemplate.load(file);
    }

    /** {@code null}: no retries, so one simulated failure reaches the caller. */
    private EventBridgeClient client(RetryMode retryMode) {
        return EventBridgeClient.builder()
                .endpointOverride(bus.endpoint())
                .region(LocalStandIns.REGION)
                .credentialsProvider(LocalStandIns.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> {
                    if (retryMode == null) {
                        o.retryStrategy(s -> s.maxAttempts(1));
                    } else {
                        o.retryStrategy(retryMode);
                    }
                })
                .build();
    }
}
