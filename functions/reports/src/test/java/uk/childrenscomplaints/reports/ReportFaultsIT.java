package uk.childrenscomplaints.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import uk.childrenscomplaints.complaint.statistics.StatisticsComplaint;
import uk.childrenscomplaints.json.JsonTree;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.SesEventsPlayer;
import uk.childrenscomplaints.local.standins.StandInProcess;

/**
 * The fault suite for the quarterly report (docs/reliability.md, "Outages and faults"): the SES emulator or dynalite
 * stopped ({@code kill -STOP}) while Thursday 1 October 2026's report is sent, then resumed. The run during the fault
 * ends well inside the function's 120 s. After recovery SES's "Email Sent" events are played (decision 025) through
 * template.yaml's rule to what the mail-events function runs; the report has then gone exactly once, and two more
 * runs send nothing. Figures are printed as {@code FAULT-FIGURES} lines.
 */
@ExtendWith(LocalAwsExtension.class)
class ReportFaultsIT {
    private static final String MANAGER = "complaints.manager@council.test";
    private static final String MAIL_EVENTS_RULE = "MailEventsFunction.SesDeliveryProblems";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate thu_2026_10_01 = LocalDate.of(2026, 10, 1);
    private static final Instant THU_2026_10_01_0730 =
            thu_2026_10_01.atTime(7, 30).atZone(LONDON).toInstant();
    private static final Duration IN_TIME = Duration.ofSeconds(60);
    private static final Map<String, String> FIGURES = new LinkedHashMap<>();

    private final LocalAws aws;
    private LocalEventBus bus;
    private SesEventsPlayer sesEvents;

    ReportFaultsIT(LocalAws aws) {
        this.aws = aws;
        System.setProperty("aws.region", "eu-west-2");
        System.setProperty("aws.accessKeyId", "local");
        System.setProperty("aws.secretAccessKey", "local");
    }

    @BeforeEach
    void startBus() {
        bus = LocalEventBus.start();
        sesEvents = aws.sesEvents(bus);
    }

    @AfterEach
    void stopBus() {
        bus.close();
    }

    @AfterAll
    static void report() {
        FIGURES.forEach((name, f) -> System.out.println("FAULT-FIGURES report " + name + ": " + f));
    }

    private QuarterlyReportHandler handler(String table, Instant clock) {
        Map<String, Object> props = new HashMap<>();
        props.put("complaints.table-name", table);
        props.put("complaints.bus-name", "complaints-test");
        props.put("complaints.sender", "complaints@council.test");
        props.put("complaints.team-mailbox", "complaints-team@council.test");
        props.put("complaints.complaints-manager-email", MANAGER);
        props.put(
                "aws.services.dynamodb.endpoint-override", aws.dynamoEndpoint().toString());
        props.put("aws.services.sesv2.endpoint-override", aws.sesEndpoint().toString());
        props.put("test.clock.instant", clock.toString());
        return new QuarterlyReportHandler(ApplicationContext.builder().properties(props));
    }

    private String seededTable() {
        String table = aws.createFreshTable();
        new DynamoDbComplaints(aws.dynamoDb(), table)
                .add(StatisticsComplaint.received(LocalDate.of(2026, 7, 6))
                        .team("Huntingdon")
                        .build());
        return table;
    }

    private static QuarterlyReportRequest scheduled() {
        return new QuarterlyReportRequest(THU_2026_10_01_0730.toString(), "quarterly-report", null, null);
    }

    /**
     * SES's "Email Sent" events for what the emulator accepted, through the local bus and template.yaml's rule, handed
     * to the use case the mail-events function runs ({@link SesSentEvents}, {@link ConfirmingSends}): how many it
     * marked sent.
     */
    private int playSesEvents(String table, Instant at) {
        java.time.Clock clock = java.time.Clock.fixed(at, java.time.ZoneOffset.UTC);
        ConfirmingSends confirming = new ConfirmingSends(
                new DynamoDbComplaints(aws.dynamoDb(), table, clock),
                new DynamoDbDeliveries(aws.dynamoDb(), table, clock));
        int confirmed = 0;
        for (JsonNode event : sesEvents.playNew()) {
            String id = event.path("detail").path("mail").path("messageId").asText();
            assertThat(bus.events())
                    .filteredOn(e -> e.detail().contains(id))
                    .singleElement()
                    .satisfies(e -> assertThat(e.matchedRules()).containsExactly(MAIL_EVENTS_RULE));
            var sent = SesSentEvents.read(JsonTree.parse(event.toString())).orElseThrow();
            if (confirming.confirm(sent.marker(), sent.messageId()) == ConfirmingSends.Result.CONFIRMED) {
                confirmed++;
            }
        }
        return confirmed;
    }

