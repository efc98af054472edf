package uk.childrenscomplaints.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.ports.NotificationClaim;
import uk.childrenscomplaints.complaint.application.ports.SendLease;
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

/** EventBridge may deliver a schedule twice and runs may overlap; SES may be down. Nothing is sent twice or lost. */
@ExtendWith(LocalAwsExtension.class)
class SweepReliabilityIT {
    private static final Change STAFF = new Change("officer@council.test", Instant.parse("2027-03-01T09:00:00Z"));
    // Received Thu 18 Mar 2027. Good Friday 26 Mar and Easter Monday 29 Mar are not working days:
    // 19, 22, 23, 24, 25, 30, 31 Mar, 1, 2, 5 Apr -> due Mon 5 Apr 2027.
    private static final LocalDate thu_2027_03_18 = LocalDate.of(2027, 3, 18);
    private static final LocalDate mon_2027_04_05 = LocalDate.of(2027, 4, 5);

    private final LocalAws aws;
    private LocalEventBus bus;
    private SweepHarness harness;
    private DynamoDbComplaints complaints;

    SweepReliabilityIT(LocalAws aws) {
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

    private Complaint easterComplaint(String who) {
        return easterComplaint(who, List.of());
    }

    private Complaint easterComplaint(String who, List<String> owed) {
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
        c.owe(owed);
        complaints.add(c);
        return c;
    }

    @Test
    void acrossEasterTheRemindersSkipGoodFridayAndEasterMonday() {
        easterComplaint("e");
        DeadlineCheckHandler handler = harness.handler();
        List<String> log = new ArrayList<>();
        for (LocalDate day = thu_2027_03_18; !day.isAfter(LocalDate.of(2027, 4, 9)); day = day.plusDays(1)) {
            handler.handleRequest(SweepHarness.at(day), null);
            for (String email : harness.newEmails()) {
                log.add(day + " " + email.split(" ")[0]);
            }
        }
        // Three working days before Mon 5 Apr: Thu 1 Apr, Wed 31 Mar (Easter Monday skipped)... the reminder goes
        // Wed 31 Mar; the warning Thu 1 Apr; the due-day chaser Mon 5 Apr; entitlement Tue 6 Apr; first overdue
        // chaser Wed 7 Apr (two working days late); the next on Fri 9 Apr.
        assertThat(log)
                .containsExactly(
                        "2027-03-31 stage1-reminder",
                        "2027-04-01 extension-warning",
                        "2027-04-05 stage1-due",
                        "2027-04-06 stage2-entitlement-team",
                        "2027-04-06 stage2-entitlement-letter",
                        "2027-04-07 stage1-overdue",
                        "2027-04-09 stage1-overdue");
    }

    @Test
    void aScheduleDeliveredTwiceOrTwoOverlappingRunsSendEachEmailOnce() throws Exception {
        for (int i = 0; i < 5; i++) {
            easterComplaint("p" + i);
        }
        LocalDate tue_2027_04_06 = LocalDate.of(2027, 4, 6);
        DeadlineCheckHandler first = harness.handler();
        DeadlineCheckHandler second = harness.handler();
        var pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<SweepResult>> runs = List.of(
                () -> {
                    go.await();
                    return first.handleRequest(SweepHarness.at(tue_2027_04_06), null);
                },
                () -> {
                    go.await();
                    return second.handleRequest(SweepHarness.at(tue_2027_04_06), null);
                });
        List<Future<SweepResult>> results = new ArrayList<>();
        runs.forEach(r -> results.add(pool.submit(r)));
        go.countDown();
        int flagged = 0;
        for (Future<SweepResult> f : results) {
            SweepResult r = f.get();
            assertThat(r.failed()).isZero();
            flagged += r.flagged();
        }
        pool.shutdown();
        // And EventBridge delivers the same schedule a third time, late.
        first.handleRequest(SweepHarness.at(tue_2027_04_06), null);

        List<String> sent = harness.allEmails().stream()
                .map(e -> e.subject() + " to " + e.to())
                .toList();
        // Per complaint on Tue 6 Apr: the due-day chaser (missed no day here, so it goes now), the team's entitlement
        // notice and the complainant's letter: 5 x 3, each exactly once.
        assertThat(sent).hasSize(15).doesNotHaveDuplicates();
        assertThat(flagged).isEqualTo(5);
        assertThat(bus.events())
                .filteredOn(e -> e.detailType().equals("Stage2EntitlementFlagged"))
                .hasSize(5);
    }

    @Test
    void aFailedSesSendIsRetriedOnTheNextRunAndSentOnce() throws IOException {
        Complaint c = easterComplaint("f");
        LocalDate wed_2027_03_31 = LocalDate.of(2027, 3, 31);
        SweepResult down = harness.handler(closedPort()).handleRequest(SweepHarness.at(wed_2027_03_31), null);
        assertThat(down.failed()).isEqualTo(1);
        assertThat(harness.newEmails()).isEmpty();
        assertThat(complaints.find(c.id()).orElseThrow().parts().notificationsSent())
                .isEmpty();

        SweepResult up = harness.handler().handleRequest(SweepHarness.at(wed_2027_03_31), null);
        assertThat(up.reminded()).isEqualTo(1);
        assertThat(harness.newEmails()).containsExactly("stage1-reminder f.resp@council.test");
        harness.handler().handleRequest(SweepHarness.at(wed_2027_03_31), null);
        assertThat(harness.newEmails()).isEmpty();
    }

    @Test
    void aNoticeClaimedByARunKilledBeforeSendingIsSentOnceByTheFirstSweepAfterItsLeaseExpires() {
        List<Complaint> owing = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            owing.add(easterComplaint("k" + i, List.of(Notifications.ACKNOWLEDGEMENT, Notifications.TEAM_NOTICE)));
        }
        Complaint killed = owing.get(0);
        // Fri 19 Mar 2027 (GMT): a run claims k0's acknowledgement at 06:58 and dies before sending it.
        Instant claimedAt = Instant.parse("2027-03-19T06:58:00Z");
        assertThat(new DynamoDbComplaints(aws.dynamoDb(), harness.table(), Clock.fixed(claimedAt, ZoneOffset.UTC))
                        .claimNotification(killed.id(), Notifications.ACKNOWLEDGEMENT))
                .isEqualTo(NotificationClaim.CLAIMED);

        // The 07:00 sweep, inside the lease: 29 of 30 go, the claimed one stays owed, and nothing is lost.
        SweepResult during = harness.handlerAt(Instant.parse("2027-03-19T07:00:00Z"))
                .handleRequest(sweepAt("2027-03-19T07:00:00Z"), null);
        assertThat(harness.newEmails()).hasSize(29).doesNotContain("acknowledgement k0@example.test");
        assertThat(during.failed()).isZero();
        assertThat(during.skipped()).isEqualTo(1);
        assertThat(during.owedNotifications()).isEqualTo(1);
        assertThat(complaints.find(killed.id()).orElseThrow().parts().outbox())
                .containsExactly(Notifications.ACKNOWLEDGEMENT);

        // A run after the lease expired (06:58 + 15 minutes) sends it, once.
        Instant after = claimedAt.plus(SendLease.LENGTH).plusSeconds(60);
        SweepResult retried = harness.handlerAt(after).handleRequest(sweepAt(after.toString()), null);
        assertThat(harness.newEmails()).containsExactly("acknowledgement k0@example.test");
        assertThat(retried.outboxSent()).isEqualTo(1);
        assertThat(retried.owedNotifications()).isZero();
        Complaint sent = complaints.find(killed.id()).orElseThrow();
        assertThat(sent.parts().outbox()).isEmpty();
        assertThat(sent.parts().notificationsSent()).contains(Notifications.ACKNOWLEDGEMENT);
        assertThat(sent.timeline())
                .filteredOn(e ->
                        e.action().equals("notice sent") && e.detail().startsWith(Notifications.ACKNOWLEDGEMENT + " "))
                .hasSize(1)
                .allSatisfy(e -> assertThat(e.detail()).doesNotContain("@"));

        // Later runs, and a schedule fired twice, send nothing more.
        Instant later = after.plus(SendLease.LENGTH).plusSeconds(60);
        harness.handlerAt(later).handleRequest(sweepAt(later.toString()), null);
        harness.handlerAt(later).handleRequest(sweepAt(later.toString()), null);
        assertThat(harness.newEmails()).isEmpty();
    }

    private static SweepRequest sweepAt(String instant) {
        return new SweepRequest(instant, "deadline-check");
    }

    @Test
    void onABankHolidayTheSweepDoesNothingButSaySo() {
        easterComplaint("h");
        SweepResult goodFriday = harness.handler().handleRequest(SweepHarness.at(LocalDate.of(2027, 3, 26)), null);
        assertThat(goodFriday.skippedNonWorkingDay()).isTrue();
        assertThat(goodFriday.examined()).isZero();
        assertThat(harness.newEmails()).isEmpty();
    }

    private static URI closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + s.getLocalPort());
        }
    }
}
