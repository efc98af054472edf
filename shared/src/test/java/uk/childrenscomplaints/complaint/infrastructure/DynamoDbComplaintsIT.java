package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.model.ComplaintFixtures.STAFF;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.MessageId;
import uk.childrenscomplaints.complaint.application.ports.NotificationClaim;
import uk.childrenscomplaints.complaint.application.ports.SendLease;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.IssueOutcome;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;

@ExtendWith(LocalAwsExtension.class)
class DynamoDbComplaintsIT {
    private static final LocalDate thu_2009_12_24 = LocalDate.of(2009, 12, 24);
    private static final LocalDate mon_2010_01_11 = LocalDate.of(2010, 1, 11);

    private final LocalAws aws;
    private final DynamoDbComplaints complaints;

    DynamoDbComplaintsIT(LocalAws aws) {
        this.aws = aws;
        this.complaints = new DynamoDbComplaints(aws.dynamoDb(), aws.createFreshTable());
    }

    @Test
    void aStoredComplaintReadsBackWithEveryPartAndItsTimeline() {
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), thu_2009_12_24, mon_2010_01_11);
        c.assignRespondents(ComplaintFixtures.respondent(), ComplaintFixtures.second(), STAFF);
        c.owe(List.of("acknowledgement"));
        assertThat(complaints.add(c)).isEqualTo(Complaints.AddResult.ADDED);

        Complaint back = complaints.find(c.id()).orElseThrow();
        assertThat(back.version()).isEqualTo(1);
        assertThat(back.intake()).isEqualTo(c.intake());
        assertThat(back.parts()).isEqualTo(c.parts());
        assertThat(back.timeline()).isEqualTo(c.timeline());
        assertThat(back.reference()).isEqualTo(c.reference());
        assertThat(back.state()).isEqualTo(ComplaintState.STAGE1_OPEN);
    }

    @Test
    void addingTheSameComplaintTwiceKeepsTheFirst() {
        ComplaintId id = ComplaintId.random();
        Complaint first = ComplaintFixtures.statutory(id, thu_2009_12_24, mon_2010_01_11);
        Complaint again = ComplaintFixtures.statutory(id, thu_2009_12_24, LocalDate.of(2010, 1, 12));
        assertThat(complaints.add(first)).isEqualTo(Complaints.AddResult.ADDED);
        assertThat(complaints.add(again)).isEqualTo(Complaints.AddResult.ALREADY_EXISTS);
        assertThat(complaints.find(id).orElseThrow().parts().stage1().dueOn()).isEqualTo(mon_2010_01_11);
    }

    @Test
    void aStaleVersionIsRejectedAndNeitherChangeIsLost() {
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), thu_2009_12_24, mon_2010_01_11);
        complaints.add(c);
        Complaint officer = complaints.find(c.id()).orElseThrow();
        Complaint manager = complaints.find(c.id()).orElseThrow();

        officer.assignRespondents(ComplaintFixtures.respondent(), ComplaintFixtures.second(), STAFF);
        assertThat(complaints.save(officer, officer.version())).isEqualTo(Complaints.SaveResult.SAVED);
        manager.recordStage1Response(LocalDate.of(2010, 1, 7), "Reply", LocalDate.of(2010, 2, 8), STAFF);
        assertThat(complaints.save(manager, manager.version())).isEqualTo(Complaints.SaveResult.STALE);

        Complaint stored = complaints.find(c.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.parts().respondent()).isEqualTo(ComplaintFixtures.respondent());
        assertThat(stored.parts().stage1().isResponded()).isFalse();
        assertThat(stored.timeline()).extracting(e -> e.action()).containsExactly("received", "respondents assigned");

        // The manager reloads and tries again: now both changes stand, with the whole timeline.
        Complaint retry = complaints.find(c.id()).orElseThrow();
        retry.recordStage1Response(LocalDate.of(2010, 1, 7), "Reply", LocalDate.of(2010, 2, 8), STAFF);
        retry.recordIssueOutcomes(Map.of(IssueCategory.COMMUNICATION, IssueOutcome.UPHELD), STAFF);
        assertThat(complaints.save(retry, retry.version())).isEqualTo(Complaints.SaveResult.SAVED);
        Complaint last = complaints.find(c.id()).orElseThrow();
        assertThat(last.version()).isEqualTo(3);
        assertThat(last.timeline())
                .extracting(e -> e.action())
                .containsExactly("received", "respondents assigned", "stage 1 response recorded", "outcome recorded");
        assertThat(last.parts().respondent()).isEqualTo(ComplaintFixtures.respondent());
    }

    @Test
    void theDeadlineQueryReturnsOnlyDueComplaintsWhileThousandsOfOthersWait() {
        String table = aws.createFreshTable();
        DynamoDbComplaints store = new DynamoDbComplaints(aws.dynamoDb(), table);
        Set<ComplaintId> due = new HashSet<>();
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            boolean isDue = i % 150 == 0;
            LocalDate received = isDue ? LocalDate.of(2009, 12, 1) : LocalDate.of(2010, 2, 1);
            Complaint c = ComplaintFixtures.statutory(
                    ComplaintId.random(), received, isDue ? LocalDate.of(2009, 12, 15) : LocalDate.of(2010, 2, 15));
            c.assignRespondents(ComplaintFixtures.respondent(), null, STAFF);
            if (isDue) {
                due.add(c.id());
            }
            writes.add(WriteRequest.builder()
                    .putRequest(
                            PutRequest.builder().item(ComplaintItem.newItem(c)).build())
                    .build());
        }
        for (int from = 0; from < writes.size(); from += 25) {
            List<WriteRequest> batch = writes.subList(from, Math.min(from + 25, writes.size()));
            aws.dynamoDb().batchWriteItem(r -> r.requestItems(Map.of(table, batch)));
        }

        List<ComplaintId> found = new ArrayList<>();
        int read = 0;
        String token = null;
        do {
            Complaints.Page page = store.findDueBy(LocalDate.of(2009, 12, 16), token, 7);
            page.items().forEach(c -> found.add(c.id()));
            read += page.itemsRead();
            token = page.nextPageToken();
        } while (token != null);

        assertThat(found).containsExactlyInAnyOrderElementsOf(due);
        assertThat(read).isEqualTo(due.size());
    }

    @Test
    void answeringStage1MovesTheDeadlineToTheEndOfTheStage2Window() {
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), thu_2009_12_24, mon_2010_01_11);
        c.assignRespondents(ComplaintFixtures.respondent(), null, STAFF);
        complaints.add(c);
        assertThat(ids(complaints.findDueBy(mon_2010_01_11, null, 100))).contains(c.id());

        Complaint loaded = complaints.find(c.id()).orElseThrow();
        loaded.recordStage1Response(LocalDate.of(2010, 1, 8), "Reply", LocalDate.of(2010, 2, 8), STAFF);
        complaints.save(loaded, loaded.version());
        assertThat(ids(complaints.findDueBy(mon_2010_01_11, null, 100))).doesNotContain(c.id());
        assertThat(ids(complaints.findDueBy(LocalDate.of(2010, 2, 8), null, 100)))
                .contains(c.id());
    }

    @Test
    void referencesAreNumberedOncePerFinancialYearEvenUnderConcurrency() throws Exception {
        Set<Integer> numbers = ConcurrentHashMap.newKeySet();
        var pool = Executors.newFixedThreadPool(8);
        try {
            var futures = IntStream.range(0, 40)
                    .mapToObj(i -> pool.submit(
                            () -> numbers.add(complaints.nextReference(2026).number())))
                    .toList();
            for (var f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(numbers).hasSize(40).contains(1, 40);
        assertThat(complaints.nextReference(2027).number()).isEqualTo(1);
    }

    @Test
    void aNotificationIsClaimedOnceAndCanBeGivenBackAfterAFailedSend() {
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), thu_2009_12_24, mon_2010_01_11);
        complaints.add(c);
        assertThat(complaints.claimNotification(c.id(), "reminder#2010-01-06")).isEqualTo(NotificationClaim.CLAIMED);
        assertThat(complaints.claimNotification(c.id(), "reminder#2010-01-06")).isEqualTo(NotificationClaim.HELD);
        complaints.releaseNotification(c.id(), "reminder#2010-01-06");
        assertThat(complaints.claimNotification(c.id(), "reminder#2010-01-06")).isEqualTo(NotificationClaim.CLAIMED);
        assertThat(complaints.claimNotification(ComplaintId.random(), "reminder#2010-01-06"))
                .isEqualTo(NotificationClaim.ALREADY_SENT);
    }

    @Test
    void aClaimWhoseSenderDiedIsHeldUntilItsLeaseExpiresThenClaimedAgain() {
        MovableClock clock = new MovableClock(Instant.parse("2010-01-06T07:00:00Z"));
        DynamoDbComplaints store = new DynamoDbComplaints(aws.dynamoDb(), aws.createFreshTable(), clock);
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), thu_2009_12_24, mon_2010_01_11);
        store.add(c);
        assertThat(store.claimNotification(c.id(), "reminder#2010-01-06")).isEqualTo(NotificationClaim.CLAIMED);
        // The claimant is killed here: no send, no release.
        clock.now = clock.now.plus(SendLease.LENGTH);
        assertThat(store.claimNotification(c.id(), "reminder#2010-01-06")).isEqualTo(NotificationClaim.HELD);
        clock.now = clock.now.plusSeconds(1);
        assertThat(store.claimNotification(c.id(), "reminder#2010-01-06")).isEqualTo(NotificationClaim.CLAIMED);
        assertThat(store.find(c.id()).orElseThrow().parts().notificationsSent()).isEmpty();
    }

    @Test
    void aSentNotificationIsNeverClaimedAgainAndItsMessageIdIsOnTheTimeline() {
        MovableClock clock = new MovableClock(Instant.parse("2010-01-06T07:00:00Z"));
        DynamoDbComplaints store = new DynamoDbComplaints(aws.dynamoDb(), aws.createFreshTable(), clock);
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), thu_2009_12_24, mon_2010_01_11);
        store.add(c);
        assertThat(store.claimNotification(c.id(), "reminder#2010-01-06")).isEqualTo(NotificationClaim.CLAIMED);
        store.markNotificationSent(c.id(), "reminder#2010-01-06", Optional.of(new MessageId("0100-ses-message-1")));
        clock.now = clock.now.plus(SendLease.LENGTH).plus(Duration.ofDays(1));
        assertThat(store.claimNotification(c.id(), "reminder#2010-01-06")).isEqualTo(NotificationClaim.ALREADY_SENT);
        Complaint stored = store.find(c.id()).orElseThrow();
        assertThat(stored.parts().notificationsSent()).containsExactly("reminder#2010-01-06");
        assertThat(stored.timeline().get(stored.timeline().size() - 1))
                .satisfies(e -> assertThat(e.action()).isEqualTo("notice sent"))
                .satisfies(e -> assertThat(e.detail()).contains("reminder#2010-01-06", "0100-ses-message-1"))
                .satisfies(e -> assertThat(e.detail()).doesNotContain("@"));
    }

    @Test
    void aClaimWrittenBeforeLeasesOnAnOwedNoticeIsReadAsExpiredAndSentOnce() {
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), thu_2009_12_24, mon_2010_01_11);
        c.owe(List.of("acknowledgement"));
        String table = aws.createFreshTable();
        DynamoDbComplaints store = new DynamoDbComplaints(aws.dynamoDb(), table);
        store.add(c);
        // The old format: the key added to notificationsSent at claim, no lease, still in the outbox.
        aws.dynamoDb()
                .updateItem(r -> r.tableName(table)
                        .key(ComplaintItem.key(c.id()))
                        .updateExpression("ADD notificationsSent :k")
                        .expressionAttributeValues(Map.of(":k", AttributeValue.fromSs(List.of("acknowledgement")))));
        assertThat(store.claimNotification(c.id(), "acknowledgement")).isEqualTo(NotificationClaim.CLAIMED);
        assertThat(store.claimNotification(c.id(), "acknowledgement")).isEqualTo(NotificationClaim.HELD);
        store.markNotificationSent(c.id(), "acknowledgement", Optional.empty());
        assertThat(store.claimNotification(c.id(), "acknowledgement")).isEqualTo(NotificationClaim.ALREADY_SENT);
        assertThat(store.find(c.id()).orElseThrow().parts().outbox()).isEmpty();
        assertThat(store.withOutbox(null, 10).ids()).isEmpty();
    }

    @Test
    void leasesAndSentMarksSurviveAStaffSaveMadeFromAnOlderRead() {
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), thu_2009_12_24, mon_2010_01_11);
        complaints.add(c);
        Complaint staffCopy = complaints.find(c.id()).orElseThrow();
        complaints.claimNotification(c.id(), "chaser#2010-01-11");
        complaints.claimNotification(c.id(), "reminder#2010-01-06");
        complaints.markNotificationSent(c.id(), "reminder#2010-01-06", Optional.empty());
        staffCopy.assignRespondents(ComplaintFixtures.respondent(), null, STAFF);
        assertThat(complaints.save(staffCopy, staffCopy.version())).isEqualTo(Complaints.SaveResult.SAVED);
        assertThat(complaints.find(c.id()).orElseThrow().parts().notificationsSent())
                .containsExactly("reminder#2010-01-06");
        assertThat(complaints.claimNotification(c.id(), "chaser#2010-01-11")).isEqualTo(NotificationClaim.HELD);
    }

    @Test
    void aComplaintOwingNotificationsIsInTheOutboxIndexUntilAllAreSent() {
        String table = aws.createFreshTable();
        DynamoDbComplaints store = new DynamoDbComplaints(aws.dynamoDb(), table);
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), thu_2009_12_24, mon_2010_01_11);
        c.owe(List.of("acknowledgement", "team-notice"));
        store.add(c);
        assertThat(store.withOutbox(null, 10).ids()).containsExactly(c.id());
        store.removeFromOutbox(c.id(), "acknowledgement");
        assertThat(store.withOutbox(null, 10).ids()).containsExactly(c.id());
        store.removeFromOutbox(c.id(), "team-notice");
        assertThat(store.withOutbox(null, 10).ids()).isEmpty();
        assertThat(store.find(c.id()).orElseThrow().parts().outbox()).isEmpty();
    }

    @Test
    void theOutboxKnowsHowManyComplaintsOweASendAndSinceWhenTheLongestHasOwedIt() {
        String table = aws.createFreshTable();
        MovableClock clock = new MovableClock(Instant.parse("2027-01-11T09:00:00.750Z"));
        DynamoDbComplaints store = new DynamoDbComplaints(aws.dynamoDb(), table, clock);
        assertThat(store.owedNotifications()).isEqualTo(new Complaints.OwedNotifications(0, Optional.empty()));

        Complaint first = ComplaintFixtures.statutory(ComplaintId.random(), thu_2009_12_24, mon_2010_01_11);
        first.owe(List.of("acknowledgement", "team-notice"));
        store.add(first);
        clock.now = Instant.parse("2027-01-11T10:00:00Z");
        Complaint second = ComplaintFixtures.statutory(ComplaintId.random(), thu_2009_12_24, mon_2010_01_11);
        second.owe(List.of("acknowledgement"));
        store.add(second);
        assertThat(store.owedNotifications())
                .isEqualTo(new Complaints.OwedNotifications(2, Optional.of(Instant.parse("2027-01-11T09:00:00Z"))));

        // Owing one more thing later does not make the first complaint's wait start again.
        clock.now = Instant.parse("2027-01-11T11:30:00Z");
        Complaint again = store.find(first.id()).orElseThrow();
        again.owe(List.of("stage2-letter"));
        assertThat(store.save(again, again.version())).isEqualTo(Complaints.SaveResult.SAVED);
        assertThat(store.owedNotifications().oldestSince()).contains(Instant.parse("2027-01-11T09:00:00Z"));

        for (String key : List.of("acknowledgement", "team-notice", "stage2-letter")) {
            store.removeFromOutbox(first.id(), key);
        }
        assertThat(store.owedNotifications())
                .isEqualTo(new Complaints.OwedNotifications(1, Optional.of(Instant.parse("2027-01-11T10:00:00Z"))));
        store.removeFromOutbox(second.id(), "acknowledgement");
        assertThat(store.owedNotifications()).isEqualTo(new Complaints.OwedNotifications(0, Optional.empty()));
    }

    @Test
    void anOutboxEntryWrittenBeforeOwedSinceExistedCountsFromTheStartOfTheDayReceived() {
        String table = aws.createFreshTable();
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), thu_2009_12_24, mon_2010_01_11);
        c.owe(List.of("acknowledgement"));
        aws.dynamoDb().putItem(r -> r.tableName(table).item(ComplaintItem.newItem(c)));
        assertThat(new DynamoDbComplaints(aws.dynamoDb(), table).owedNotifications())
                .isEqualTo(new Complaints.OwedNotifications(
                        1,
                        Optional.of(thu_2009_12_24
                                .atStartOfDay(ZoneId.of("Europe/London"))
                                .toInstant())));
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aQuarterReadsOnlyComplaintsReceivedInIt() {
        String table = aws.createFreshTable();
        DynamoDbComplaints store = new DynamoDbComplaints(aws.dynamoDb(), table);
        Complaint march =
                ComplaintFixtures.statutory(ComplaintId.random(), LocalDate.of(2010, 3, 31), LocalDate.of(2010, 4, 15));
        Complaint april =
                ComplaintFixtures.statutory(ComplaintId.random(), LocalDate.of(2010, 4, 1), LocalDate.of(2010, 4, 16));
        store.add(march);
        store.add(april);
        FinancialQuarter q4 = new FinancialQuarter(2009, 4);
        assertThat(store.receivedIn(q4, q4.firstDay(), q4.lastDay()))
                .extracting(Complaint::id)
                .containsExactly(march.id());
        FinancialQuarter q1 = q4.next();
        assertThat(store.receivedIn(q1, q1.firstDay(), q1.lastDay()))
                .extracting(Complaint::id)
                .containsExactly(april.id());
    }

    private static List<ComplaintId> ids(Complaints.Page page) {
        return page.items().stream().map(Complaint::id).toList();
    }
}
