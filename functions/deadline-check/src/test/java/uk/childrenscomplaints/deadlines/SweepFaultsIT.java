package uk.childrenscomplaints.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.complaint.application.deadlines.ConfirmingSends;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbDeliveries;
import uk.childrenscomplaints.complaint.infrastructure.SesSentEvents;
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
import uk.childrenscomplaints.json.JsonTree;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.SesEventsPlayer;
import uk.childrenscomplaints.local.standins.StandInProcess;

/**
 * The fault suite for the 07:00 sweep (docs/reliability.md, "Outages and faults"): the SES emulator and dynalite
 * stopped ({@code kill -STOP}) or killed while the sweep sends Wednesday 31 March 2027's reminders, then restored. The
 * run during the fault ends well inside its 300 s; the run after recovery sends every owed reminder once, and a third
 * run sends nothing. Figures are printed as {@code FAULT-FIGURES} lines.
 */
@ExtendWith(LocalAwsExtension.class)
class SweepFaultsIT {
    private static final Change STAFF = new Change("officer@council.test", Instant.parse("2027-03-01T09:00:00Z"));
    private static final LocalDate thu_2027_03_18 = LocalDate.of(2027, 3, 18);
    /** Stage 1 due after Easter: Mon 5 April 2027. */
    private static final LocalDate mon_2027_04_05 = LocalDate.of(2027, 4, 5);
    /** Three working days before, Easter Monday skipped: the reminder goes on Wed 31 March 2027. */
    private static final LocalDate wed_2027_03_31 = LocalDate.of(2027, 3, 31);

    private static final int COMPLAINTS = 3;
    /** The sweep's own Timeout in template.yaml is 300 s; a run in a fault must end long before. */
    private static final Duration IN_TIME = Duration.ofSeconds(60);

    private static final Map<String, String> FIGURES = new LinkedHashMap<>();

    private final LocalAws aws;
    private LocalEventBus bus;
    private SweepHarness harness;
    private DynamoDbComplaints complaints;

    SweepFaultsIT(LocalAws aws) {
        this.aws = aws;
    }

    @BeforeEach
    void start() {
        bus = LocalEventBus.start();
        harness = new SweepHarness(aws, bus);
        complaints = harness.complaints();
    }

    @AfterEach
    void stop() {
        harness.close();
        bus.close();
    }

    @AfterAll
    static void report() {
        FIGURES.forEach((name, f) -> System.out.println("FAULT-FIGURES sweep " + name + ": " + f));
    }

    private List<String> owingReminders(String prefix) {
        List<String> respondents = new ArrayList<>();
        for (int i = 0; i < COMPLAINTS; i++) {
            String who = prefix + i;
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
            Complaint c = Complaint.receive(
                    ComplaintId.random(), complaints.nextReference(2026), intake, mon_2027_04_05, STAFF);
            c.assignRespondents(new Respondent("Resp " + who, who + ".resp@council.test", false), null, STAFF);
            complaints.add(c);
            respondents.add(who + ".resp@council.test");
        }
        return respondents;
    }

    /** One run during the fault: how long it took, and whether it ended with an error rather than a result. */
    private record Run(Duration took, SweepResult result, RuntimeException error) {}

    private Run sweep() {
        long started = System.nanoTime();
        try {
            SweepResult r = harness.handler().handleRequest(SweepHarness.at(wed_2027_03_31), null);
            return new Run(Duration.ofNanos(System.nanoTime() - started), r, null);
        } catch (RuntimeException e) {
            return new Run(Duration.ofNanos(System.nanoTime() - started), null, e);
        }
    }

    /** After recovery: two more runs of the same day; each reminder counted in the SES emulator. */
    private String recoverAndCount(String fault, Run during, List<String> respondents, List<String> before) {
        SweepResult after = harness.handler().handleRequest(SweepHarness.at(wed_2027_03_31), null);
        harness.handler().handleRequest(SweepHarness.at(wed_2027_03_31), null);
        List<String> sent = new ArrayList<>(before);
        aws.mailbox().emails().forEach(e -> sent.addAll(e.to()));
        int lost = 0;
        int duplicates = 0;
        for (String r : respondents) {
            long n = sent.stream().filter(r::equals).count();
            if (n == 0) {
                lost++;
            } else if (n > 1) {
                duplicates += (int) n - 1;
            }
        }
        String figures =
                "faults=1 runs-during-fault=1 run-took-ms=" + during.took().toMillis() + " run-ended="
                        + (during.error() == null
                                ? "result(failed=" + during.result().failed() + ")"
                                : "error(" + during.error().getClass().getSimpleName() + ")")
                        + " reminders-owed=" + respondents.size() + " sent-after-recovery=" + after.reminded()
                        + " notices-lost=" + lost + " duplicates=" + duplicates;
        FIGURES.put(fault, figures);
        assertThat(during.took()).as(figures).isLessThan(IN_TIME);
        assertThat(lost).as(figures).isZero();
        assertThat(duplicates).as(figures).isZero();
        return figures;
    }

    @Test
    void withSesStalledTheSweepEndsInTimeAndTheNextRunSendsEachReminderOnce() {
        List<String> respondents = owingReminders("ss");
        StandInProcess ses = aws.standIns().sesEmulator();
        ses.pause();
        Run during;
        try {
            during = sweep();
        } finally {
            ses.resume();
        }
        assertThat(during.error()).isNull();
        assertThat(during.result().failed()).isEqualTo(COMPLAINTS);
        assertThat(during.result().succeeded()).isFalse();
        recoverAndCount("SES emulator SIGSTOP", during, respondents, List.of());
    }

