package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.submission.SubmissionApp.body;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.childrenscomplaints.complaint.application.deadlines.ConfirmingSends;
import uk.childrenscomplaints.complaint.application.deadlines.SendingOwedNotifications;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbDeliveries;
import uk.childrenscomplaints.complaint.infrastructure.SesSentEvents;
import uk.childrenscomplaints.json.JsonTree;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.SentEmail;
import uk.childrenscomplaints.local.standins.SesEventsPlayer;
import uk.childrenscomplaints.local.standins.StandInProcess;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;

/**
 * The fault suite for submissions (docs/reliability.md, "Outages and faults"): dynalite and the SES emulator stopped
 * ({@code kill -STOP}, a stalled service) and killed (connections refused) while complaints are sent, then restored.
 * Every answer during a fault is a 503 in time, or a 201 for a complaint that is then in the table; after recovery,
 * the outbox retry (what the sweep runs) sends every owed acknowledgement, and none goes twice. The figures are
 * printed as one {@code FAULT-FIGURES} line per scenario.
 */
class SubmissionFaultsIT {
    /** Well inside API Gateway's 30 s: two stalled calls of 5 s and the rest. */
    private static final Duration IN_TIME = Duration.ofSeconds(15);

    private static final int PER_FAULT = 3;

    @RegisterExtension
    static final FunctionAppExtension function = SubmissionApp.extension();

    private static final Map<String, Figures> FIGURES = new LinkedHashMap<>();

    private final LocalAws aws;

    SubmissionFaultsIT(LocalAws aws) {
        this.aws = aws;
    }

    /** What one scenario counted. */
    static final class Figures {
        int faults;
        int requests;
        int answered201;
        int answered503;
        int other5xx;
        int late;
        int notStored;
        int noticesLost;
        int duplicates;

        @Override
        public String toString() {
            return "faults=" + faults + " requests=" + requests + " 201=" + answered201 + " 503=" + answered503
                    + " other5xx=" + other5xx + " late=" + late + " 201-not-stored=" + notStored + " notices-lost="
                    + noticesLost + " duplicates=" + duplicates;
        }
    }

    @AfterAll
    static void report() {
        FIGURES.forEach((name, f) -> System.out.println("FAULT-FIGURES submission " + name + ": " + f));
    }

    private record Sent(String key, String email, APIGatewayV2HTTPResponse answer) {}

    private Sent submit(FunctionApp app, Figures f, String key) {
        String email = "fault-" + UUID.randomUUID() + "@example.org";
        String json = SubmissionApp.jsonPost().getBody().replace("jordan@example.org", email);
        return submit(app, f, key, email, json);
    }

    private Sent submit(FunctionApp app, Figures f, String key, String email, String json) {
        long started = System.nanoTime();
        APIGatewayV2HTTPResponse r = app.handle(SubmissionApp.jsonPost(json, key));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        f.requests++;
        if (took.compareTo(IN_TIME) > 0) {
            f.late++;
        }
        if (r.getStatusCode() == 201 || r.getStatusCode() == 200) {
            f.answered201++;
        } else if (r.getStatusCode() == 503) {
            f.answered503++;
        } else if (r.getStatusCode() >= 500) {
            f.other5xx++;
        }
        return new Sent(key, email, r);
    }

    private static String json(String email) {
        return SubmissionApp.jsonPost().getBody().replace("jordan@example.org", email);
    }