    /** A resumed emulator answers what queued up while it was stopped: wait (briefly) for it to store it. */
    private void settle() {
        long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        int before = -1;
        while (System.nanoTime() < until) {
            int now = aws.mailbox().emails().size();
            if (now == before && now > 0) {
                return;
            }
            before = now;
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void faultThenRecover(String fault, StandInProcess standIn) {
        String table = seededTable();
        Instant t0 = THU_2026_10_01_0730.plusSeconds(5);
        long started = System.nanoTime();
        String ended;
        standIn.pause();
        try (QuarterlyReportHandler during = handler(table, t0)) {
            QuarterlyReportResult result = during.execute(scheduled());
            ended = "result(sent=" + result.sent() + ", failed=" + result.failed() + ")";
        } catch (RuntimeException e) {
            ended = "error(" + e.getClass().getSimpleName() + ")";
        } finally {
            standIn.resume();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        settle();
        int receivedDuring = aws.mailbox().emailsTo(MANAGER).size();

        // A minute later, within the lease: SES's events arrive, then the schedule's next runs.
        Instant t1 = t0.plusSeconds(60);
        int confirmedBySes = playSesEvents(table, t1);
        int sentAfter;
        try (QuarterlyReportHandler after = handler(table, t1)) {
            sentAfter = after.execute(scheduled()).sent();
            after.execute(scheduled());
        }
        int confirmedLater = playSesEvents(table, t1.plusSeconds(60));
        // And the next day, long after any lease: still nothing more.
        try (QuarterlyReportHandler nextDay = handler(table, t0.plus(Duration.ofDays(1)))) {
            nextDay.execute(scheduled());
        }
        int reports = aws.mailbox().emailsTo(MANAGER).size();
        String figures = "faults=1 runs-during-fault=1 run-took-ms=" + took.toMillis() + " run-ended=" + ended
                + " reports-owed=1 received-by-ses-during-fault=" + receivedDuring + " confirmed-by-ses-event="
                + confirmedBySes + " sent-after-recovery=" + sentAfter + " confirmed-later=" + confirmedLater
                + " reports-received=" + reports + " lost=" + (reports == 0 ? 1 : 0) + " duplicates="
                + Math.max(0, reports - 1);
        FIGURES.put(fault, figures);

        assertThat(took).as(figures).isLessThan(IN_TIME);
        assertThat(reports).as("sent exactly once: %s", figures).isEqualTo(1);
    }

    @Test
    void withSesStalledTheReportOf1October2026IsSentExactlyOnceOnceSesConfirmsIt() {
        faultThenRecover("SES emulator SIGSTOP", aws.standIns().sesEmulator());
    }

    @Test
    void withDynamoDbStalledTheReportOf1October2026IsSentExactlyOnceByTheNextRun() {
        faultThenRecover("dynalite SIGSTOP", aws.standIns().dynalite());
    }

    /**
     * SES stalled during the send, then killed before it took the message in: the send's outcome was unknown, so its
     * claim is kept and no confirmation ever comes. A run within the 15-minute lease sends nothing; the first run after
     * it sends the report, once.
     */
    @Test
    void aReportSesNeverReceivedIsSentOnceByTheFirstRunAfterItsLeaseRunsOutAt0745() {
        String table = seededTable();
        StandInProcess ses = aws.standIns().sesEmulator();
        Instant t0 = THU_2026_10_01_0730.plusSeconds(5);
        ses.pause();
        int failed;
        try (QuarterlyReportHandler during = handler(table, t0)) {
            failed = during.execute(scheduled()).failed();
        } catch (IllegalStateException e) {
            failed = 1; // the handler fails the invocation when a report could not be sent, so the schedule retries
        } finally {
            ses.kill();
            ses.restart();
        }
        int afterRestart = aws.mailbox().emailsTo(MANAGER).size();
        int confirmed = playSesEvents(table, t0.plusSeconds(60));
        int withinLease;
        try (QuarterlyReportHandler soon = handler(table, t0.plus(Duration.ofMinutes(10)))) {
            withinLease = soon.execute(scheduled()).sent();
        }
        int sentAfterExpiry;
        int sentAgain;
        try (QuarterlyReportHandler later = handler(table, t0.plus(Duration.ofMinutes(16)))) {
            sentAfterExpiry = later.execute(scheduled()).sent();
            sentAgain = later.execute(scheduled()).sent();
        }
        int reports = aws.mailbox().emailsTo(MANAGER).size();
        String figures = "faults=2 (SIGSTOP then SIGKILL) runs-during-fault=1 failed=" + failed
                + " received-by-ses=" + afterRestart + " confirmed-by-ses-event=" + confirmed
                + " sent-within-lease=" + withinLease + " sent-after-lease=" + sentAfterExpiry + " sent-again="
                + sentAgain + " reports-received=" + reports + " lost=" + (reports == 0 ? 1 : 0) + " duplicates="
                + Math.max(0, reports - 1);
        FIGURES.put("SES emulator SIGSTOP then SIGKILL (never received)", figures);

        assertThat(failed).as(figures).isEqualTo(1);
        assertThat(withinLease).as(figures).isZero();
        assertThat(sentAfterExpiry).as(figures).isEqualTo(1);
        assertThat(reports).as(figures).isEqualTo(1);
    }
}