    /**
     * Decision 025: a warm sweep (its SES templates made by an earlier send) hands Wednesday 31 March 2027's three
     * reminders to a stalled SES, which takes them in but does not answer. Each send's outcome is unknown, so each
     * lease is kept; SES's "Email Sent" events, played after recovery through template.yaml's rule, mark those it took
     * in sent, and two more runs that day send nothing; one it never took in goes with the first run after its lease
     * runs out. Each respondent gets exactly one reminder.
     */
    @Test
    void withSesStalledMidSendEachReminderIsKeptUntilSesConfirmsItAndSentExactlyOnce() {
        List<String> warmUp = owingReminders("sw");
        DeadlineCheckHandler handler = harness.handler();
        assertThat(handler.handleRequest(SweepHarness.at(wed_2027_03_31), null).reminded())
                .isEqualTo(COMPLAINTS);
        List<String> respondents = owingReminders("sc");
        SesEventsPlayer sesEvents = aws.sesEvents(bus);
        sesEvents.playNew();

        StandInProcess ses = aws.standIns().sesEmulator();
        long started = System.nanoTime();
        ses.pause();
        SweepResult during;
        try {
            during = handler.handleRequest(SweepHarness.at(wed_2027_03_31), null);
        } finally {
            ses.resume();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        settle(warmUp.size() + respondents.size());

        ConfirmingSends confirming = new ConfirmingSends(
                complaints, new DynamoDbDeliveries(aws.dynamoDb(), harness.table(), java.time.Clock.systemUTC()));
        int confirmed = 0;
        for (JsonNode event : sesEvents.playNew()) {
            String id = event.path("detail").path("mail").path("messageId").asText();
            assertThat(bus.events())
                    .filteredOn(e -> e.detail().contains(id))
                    .singleElement()
                    .satisfies(e ->
                            assertThat(e.matchedRules()).containsExactly("MailEventsFunction.SesDeliveryProblems"));
            var sent = SesSentEvents.read(JsonTree.parse(event.toString())).orElseThrow();
            if (confirming.confirm(sent.marker(), sent.messageId()) == ConfirmingSends.Result.CONFIRMED) {
                confirmed++;
            }
        }
        int received = aws.mailbox().emails().size() - warmUp.size();
        SweepResult after = handler.handleRequest(SweepHarness.at(wed_2027_03_31), null);
        handler.handleRequest(SweepHarness.at(wed_2027_03_31), null);
        handler.close();
        // A send SES never took in (the stalled emulator does not always read every queued request) is confirmed by
        // nothing: its kept lease runs out after 15 minutes and the first sweep after that sends it.
        int afterLease = 0;
        try (DeadlineCheckHandler later =
                harness.handlerAt(java.time.Instant.now().plus(Duration.ofMinutes(16)))) {
            afterLease =
                    later.handleRequest(SweepHarness.at(wed_2027_03_31), null).reminded();
            later.handleRequest(SweepHarness.at(wed_2027_03_31), null);
        }

        List<String> sent = new ArrayList<>();
        aws.mailbox().emails().forEach(e -> sent.addAll(e.to()));
        int lost = 0;
        int duplicates = 0;
        for (String r : respondents) {
            long n = sent.stream().filter(r::equals).count();
            lost += n == 0 ? 1 : 0;
            duplicates += (int) Math.max(0, n - 1);
        }
        String figures = "faults=1 runs-during-fault=1 run-took-ms=" + took.toMillis() + " run-ended=result(failed="
                + during.failed() + ") reminders-owed=" + respondents.size() + " confirmed-by-ses-event=" + confirmed
                + " received-by-ses=" + received + " sent-after-recovery=" + after.reminded() + " sent-after-lease="
                + afterLease + " notices-lost=" + lost + " duplicates=" + duplicates;
        FIGURES.put("SES emulator SIGSTOP mid-send (templates made)", figures);

        assertThat(took).as(figures).isLessThan(IN_TIME);
        assertThat(during.failed()).as(figures).isEqualTo(COMPLAINTS);
        assertThat(confirmed).as(figures).isEqualTo(received);
        assertThat(after.reminded()).as(figures).isZero();
        assertThat(afterLease).as(figures).isEqualTo(COMPLAINTS - received);
        assertThat(lost).as(figures).isZero();
        assertThat(duplicates).as(figures).isZero();
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
    void withSesKilledTheSweepEndsInTimeAndTheRunAfterItsRestartSendsEachReminderOnce() {
        List<String> respondents = owingReminders("sk");
        StandInProcess ses = aws.standIns().sesEmulator();
        ses.kill();
        Run during;
        try {
            during = sweep();
        } finally {
            ses.restart();
        }
        assertThat(during.error()).isNull();
        assertThat(during.result().failed()).isEqualTo(COMPLAINTS);
        recoverAndCount("SES emulator SIGKILL", during, respondents, List.of());
    }

    @Test
    void withDynamoDbStalledTheSweepFailsInTimeAndTheNextRunSendsEachReminderOnce() {
        List<String> respondents = owingReminders("ds");
        StandInProcess dynalite = aws.standIns().dynalite();
        dynalite.pause();
        Run during;
        try {
            during = sweep();
        } finally {
            dynalite.resume();
        }
        // Either way the run is not a success, so the daily alarm and the failed-invocations queue see it.
        assertThat(during.error() != null || !during.result().succeeded()).isTrue();
        recoverAndCount("dynalite SIGSTOP", during, respondents, List.of());
    }
}
