package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.complaint.application.ports.SendLease;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;

/** Send markers in the real (dynalite) table: one claimant per key, and only a claimant can give its claim back. */
@ExtendWith(LocalAwsExtension.class)
class DynamoDbDeliveriesIT {
    private static final String MON_23_NOV_HUNTINGDON = "weekly-team-summary#2026-11-23#huntingdon";
    private static final Clock MON_2026_11_23_0800 = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);

    private final LocalAws aws;
    private final String table;

    DynamoDbDeliveriesIT(LocalAws aws) {
        this.aws = aws;
        this.table = aws.createFreshTable();
    }

    private DynamoDbDeliveries deliveries() {
        return new DynamoDbDeliveries(aws.dynamoDb(), table, MON_2026_11_23_0800);
    }

    @Test
    void aKeyIsClaimedOnceAndTheMarkerSaysWhen() {
        DynamoDbDeliveries first = deliveries();

        assertThat(first.claim(MON_23_NOV_HUNTINGDON)).isTrue();
        assertThat(first.claim(MON_23_NOV_HUNTINGDON)).isFalse();
        assertThat(deliveries().claim(MON_23_NOV_HUNTINGDON)).isFalse();
        assertThat(deliveries().claim("weekly-team-summary#2026-11-30#huntingdon"))
                .isTrue();
        var item = aws.dynamoDb()
                .getItem(r -> r.tableName(table)
                        .key(DynamoDbDeliveries.key(MON_23_NOV_HUNTINGDON))
                        .consistentRead(true))
                .item();
        assertThat(item.get("pk").s()).isEqualTo("DELIVERY#" + MON_23_NOV_HUNTINGDON);
        assertThat(item.get("claimedAt").s()).isEqualTo("2026-11-23T08:00:00Z");
    }

    @Test
    void aReleasedClaimCanBeClaimedAgainButOnlyItsOwnerCanReleaseIt() {
        DynamoDbDeliveries owner = deliveries();
        DynamoDbDeliveries other = deliveries();
        assertThat(owner.claim(MON_23_NOV_HUNTINGDON)).isTrue();

        other.release(MON_23_NOV_HUNTINGDON);
        assertThat(other.claim(MON_23_NOV_HUNTINGDON)).isFalse();

        owner.release(MON_23_NOV_HUNTINGDON);
        assertThat(other.claim(MON_23_NOV_HUNTINGDON)).isTrue();
        owner.release(MON_23_NOV_HUNTINGDON);
        assertThat(owner.claim(MON_23_NOV_HUNTINGDON)).isFalse();
    }

    @Test
    void ofTwentyRacingClaimsExactlyOneWins() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            DynamoDbDeliveries racer = deliveries();
            Callable<Boolean> claim = () -> {
                go.await();
                return racer.claim(MON_23_NOV_HUNTINGDON);
            };
            results.add(pool.submit(claim));
        }
        go.countDown();
        int won = 0;
        for (Future<Boolean> f : results) {
            won += f.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(won).isEqualTo(1);
    }

    @Test
    void aClaimWhoseSenderDiedExpiresAndTheNextRunClaimsItOnce() {
        Instant claimedAt = Instant.parse("2026-11-23T08:00:00Z");
        DynamoDbDeliveries killed = new DynamoDbDeliveries(aws.dynamoDb(), table, fixedAt(claimedAt));
        assertThat(killed.claim(MON_23_NOV_HUNTINGDON)).isTrue();
        // Killed between claim and send: no markSent, no release.
        Instant expiry = claimedAt.plus(SendLease.LENGTH);
        assertThat(new DynamoDbDeliveries(aws.dynamoDb(), table, fixedAt(expiry)).claim(MON_23_NOV_HUNTINGDON))
                .isFalse();
        DynamoDbDeliveries retried = new DynamoDbDeliveries(aws.dynamoDb(), table, fixedAt(expiry.plusSeconds(1)));
        assertThat(retried.claim(MON_23_NOV_HUNTINGDON)).isTrue();
        assertThat(new DynamoDbDeliveries(aws.dynamoDb(), table, fixedAt(expiry.plusSeconds(1)))
                        .claim(MON_23_NOV_HUNTINGDON))
                .isFalse();
        // The dead claimant's late release cannot free the new claim.
        killed.release(MON_23_NOV_HUNTINGDON);
        assertThat(deliveriesAt(expiry.plusSeconds(2)).claim(MON_23_NOV_HUNTINGDON))
                .isFalse();
    }

    @Test
    void aSendMarkedSentIsNeverClaimedAgainHoweverLateAndAMarkerFromBeforeLeasesCountsAsSent() {
        DynamoDbDeliveries owner = deliveries();
        assertThat(owner.claim(MON_23_NOV_HUNTINGDON)).isTrue();
        owner.markSent(MON_23_NOV_HUNTINGDON);
        owner.release(MON_23_NOV_HUNTINGDON);
        assertThat(deliveriesAt(Instant.parse("2027-11-23T08:00:00Z")).claim(MON_23_NOV_HUNTINGDON))
                .isFalse();
        var item = aws.dynamoDb()
                .getItem(r -> r.tableName(table)
                        .key(DynamoDbDeliveries.key(MON_23_NOV_HUNTINGDON))
                        .consistentRead(true))
                .item();
        assertThat(item).containsKey("sentAt").doesNotContainKey("leaseUntil");

        String old = "quarterly-report#2026-27#q2";
        aws.dynamoDb()
                .putItem(r -> r.tableName(table)
                        .item(java.util.Map.of(
                                "pk",
                                        software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(
                                                "DELIVERY#" + old),
                                "sk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("DELIVERY"),
                                "claimedAt",
                                        software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(
                                                "2026-10-01T06:30:00Z"),
                                "claimToken",
                                        software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("old"))));
        assertThat(deliveriesAt(Instant.parse("2027-11-23T08:00:00Z")).claim(old))
                .isFalse();
    }

    private DynamoDbDeliveries deliveriesAt(Instant at) {
        return new DynamoDbDeliveries(aws.dynamoDb(), table, fixedAt(at));
    }

    private static Clock fixedAt(Instant at) {
        return Clock.fixed(at, ZoneOffset.UTC);
    }

    @Test
    void aKeyThatCouldCarryPersonalDataIsRefused() {
        assertThatThrownBy(() -> deliveries().claim("summary#Pat Example@example.org"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("Pat");
    }
}
