package uk.childrenscomplaints.complaint.application.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.InMemoryComplaints;
import uk.childrenscomplaints.complaint.application.InMemoryIdempotencyKeys;
import uk.childrenscomplaints.complaint.application.ports.IdempotencyKeys;
import uk.childrenscomplaints.complaint.application.ports.IntakeGate;
import uk.childrenscomplaints.complaint.application.ports.LimitCounters;
import uk.childrenscomplaints.complaint.model.ComplaintId;

/** The gate as separate writes leaves nothing behind when it does not pass: what the transaction does by itself. */
class IntakeGateInStepsTest {
    private static final Instant THU_2026_12_24_1015 = Instant.parse("2026-12-24T10:15:00Z");
    private static final IntakeGate.Limit SOURCE = new IntakeGate.Limit(
            "source#abc#2026-12-24T10:00:00Z",
            5,
            Instant.parse("2026-12-24T12:00:00Z"),
            Instant.parse("2026-12-24T11:00:00Z"));
    private static final IntakeGate.Limit EMAIL = new IntakeGate.Limit(
            "email#def#2026-12-24", 3, Instant.parse("2026-12-26T00:00:00Z"), Instant.parse("2026-12-25T00:00:00Z"));

    /** Counters in memory; a counter named in {@code failing} throws, as a timed-out call would. */
    private static final class Counters implements LimitCounters {
        final Map<String, Integer> counts = new HashMap<>();
        String failing;

        @Override
        public boolean addIfBelow(String counter, int limit, Instant expiresAt) {
            if (counter.equals(failing)) {
                throw new IllegalStateException("the call timed out");
            }
            if (counts.getOrDefault(counter, 0) >= limit) {
                return false;
            }
            counts.merge(counter, 1, Integer::sum);
            return true;
        }

        @Override
        public void giveBack(String counter) {
            counts.computeIfPresent(counter, (c, n) -> n == 1 ? null : n - 1);
        }
    }

    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
    private final Counters counters = new Counters();
    private final IntakeGateInSteps gate = new IntakeGateInSteps(
            keys, counters, new InMemoryComplaints(Clock.fixed(THU_2026_12_24_1015, ZoneOffset.UTC)));

    private static IdempotencyKeys.Key key(String text) {
        return new IdempotencyKeys.Key(text, ComplaintId.random(), "f", THU_2026_12_24_1015.plusSeconds(86_400));
    }

    @Test
    void aFullEmailLimitOnThu_2026_12_24IsRefusedUntilMidnightWithTheKeyReleasedAndTheSourceCountGivenBack() {
        counters.counts.put(EMAIL.counter(), 3);

        IntakeGate.Result result = gate.pass(key("api:k1"), List.of(SOURCE, EMAIL), THU_2026_12_24_1015);

        assertThat(result).isEqualTo(new IntakeGate.Result.Refused(Instant.parse("2026-12-25T00:00:00Z")));
        assertThat(keys.size()).isZero();
        assertThat(counters.counts).isEqualTo(Map.of(EMAIL.counter(), 3));
    }

    @Test
    void aKeyTakenIsAnsweredBeforeAnyLimitIsCounted() {
        IdempotencyKeys.Key first = key("api:k1");
        gate.pass(first, List.of(SOURCE, EMAIL), THU_2026_12_24_1015);

        IntakeGate.Result again = gate.pass(key("api:k1"), List.of(SOURCE, EMAIL), THU_2026_12_24_1015);

        assertThat(again).isEqualTo(new IntakeGate.Result.KeyTaken(first.complaintId(), "f"));
        assertThat(counters.counts).containsEntry(SOURCE.counter(), 1).containsEntry(EMAIL.counter(), 1);
    }

    @Test
    void aCounterThatFailsPartWayGivesBackWhatThePassHadWrittenAndIsThrown() {
        counters.failing = EMAIL.counter();

        assertThatThrownBy(() -> gate.pass(key("api:k1"), List.of(SOURCE, EMAIL), THU_2026_12_24_1015))
                .hasMessage("the call timed out");

        assertThat(keys.size()).isZero();
        assertThat(counters.counts).isEmpty();
    }
}
