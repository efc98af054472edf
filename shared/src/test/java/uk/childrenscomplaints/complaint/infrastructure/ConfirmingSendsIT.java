package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.complaint.application.deadlines.ConfirmingSends;
import uk.childrenscomplaints.complaint.application.ports.MessageId;
import uk.childrenscomplaints.complaint.application.ports.NotificationClaim;
import uk.childrenscomplaints.complaint.application.ports.SendLease;
import uk.childrenscomplaints.complaint.application.ports.SendMarker;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.TimelineEntry;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;

/**
 * Decision 025 against the real (dynalite) table: a send whose outcome is unknown keeps its lease and says it awaits
 * SES; SES's "Email Sent" event then marks it sent exactly as the sender would have, once, and neither a second event
 * nor the sender's late mark changes anything. Unconfirmed, the lease runs out and the notice is sent again.
 */
@ExtendWith(LocalAwsExtension.class)
class ConfirmingSendsIT {
    private static final LocalDate thu_2009_12_24 = LocalDate.of(2009, 12, 24);
    private static final LocalDate mon_2010_01_11 = LocalDate.of(2010, 1, 11);
    private static final Instant WED_2010_01_06_0700 = Instant.parse("2010-01-06T07:00:00Z");
    private static final MessageId SES_ID = new MessageId("0102018f-confirmed-by-ses-000000");

    private final LocalAws aws;
    private final MovableClock clock = new MovableClock(WED_2010_01_06_0700);
    private final String table;
    private final DynamoDbComplaints complaints;
    private final DynamoDbDeliveries deliveries;
    private final ConfirmingSends confirming;

    ConfirmingSendsIT(LocalAws aws) {
        this.aws = aws;
        this.table = aws.createFreshTable();
        this.complaints = new DynamoDbComplaints(aws.dynamoDb(), table, clock);
        this.deliveries = new DynamoDbDeliveries(aws.dynamoDb(), table, clock);
        this.confirming = new ConfirmingSends(complaints, deliveries);
    }

