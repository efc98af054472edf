package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.complaint.application.ports.IdempotencyKeys;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;

/** The abuse-limit counters and idempotency keys against dynalite: conditional writes, so races cannot overrun them. */
@ExtendWith(LocalAwsExtension.class)
class DynamoDbLimitCountersIT {
    private static final Instant THU_2026_12_24_1000 = Instant.parse("2026-12-24T10:00:00Z");

    private final LocalAws aws;
    private final String table;
    private final DynamoDbLimitCounters counters;

    DynamoDbLimitCountersIT(LocalAws aws) {
        this.aws = aws;
        this.table = aws.createFreshTable();
        this.counters = new DynamoDbLimitCounters(aws.dynamoDb(), table);
    }

    @Test
    void twentyRequestsAtOnceAgainstALimitOfFiveTakeExactlyFivePlaces() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                results.add(pool.submit(
                        () -> counters.addIfBelow("source#abc#2026-12-24T10:00:00Z", 5, THU_2026_12_24_1000)));
            }
            int taken = 0;
            for (Future<Boolean> r : results) {
                taken += r.get() ? 1 : 0;
            }
            assertThat(taken).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        var item = aws.dynamoDb().scan(r -> r.tableName(table)).items().get(0);
        assertThat(item.get("count").n()).isEqualTo("5");
        assertThat(item.get("expiresAt").n()).isEqualTo(Long.toString(THU_2026_12_24_1000.getEpochSecond()));
    }

    @Test
    void aCountGivenBackFreesItsPlaceAndACounterBackToNothingLeavesNoItem() {
        assertThat(counters.addIfBelow("email#x#2026-12-24", 1, THU_2026_12_24_1000))
                .isTrue();
        assertThat(counters.addIfBelow("email#x#2026-12-24", 1, THU_2026_12_24_1000))
                .isFalse();

        counters.giveBack("email#x#2026-12-24");

        assertThat(aws.dynamoDb().scan(r -> r.tableName(table)).count()).isZero();
        assertThat(counters.addIfBelow("email#x#2026-12-24", 1, THU_2026_12_24_1000))
                .isTrue();
    }

    @Test
    void aKeyReleasedBySomeoneWhoDoesNotHoldItStaysWithItsHolder() {
        DynamoDbIdempotencyKeys keys = new DynamoDbIdempotencyKeys(aws.dynamoDb(), table);
        ComplaintId holder = ComplaintId.random();
        keys.claim(
                new IdempotencyKeys.Key("api:k", holder, "f1", THU_2026_12_24_1000.plusSeconds(60)),
                THU_2026_12_24_1000);

        keys.release("api:k", ComplaintId.random());

        assertThat(keys.claim(
                        new IdempotencyKeys.Key(
                                "api:k", ComplaintId.random(), "f2", THU_2026_12_24_1000.plusSeconds(60)),
                        THU_2026_12_24_1000))
                .isEqualTo(new IdempotencyKeys.Claim.Taken(holder, "f1"));
    }
}
