package uk.childrenscomplaints.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.ChildDetails;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Respondent;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.LocalEventBus;

/**
 * The sweep's metrics, read from its stdout as CloudWatch Logs would extract them: the real handler, on a chosen
 * morning, over dynalite and the SES emulator. One EMF line per run, in the configured namespace, with no dimensions.
 */
@ExtendWith(LocalAwsExtension.class)
class SweepMetricsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAMESPACE = "ChildrensComplaints/test";
    private static final Change STAFF = new Change("officer@council.test", Instant.parse("2027-03-01T09:00:00Z"));
    private static final LocalDate thu_2027_03_18 = LocalDate.of(2027, 3, 18);
    private static final LocalDate wed_2027_03_31 = LocalDate.of(2027, 3, 31);
    private static final LocalDate sat_2027_04_03 = LocalDate.of(2027, 4, 3);
    private static final LocalDate mon_2027_04_05 = LocalDate.of(2027, 4, 5);
    private static final LocalDate tue_2027_04_06 = LocalDate.of(2027, 4, 6);

    private final LocalAws aws;
    private LocalEventBus bus;
    private SweepHarness harness;

    SweepMetricsIT(LocalAws aws) {
        this.aws = aws;
    }

    @BeforeEach
    void start() {
        bus = LocalEventBus.start();
        harness = new SweepHarness(aws, bus);
    }

    @AfterEach
    void stop() {
        harness.close();
        bus.close();
    }

    /** Received Thu 18 Mar 2027, due Mon 5 Apr after Easter: its reminder goes on Wed 31 Mar. */
    private Complaint dueAfterEaster(DynamoDbComplaints complaints, String who, boolean owingAcknowledgement) {
        Intake intake = new Intake(
                thu_2027_03_18,
                Route.EMAIL,
                Procedure.STATUTORY_CHILDRENS,
                new Complainant("Carer " + who, who + "@example.test", null, null, Relationship.PARENT_CARER, who),
                false,
                ChildDetails.UNKNOWN,
                new TeamName("SCC"),
                List.of(IssueCategory.STANDARDS),
                "Text",
                null,
                null,
                false,
                false);
        Complaint c =
                Complaint.receive(ComplaintId.random(), complaints.nextReference(2026), intake, mon_2027_04_05, STAFF);
        c.assignRespondents(new Respondent("Resp " + who, who + ".resp@council.test", false), null, STAFF);
        if (owingAcknowledgement) {
            c.owe(List.of("acknowledgement"));
        }
        complaints.add(c);
        return c;
    }

    @Test
    void aGoodMorningPublishesItsCountsNothingOwedAndOneSweepSucceeded() throws IOException {
        dueAfterEaster(harness.complaints(), "g", false);

        JsonNode emf = onlyEmfLine(
                stdoutOf(() -> harness.handler(aws.sesEndpoint(), Map.of("complaints.metrics-namespace", NAMESPACE))
                        .handleRequest(SweepHarness.at(wed_2027_03_31), null)));

        assertNoDimensionsIn(emf);
        assertThat(metrics(emf))
                .containsExactly(
                        "RemindersSent Count",
                        "ChasersSent Count",
                        "Stage2EntitlementsFlagged Count",
                        "SweepFailedNotices Count",
                        "OwedNotifications Count",
                        "OldestOwedNotificationMinutes None",
                        "SweepSucceeded Count",
                        "OverdueComplaints Count");
        assertThat(emf.get("RemindersSent").asInt()).isEqualTo(1);
        assertThat(emf.get("OverdueComplaints").asInt()).isZero();
        assertThat(emf.get("ChasersSent").asInt()).isZero();
        assertThat(emf.get("Stage2EntitlementsFlagged").asInt()).isZero();
        assertThat(emf.get("SweepFailedNotices").asInt()).isZero();
        assertThat(emf.get("OwedNotifications").asInt()).isZero();
        assertThat(emf.get("OldestOwedNotificationMinutes").asInt()).isZero();
        assertThat(emf.get("SweepSucceeded").asInt()).isEqualTo(1);
    }

    @Test
    void withSesDownTheOwedAcknowledgementStaysOwedAndTheSweepDoesNotCountAsASuccess() throws IOException {
        // Owed since 90 minutes before the sweep runs (the repository's clock is when it joined the outbox).
        Clock ninetyMinutesAgo = Clock.fixed(Instant.now().minus(Duration.ofMinutes(90)), ZoneOffset.UTC);
        dueAfterEaster(new DynamoDbComplaints(aws.dynamoDb(), harness.table(), ninetyMinutesAgo), "d", true);

        JsonNode emf = onlyEmfLine(
                stdoutOf(() -> harness.handler(closedPort(), Map.of("complaints.metrics-namespace", NAMESPACE))
                        .handleRequest(SweepHarness.at(wed_2027_03_31), null)));

        assertNoDimensionsIn(emf);
        assertThat(emf.get("RemindersSent").asInt()).isZero();
        assertThat(emf.get("SweepFailedNotices").asInt()).isEqualTo(2);
        assertThat(emf.get("OwedNotifications").asInt()).isEqualTo(1);
        assertThat(emf.get("OldestOwedNotificationMinutes").asInt()).isBetween(90, 91);
        assertThat(emf.get("SweepSucceeded").asInt()).isZero();
    }

    @Test
    void aSaturdayIsSkippedAndStillCountsAsASuccessfulSweep() throws IOException {
        dueAfterEaster(harness.complaints(), "s", false);

        JsonNode emf = onlyEmfLine(
                stdoutOf(() -> harness.handler(aws.sesEndpoint(), Map.of("complaints.metrics-namespace", NAMESPACE))
                        .handleRequest(SweepHarness.at(sat_2027_04_03), null)));

        assertNoDimensionsIn(emf);
        assertThat(emf.get("SweepSucceeded").asInt()).isEqualTo(1);
        assertThat(emf.get("RemindersSent").asInt()).isZero();
        assertThat(emf.get("OwedNotifications").asInt()).isZero();
        assertThat(emf.has("OverdueComplaints"))
                .as("a day off reads nothing: no false zero")
                .isFalse();
        assertThat(harness.newEmails()).isEmpty();
    }

    /** Due Mon 5 Apr 2027 and unanswered: overdue from Tue 6 Apr, counted by that morning's sweep. */
    @Test
    void aComplaintPastItsDueDateIsCountedAsOverdue() throws IOException {
        dueAfterEaster(harness.complaints(), "o", false);
        dueAfterEaster(harness.complaints(), "p", false);

        JsonNode emf = onlyEmfLine(
                stdoutOf(() -> harness.handler(aws.sesEndpoint(), Map.of("complaints.metrics-namespace", NAMESPACE))
                        .handleRequest(SweepHarness.at(tue_2027_04_06), null)));

        assertNoDimensionsIn(emf);
        assertThat(emf.get("OverdueComplaints").asInt()).isEqualTo(2);
    }

    private static void assertNoDimensionsIn(JsonNode emf) {
        JsonNode directive = emf.get("_aws").get("CloudWatchMetrics").get(0);
        assertThat(directive.get("Namespace").asText()).isEqualTo(NAMESPACE);
        assertThat(directive.get("Dimensions").toString()).isEqualTo("[[]]");
        assertThat(emf.get("_aws").get("Timestamp").isIntegralNumber()).isTrue();
    }

    private static List<String> metrics(JsonNode emf) {
        List<String> out = new ArrayList<>();
        emf.get("_aws")
                .get("CloudWatchMetrics")
                .get(0)
                .get("Metrics")
                .forEach(m ->
                        out.add(m.get("Name").asText() + " " + m.get("Unit").asText()));
        return out;
    }

    /** Every line is JSON; exactly one is an EMF document. */
    private static JsonNode onlyEmfLine(List<String> lines) throws IOException {
        List<JsonNode> emf = new ArrayList<>();
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            assertThat(node.isObject()).as(line).isTrue();
            if (node.has("_aws")) {
                emf.add(node);
            }
        }
        assertThat(emf).hasSize(1);
        return emf.get(0);
    }

    private static List<String> stdoutOf(Runnable work) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.isBlank())
                .toList();
    }

    private static URI closedPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + s.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