    /** The answered reference is on an item in the table. */
    private boolean stored(FunctionApp app, APIGatewayV2HTTPResponse created) {
        String reference = body(created).replaceAll("(?s).*\"reference\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        return aws.dynamoDb()
                        .scan(r -> r.tableName(app.table())
                                .filterExpression("#r = :r")
                                .expressionAttributeNames(Map.of("#r", "reference"))
                                .expressionAttributeValues(Map.of(":r", AttributeValue.fromS(reference))))
                        .count()
                == 1;
    }

    /** After recovery: the outbox retry the sweep runs, then the acknowledgements each address received. */
    private void recoverAndCount(FunctionApp app, Figures f, List<Sent> complaints, List<SentEmail> before) {
        app.context.getBean(SendingOwedNotifications.class).retryAll(25, () -> true);
        List<SentEmail> all = new ArrayList<>(before);
        all.addAll(aws.mailbox().emails());
        for (Sent s : complaints) {
            long acks = all.stream().filter(e -> e.to().contains(s.email())).count();
            if (acks == 0) {
                f.noticesLost++;
            } else if (acks > 1) {
                f.duplicates += (int) acks - 1;
            }
        }
    }

    @Test
    void withDynamoDbStalledEverySubmissionIs503InTimeAndItsRepeatAfterRecoveryIsStoredAndAcknowledgedOnce() {
        Figures f = FIGURES.computeIfAbsent("dynalite SIGSTOP", k -> new Figures());
        StandInProcess dynalite = aws.standIns().dynalite();
        FunctionApp app = function.start(null);
        List<Sent> tried = new ArrayList<>();
        dynalite.pause();
        f.faults++;
        try {
            for (int i = 0; i < PER_FAULT; i++) {
                tried.add(submit(app, f, "stall-ddb-" + UUID.randomUUID()));
            }
        } finally {
            dynalite.resume();
        }
        List<Sent> accepted = new ArrayList<>();
        for (Sent s : tried) {
            // The client repeats with the same Idempotency-Key, as the 503 asks.
            Sent again = submit(app, new Figures(), s.key(), s.email(), json(s.email()));
            assertThat(again.answer().getStatusCode()).as(body(again.answer())).isIn(200, 201);
            accepted.add(again);
        }
        for (Sent s : accepted) {
            if (!stored(app, s.answer())) {
                f.notStored++;
            }
        }
        recoverAndCount(app, f, accepted, List.of());

        assertThat(f.answered503).isEqualTo(PER_FAULT);
        assertThat(f.other5xx).isZero();
        assertThat(f.late).isZero();
        assertThat(f.notStored).isZero();
        assertThat(f.noticesLost).isZero();
        assertThat(f.duplicates).isZero();
    }

    @Test
    void withDynamoDbKilledEverySubmissionIs503InTime() {
        Figures f = FIGURES.computeIfAbsent("dynalite SIGKILL", k -> new Figures());
        StandInProcess dynalite = aws.standIns().dynalite();
        FunctionApp app = function.start(null);
        dynalite.kill();
        f.faults++;
        try {
            for (int i = 0; i < PER_FAULT; i++) {
                submit(app, f, "kill-ddb-" + UUID.randomUUID());
            }
        } finally {
            // dynalite keeps its tables in memory: a restarted one is empty, so the tables are made again.
            dynalite.restart();
            aws.recreateTable(aws.tableName());
            aws.recreateTable(app.table());
        }
        Sent after = submit(app, new Figures(), "kill-ddb-after-" + UUID.randomUUID());

        assertThat(f.answered503).isEqualTo(PER_FAULT);
        assertThat(f.other5xx).isZero();
        assertThat(f.late).isZero();
        assertThat(after.answer().getStatusCode()).as(body(after.answer())).isEqualTo(201);
    }

    @Test
    void withSesStalledEverySubmissionIsStoredInTimeAndEachAcknowledgementGoesOnceAfterRecovery() {
        Figures f = FIGURES.computeIfAbsent("SES emulator SIGSTOP", k -> new Figures());
        StandInProcess ses = aws.standIns().sesEmulator();
        FunctionApp app = function.start(null);
        List<Sent> tried = new ArrayList<>();
        ses.pause();
        f.faults++;
        try {
            for (int i = 0; i < PER_FAULT; i++) {
                tried.add(submit(app, f, "stall-ses-" + UUID.randomUUID()));
            }
        } finally {
            ses.resume();
        }
        List<Sent> accepted =
                tried.stream().filter(s -> s.answer().getStatusCode() == 201).toList();
        for (Sent s : accepted) {
            if (!stored(app, s.answer())) {
                f.notStored++;
            }
        }
        recoverAndCount(app, f, accepted, List.of());

        assertThat(f.answered201).isEqualTo(PER_FAULT);
        assertThat(f.other5xx).isZero();
        assertThat(f.late).isZero();
        assertThat(f.notStored).isZero();
        assertThat(f.noticesLost).isZero();
        assertThat(f.duplicates).as("duplicates: %s", f).isZero();
    }

    /**
     * Decision 025: a warm function (its SES templates made by an earlier submission) hands each acknowledgement and
     * team notice to a stalled SES, which takes them in without answering. Each send's outcome is unknown, so each
     * lease is kept; SES's "Email Sent" events, played after recovery through template.yaml's rule, mark what SES took
     * in sent, the outbox retry within the leases sends nothing, and one after them sends what SES never took in.
     * Every complainant gets exactly one acknowledgement.
     */
    @Test
    void withSesStalledMidSendEachAcknowledgementIsKeptUntilSesConfirmsItAndGoesExactlyOnce() {
        Figures f = FIGURES.computeIfAbsent("SES emulator SIGSTOP mid-send (templates made)", k -> new Figures());
        StandInProcess ses = aws.standIns().sesEmulator();
        FunctionApp app = function.start(null);
        Sent warm = submit(app, new Figures(), "warm-ses-" + UUID.randomUUID());
        assertThat(warm.answer().getStatusCode()).isEqualTo(201);
        SesEventsPlayer sesEvents = new SesEventsPlayer(aws.sesEndpoint(), function.bus());
        sesEvents.playNew();
        int before = aws.mailbox().emails().size();
        List<Sent> tried = new ArrayList<>();
        ses.pause();
        f.faults++;
        try {
            for (int i = 0; i < PER_FAULT; i++) {
                tried.add(submit(app, f, "mid-ses-" + UUID.randomUUID()));
            }
        } finally {
            ses.resume();
        }
        settle(before + 2 * PER_FAULT);
        List<Sent> accepted =
                tried.stream().filter(s -> s.answer().getStatusCode() == 201).toList();
        for (Sent s : accepted) {
            if (!stored(app, s.answer())) {
                f.notStored++;
            }
        }
        ConfirmingSends confirming = new ConfirmingSends(
                new DynamoDbComplaints(aws.dynamoDb(), app.table()),
                new DynamoDbDeliveries(aws.dynamoDb(), app.table(), java.time.Clock.systemUTC()));
        int confirmed = 0;
        for (JsonNode event : sesEvents.playNew()) {
            String id = event.path("detail").path("mail").path("messageId").asText();
            assertThat(function.bus().events())
                    .filteredOn(e -> e.detail().contains(id))
                    .singleElement()
                    .satisfies(e ->
                            assertThat(e.matchedRules()).containsExactly("MailEventsFunction.SesDeliveryProblems"));
            var sent = SesSentEvents.read(JsonTree.parse(event.toString())).orElseThrow();
            if (confirming.confirm(sent.marker(), sent.messageId()) == ConfirmingSends.Result.CONFIRMED) {
                confirmed++;
            }
        }
        int withinLeases = app.context
                .getBean(SendingOwedNotifications.class)
                .retryAll(25, () -> true)
                .sent();
        FunctionApp later = function.start(
                java.time.Instant.now().plus(Duration.ofMinutes(16)).toString());
        int afterLeases = later.context
                .getBean(SendingOwedNotifications.class)
                .retryAll(25, () -> true)
                .sent();
        recoverAndCount(later, f, accepted, List.of());
        System.out.println("FAULT-FIGURES submission SES emulator SIGSTOP mid-send (templates made), confirmations: "
                + "confirmed-by-ses-event=" + confirmed + " sent-by-retry-within-leases=" + withinLeases
                + " sent-by-retry-after-leases=" + afterLeases);

        assertThat(f.answered201).isEqualTo(PER_FAULT);
        assertThat(f.other5xx).isZero();
        assertThat(f.late).as("%s", f).isZero();
        assertThat(f.notStored).isZero();
        assertThat(confirmed).as("%s", f).isPositive();
        assertThat(withinLeases).isZero();
        assertThat(confirmed + afterLeases)
                .as("every acknowledgement and team notice, once")
                .isEqualTo(2 * PER_FAULT);
        assertThat(f.noticesLost).as("%s", f).isZero();
        assertThat(f.duplicates).as("duplicates: %s", f).isZero();
    }

    /**
     * The local event bus runs in the test JVM, so it is faulted as EventBridge's PutEvents fails in an outage: every
     * call answered HTTP 500 InternalException. Each submission is stored (201) with its ComplaintReceived event owed in
     * the outbox; after recovery the outbox retry the sweep runs publishes each exactly once, and a second retry
     * publishes nothing.
     */
    @Test
    void withEventBridgeFailingEachComplaintReceivedEventStaysOwedAndIsPublishedOnceAfterRecovery() {
        Figures f = FIGURES.computeIfAbsent("event bus PutEvents failing (HTTP 500)", k -> new Figures());
        FunctionApp app = function.start(null);
        LocalEventBus bus = function.bus();
        List<Sent> tried = new ArrayList<>();
        bus.failNextPuts(1_000);
        f.faults++;
        try {
            for (int i = 0; i < PER_FAULT; i++) {
                tried.add(submit(app, f, "bus-" + UUID.randomUUID()));
            }
        } finally {
            bus.failNextPuts(0);
        }
        int publishedDuring = received(bus);
        List<Sent> accepted =
                tried.stream().filter(s -> s.answer().getStatusCode() == 201).toList();
        for (Sent s : accepted) {
            if (!stored(app, s.answer())) {
                f.notStored++;
            }
        }
        int owed = new DynamoDbComplaints(aws.dynamoDb(), app.table())
                .owedNotifications()
                .complaints();
        SendingOwedNotifications outbox = app.context.getBean(SendingOwedNotifications.class);
        outbox.retryAll(25, () -> true);
        outbox.retryAll(25, () -> true);
        int published = received(bus);
        f.noticesLost = Math.max(0, PER_FAULT - published);
        f.duplicates = Math.max(0, published - PER_FAULT);
        System.out.println("FAULT-FIGURES submission event bus PutEvents failing (HTTP 500), events: published-during="
                + publishedDuring + " complaints-owing-after=" + owed + " published-after-recovery=" + published);

        assertThat(f.answered201).isEqualTo(PER_FAULT);
        assertThat(f.other5xx).isZero();
        assertThat(f.late).isZero();
        assertThat(f.notStored).isZero();
        assertThat(publishedDuring).isZero();
        assertThat(owed).isEqualTo(PER_FAULT);
        assertThat(published).as("each ComplaintReceived published once").isEqualTo(PER_FAULT);
        assertThat(new DynamoDbComplaints(aws.dynamoDb(), app.table())
                        .owedNotifications()
                        .complaints())
                .isZero();
    }

    private static int received(LocalEventBus bus) {
        return (int) bus.events().stream()
                .filter(e -> e.detailType().equals("ComplaintReceived"))
                .count();
    }

    /** A resumed emulator answers what queued up while it was stopped: wait (briefly) until it holds them. */
    private void settle(int expected) {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < until && aws.mailbox().emails().size() < expected) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Test
    void withSesKilledEverySubmissionIsStoredAndEachAcknowledgementGoesOnceAfterItIsRestarted() {
        Figures f = FIGURES.computeIfAbsent("SES emulator SIGKILL", k -> new Figures());
        StandInProcess ses = aws.standIns().sesEmulator();
        FunctionApp app = function.start(null);
        List<Sent> tried = new ArrayList<>();
        ses.kill();
        f.faults++;
        try {
            for (int i = 0; i < PER_FAULT; i++) {
                tried.add(submit(app, f, "kill-ses-" + UUID.randomUUID()));
            }
        } finally {
            ses.restart();
        }
        List<Sent> accepted =
                tried.stream().filter(s -> s.answer().getStatusCode() == 201).toList();
        for (Sent s : accepted) {
            if (!stored(app, s.answer())) {
                f.notStored++;
            }
        }
        recoverAndCount(app, f, accepted, List.of());

        assertThat(f.answered201).isEqualTo(PER_FAULT);
        assertThat(f.other5xx).isZero();
        assertThat(f.late).isZero();
        assertThat(f.notStored).isZero();
        assertThat(f.noticesLost).isZero();
        assertThat(f.duplicates).isZero();
    }
}