    private Complaint owingAcknowledgement() {
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), thu_2009_12_24, mon_2010_01_11);
        c.owe(List.of("acknowledgement"));
        complaints.add(c);
        return c;
    }

    @Test
    void anAcknowledgementWithNoAnswerFromSesOn6January2010IsHeldUntilSesConfirmsItAndThenNeverSentAgain() {
        Complaint c = owingAcknowledgement();
        assertThat(complaints.claimNotification(c.id(), "acknowledgement")).isEqualTo(NotificationClaim.CLAIMED);
        complaints.awaitConfirmation(c.id(), "acknowledgement");

        clock.now = WED_2010_01_06_0700.plus(SendLease.LENGTH).minusSeconds(60);
        assertThat(complaints.claimNotification(c.id(), "acknowledgement")).isEqualTo(NotificationClaim.HELD);
        TimelineEntry awaiting = last(c);
        assertThat(awaiting.action()).isEqualTo("notice awaiting SES confirmation");
        assertThat(awaiting.detail())
                .contains("acknowledgement", "2010-01-06T07:15:00Z")
                .doesNotContain("@");

        assertThat(confirming.confirm(SendMarker.notice(c.id(), "acknowledgement"), SES_ID))
                .isEqualTo(ConfirmingSends.Result.CONFIRMED);
        Complaint confirmed = complaints.find(c.id()).orElseThrow();
        assertThat(confirmed.parts().notificationsSent()).containsExactly("acknowledgement");
        assertThat(confirmed.parts().outbox()).isEmpty();
        assertThat(complaints.withOutbox(null, 10).ids()).isEmpty();
        assertThat(last(c).action()).isEqualTo("notice sent");
        assertThat(last(c).detail()).contains("acknowledgement", SES_ID.value());
        int entries = confirmed.timeline().size();

        // The event delivered again, and the sender's own mark arriving late: nothing changes.
        assertThat(confirming.confirm(SendMarker.notice(c.id(), "acknowledgement"), SES_ID))
                .isEqualTo(ConfirmingSends.Result.ALREADY_MARKED);
        complaints.markNotificationSent(c.id(), "acknowledgement", Optional.of(new MessageId("late-sender-mark")));
        assertThat(complaints.find(c.id()).orElseThrow().timeline()).hasSize(entries);

        clock.now = WED_2010_01_06_0700.plus(SendLease.LENGTH).plusSeconds(1);
        assertThat(complaints.claimNotification(c.id(), "acknowledgement")).isEqualTo(NotificationClaim.ALREADY_SENT);
    }

    @Test
    void anAcknowledgementSesNeverConfirmsIsClaimedAgainOnceItsLeaseRunsOutAt0715() {
        Complaint c = owingAcknowledgement();
        assertThat(complaints.claimNotification(c.id(), "acknowledgement")).isEqualTo(NotificationClaim.CLAIMED);
        complaints.awaitConfirmation(c.id(), "acknowledgement");

        clock.now = WED_2010_01_06_0700.plus(SendLease.LENGTH).plusSeconds(1);
        assertThat(complaints.claimNotification(c.id(), "acknowledgement")).isEqualTo(NotificationClaim.CLAIMED);
        assertThat(complaints.find(c.id()).orElseThrow().parts().outbox()).containsExactly("acknowledgement");
    }

    @Test
    void aCertainFailureGivesTheLeaseBackAtOnce() {
        Complaint c = owingAcknowledgement();
        complaints.claimNotification(c.id(), "acknowledgement");
        complaints.releaseNotification(c.id(), "acknowledgement");
        assertThat(complaints.claimNotification(c.id(), "acknowledgement")).isEqualTo(NotificationClaim.CLAIMED);
    }

    @Test
    void aQuarterlyReportAwaitingSesIsMarkedSentByItsConfirmationOnceAndTheLateSendersMarkKeepsTheFirst() {
        String key = "quarterly-report#2026-27#q2";
        clock.now = Instant.parse("2026-10-01T06:30:00Z");
        assertThat(deliveries.claim(key)).isTrue();
        deliveries.awaitConfirmation(key);
        assertThat(item(key)).containsKey(DynamoDbDeliveries.AWAITING);
        assertThat(new DynamoDbDeliveries(aws.dynamoDb(), table, clock).claim(key))
                .isFalse();

        clock.now = Instant.parse("2026-10-01T06:31:00Z");
        assertThat(confirming.confirm(SendMarker.delivery(key), SES_ID)).isEqualTo(ConfirmingSends.Result.CONFIRMED);
        assertThat(item(key).get(DynamoDbDeliveries.SENT_AT).s()).isEqualTo("2026-10-01T06:31:00Z");
        assertThat(item(key)).doesNotContainKeys(DynamoDbDeliveries.AWAITING, DynamoDbDeliveries.LEASE_UNTIL);

        clock.now = Instant.parse("2026-10-01T06:40:00Z");
        deliveries.markSent(key);
        assertThat(confirming.confirm(SendMarker.delivery(key), SES_ID))
                .isEqualTo(ConfirmingSends.Result.ALREADY_MARKED);
        assertThat(item(key).get(DynamoDbDeliveries.SENT_AT).s()).isEqualTo("2026-10-01T06:31:00Z");
        clock.now = Instant.parse("2026-10-02T07:30:00Z");
        assertThat(deliveries.claim(key)).isFalse();
    }

    @Test
    void aConfirmationOfAReportNeverClaimedHereChangesNothing() {
        assertThat(confirming.confirm(SendMarker.delivery("quarterly-report#2026-27#q3"), SES_ID))
                .isEqualTo(ConfirmingSends.Result.ALREADY_MARKED);
        assertThat(item("quarterly-report#2026-27#q3")).isEmpty();
    }

    private java.util.Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item(String key) {
        return aws.dynamoDb()
                .getItem(
                        r -> r.tableName(table).key(DynamoDbDeliveries.key(key)).consistentRead(true))
                .item();
    }

    private TimelineEntry last(Complaint c) {
        List<TimelineEntry> timeline = complaints.find(c.id()).orElseThrow().timeline();
        return timeline.get(timeline.size() - 1);
    }

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
}
