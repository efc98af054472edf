package uk.childrenscomplaints.relay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.intake.NewComplaint;
import uk.childrenscomplaints.complaint.application.intake.PublicSubmission;
import uk.childrenscomplaints.complaint.application.intake.SubmissionResult;
import uk.childrenscomplaints.complaint.application.intake.SubmittingComplaint;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.ReceivedEvent;
import uk.childrenscomplaints.local.standins.SamTemplate;

/**
 * The real relay handler over the stream fixture in events/, against dynalite, the SES emulator and the local bus: a
 * complaint submitted through the real use case is stored owing its notices and sends nothing; the stream's records
 * have the relay send the acknowledgement, the team's notice and ComplaintReceived once however often they are played;
 * records of other items are ignored; and the partial batch response names only the record whose sends failed.
 */
@ExtendWith(LocalAwsExtension.class)
class OutboxRelayHandlerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIRST_PLACEHOLDER = "00000000-0000-4000-8000-000000000035";
    private static final String SECOND_PLACEHOLDER = "00000000-0000-4000-8000-000000000036";
    private static final String TEAM = "complaints-team@council.example.org";

    private final LocalAws aws;
    private LocalEventBus bus;
    private ApplicationContext context;
    private String table;
    private OutboxRelayHandler handler;

    OutboxRelayHandlerIT(LocalAws aws) {
        this.aws = aws;
    }

    @BeforeEach
    void start() {
        System.setProperty("aws.region", "eu-west-2");
        System.setProperty("aws.accessKeyId", "local");
        System.setProperty("aws.secretAccessKey", "local");
        bus = LocalEventBus.start();
        table = aws.createFreshTable();
        aws.mailbox().clear();
        context = ApplicationContext.run(properties(aws.sesEndpoint().toString()));
        handler = new OutboxRelayHandler(ApplicationContext.builder()
                .properties(properties(aws.sesEndpoint().toString())));
    }

    @AfterEach
    void stop() {
        handler.close();
        context.close();
        bus.close();
        aws.mailbox().clear();
    }

    private Map<String, Object> properties(String sesEndpoint) {
        Map<String, Object> props = new HashMap<>();
        props.put("complaints.table-name", table);
        props.put("complaints.bus-name", "complaints-test");
        props.put("complaints.sender", "complaints@council.example.org");
        props.put("complaints.team-mailbox", TEAM);
        props.put("complaints.public-base-url", "https://complaints.council.example.org");
        props.put(
                "aws.services.dynamodb.endpoint-override", aws.dynamoEndpoint().toString());
        props.put("aws.services.sesv2.endpoint-override", sesEndpoint);
        props.put("aws.services.eventbridge.endpoint-override", bus.endpoint().toString());
        return props;
    }

    private Complaint submitted(String email, String formToken) {
        NewComplaint form = new NewComplaint(
                "Alex Parent",
                email,
                null,
                null,
                "parent_carer",
                false,
                "Sam",
                12,
                "female",
                false,
                "dont_know",
                List.of("communication"),
                "Nobody called back.",
                "A call every week",
                null,
                "statutory_childrens",
                true,
                null,
                null);
        SubmissionResult result = context.getBean(SubmittingComplaint.class)
                .submit(form, new PublicSubmission(PublicSubmission.Channel.FORM, formToken, null));
        assertThat(result).isInstanceOf(SubmissionResult.Accepted.class);
        return ((SubmissionResult.Accepted) result).complaint();
    }

    /** events/outbox-relay-stream.json, its two complaint records naming these complaints. */
    private static Map<String, Object> stream(ComplaintId first, ComplaintId second) throws IOException {
        String json = Files.readString(
                        SamTemplate.repositoryRoot().resolve("events").resolve("outbox-relay-stream.json"))
                .replace(FIRST_PLACEHOLDER, first.value())
                .replace(SECOND_PLACEHOLDER, second.value());
        return JSON.readValue(json, new TypeReference<>() {});
    }

    private List<ReceivedEvent> received(String detailType) {
        return bus.events().stream()
                .filter(e -> e.detailType().equals(detailType))
                .toList();
    }

    private Complaint stored(ComplaintId id) {
        return new DynamoDbComplaints(aws.dynamoDb(), table).find(id).orElseThrow();
    }

    @Test
    void theStreamsRecordsSendTheAcknowledgementTeamNoticeAndEventOnceHoweverOftenTheyArePlayed() throws IOException {
        Complaint complaint = submitted("alex.parent@example.org", "relay-form-token-1");
        assertThat(aws.mailbox().emails()).as("nothing is sent by the request").isEmpty();
        assertThat(received("ComplaintReceived")).isEmpty();
        assertThat(stored(complaint.id()).parts().outbox())
                .containsExactlyInAnyOrder(
                        Notifications.ACKNOWLEDGEMENT, Notifications.TEAM_NOTICE, Notifications.RECEIVED_EVENT);

        RelayResponse first = handler.handleRequest(stream(complaint.id(), ComplaintId.random()), null);
        RelayResponse again = handler.handleRequest(stream(complaint.id(), ComplaintId.random()), null);

        assertThat(first.batchItemFailures()).isEmpty();
        assertThat(again.batchItemFailures()).isEmpty();
        assertThat(aws.mailbox().emailsTo("alex.parent@example.org")).hasSize(1);
        assertThat(aws.mailbox().emailsTo(TEAM)).hasSize(1);
        assertThat(received("ComplaintReceived"))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains(complaint.id().value()));
        assertThat(stored(complaint.id()).parts().outbox()).isEmpty();
    }

    @Test
    void whenSesRefusesConnectionsOnlyTheRecordOfTheComplaintStillOwingIsNamedForRetry() throws IOException {
        Complaint done = submitted("first.parent@example.org", "relay-form-token-2");
        handler.handleRequest(stream(done.id(), ComplaintId.random()), null);
        Complaint owing = submitted("second.parent@example.org", "relay-form-token-3");
        OutboxRelayHandler withSesDown =
                new OutboxRelayHandler(ApplicationContext.builder().properties(properties(deadEndpoint())));

        RelayResponse response;
        try {
            response = withSesDown.handleRequest(stream(done.id(), owing.id()), null);
        } finally {
            withSesDown.close();
        }

        // The second complaint's record is the fixture's fifth, sequence number ...05; the first owes nothing and the
        // counter, key and access records are not complaints.
        assertThat(response.batchItemFailures())
                .extracting(RelayResponse.Failure::itemIdentifier)
                .containsExactly("111100000000000000000005");
        assertThat(stored(owing.id()).parts().outbox())
                .contains(Notifications.ACKNOWLEDGEMENT, Notifications.TEAM_NOTICE);

        // Lambda's retry of that record, once SES answers again, sends what was owed, once.
        RelayResponse retried = handler.handleRequest(stream(done.id(), owing.id()), null);
        assertThat(retried.batchItemFailures()).isEmpty();
        assertThat(aws.mailbox().emailsTo("second.parent@example.org")).hasSize(1);
        assertThat(aws.mailbox().emailsTo("first.parent@example.org")).hasSize(1);
        assertThat(stored(owing.id()).parts().outbox()).isEmpty();
    }

    /** A port nothing listens on: connections refused, so each send certainly failed. */
    private static String deadEndpoint() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
