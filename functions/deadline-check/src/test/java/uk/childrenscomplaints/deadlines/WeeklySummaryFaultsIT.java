package uk.childrenscomplaints.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.complaint.application.deadlines.ConfirmingSends;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbDeliveries;
import uk.childrenscomplaints.complaint.infrastructure.SesSentEvents;
import uk.childrenscomplaints.json.JsonTree;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.SesEventsPlayer;
import uk.childrenscomplaints.local.standins.StandInProcess;

/**
 * The fault suite for Monday's weekly team summary (docs/reliability.md, "Outages and faults"): the SES emulator
 * stopped ({@code kill -STOP}) or killed while Monday 30 November 2026's summaries are sent to the two team managers.
 * The run during the fault ends well inside the function's 120 s; after recovery (and SES's played "Email Sent"
 * events, decision 025) each manager has exactly one summary for the week, and two more runs send nothing. Figures are
 * printed as {@code FAULT-FIGURES} lines.
 */
@ExtendWith(LocalAwsExtension.class)
class WeeklySummaryFaultsIT {
    private static final List<String> MANAGERS = List.of(SweepHarness.HUNTINGDON_MANAGER, "scc.manager@council.test");
    private static final LocalDate mon_2026_11_23 = LocalDate.of(2026, 11, 23);
    private static final LocalDate mon_2026_11_30 = LocalDate.of(2026, 11, 30);
    private static final Duration IN_TIME = Duration.ofSeconds(60);
    private static final Map<String, String> FIGURES = new LinkedHashMap<>();

    private final LocalAws aws;
    private LocalEventBus bus;
    private SweepHarness harness;
    private SesEventsPlayer sesEvents;

    WeeklySummaryFaultsIT(LocalAws aws) {
        this.aws = aws;
    }

    @BeforeEach
    void start() {
        bus = LocalEventBus.start();
        harness = new SweepHarness(aws, bus);
        sesEvents = aws.sesEvents(bus);
    }

    @AfterEach
    void stop() {
        harness.close();
        bus.close();
    }

    @AfterAll
    static void report() {
        FIGURES.forEach((name, f) -> System.out.println("FAULT-FIGURES weekly summary " + name + ": " + f));
    }

    private static SweepRequest monday(LocalDate day) {
        return new SweepRequest(
                day.atTime(8, 0).atZone(ZoneId.of("Europe/London")).toInstant().toString(), "weekly-team-summary");
    }

    /** One run; a run that left a summary unsent fails the invocation (so the schedule retries): counted as failed. */
    private static int[] run(WeeklyTeamSummaryHandler handler, LocalDate day) {
        try {
            WeeklySummaryResult r = handler.handleRequest(monday(day), null);
            return new int[] {r.sent(), r.failed()};
        } catch (WeeklySummariesIncomplete e) {
            return new int[] {e.result().sent(), e.result().failed()};
        }
    }

    private int playAndConfirm() {
        ConfirmingSends confirming = new ConfirmingSends(
                harness.complaints(), new DynamoDbDeliveries(aws.dynamoDb(), harness.table(), Clock.systemUTC()));
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
        return confirmed;
    }

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

    private String countAndCheck(String fault, Duration took, int[] during, int confirmed, int sentAfter, int before) {
        int lost = 0;
        int duplicates = 0;
        for (String manager : MANAGERS) {
            long n = aws.mailbox().emailsTo(manager).size() - before;
            lost += n == 0 ? 1 : 0;
            duplicates += (int) Math.max(0, n - 1);
        }
        String figures = "faults=1 runs-during-fault=1 run-took-ms=" + took.toMillis() + " run-ended=(sent="
                + during[0] + ", failed=" + during[1] + ") summaries-owed=" + MANAGERS.size()
                + " confirmed-by-ses-event=" + confirmed + " sent-after-recovery=" + sentAfter + " lost=" + lost
                + " duplicates=" + duplicates;
        FIGURES.put(fault, figures);
        assertThat(took).as(figures).isLessThan(IN_TIME);
        assertThat(during[1]).as(figures).isEqualTo(MANAGERS.size());
        assertThat(lost).as(figures).isZero();
        assertThat(duplicates).as(figures).isZero();
        return figures;
    }

    /**
     * A warm function (last week's summaries sent, its SES template made) hands both summaries to a stalled SES, which
     * takes them in without answering: each claim is kept, and SES's events mark both sent.
     */
    @Test
    void withSesStalledOn30November2026EachManagerGetsExactlyOneSummaryOnceSesConfirmsIt() {
        WeeklyTeamSummaryHandler handler = harness.weeklySummary(aws.sesEndpoint());
        assertThat(run(handler, mon_2026_11_23)[0]).isEqualTo(MANAGERS.size());
        sesEvents.playNew();
        StandInProcess ses = aws.standIns().sesEmulator();
        long started = System.nanoTime();
        ses.pause();
        int[] during;
        try {
            during = run(handler, mon_2026_11_30);
        } finally {
            ses.resume();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        settle(2 * MANAGERS.size());
        int confirmed = playAndConfirm();
        int sentAfter = run(handler, mon_2026_11_30)[0];
        run(handler, mon_2026_11_30);
        handler.close();

        String figures = countAndCheck("SES emulator SIGSTOP", took, during, confirmed, sentAfter, 1);
        assertThat(confirmed).as(figures).isEqualTo(MANAGERS.size());
        assertThat(sentAfter).as(figures).isZero();
    }

    /** SES refusing connections: each send certainly failed, its claim given back, and the next run sends it. */
    @Test
    void withSesKilledOn30November2026EachManagerGetsExactlyOneSummaryFromTheRunAfterItsRestart() {
        StandInProcess ses = aws.standIns().sesEmulator();
        long started = System.nanoTime();
        ses.kill();
        int[] during;
        try (WeeklyTeamSummaryHandler handler = harness.weeklySummary(aws.sesEndpoint())) {
            during = run(handler, mon_2026_11_30);
        } finally {
            ses.restart();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        int sentAfter;
        try (WeeklyTeamSummaryHandler handler = harness.weeklySummary(aws.sesEndpoint())) {
            sentAfter = run(handler, mon_2026_11_30)[0];
            run(handler, mon_2026_11_30);
            run(handler, mon_2026_11_30);
        }
        int confirmed = playAndConfirm();

        String figures = countAndCheck("SES emulator SIGKILL", took, during, confirmed, sentAfter, 0);
        assertThat(sentAfter).as(figures).isEqualTo(MANAGERS.size());
        assertThat(confirmed).as(figures).isZero();
    }
}
