package uk.childrenscomplaints.complaint.application.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.InMemoryComplaints;
import uk.childrenscomplaints.complaint.application.ports.DeliveryFailed;
import uk.childrenscomplaints.complaint.application.ports.Email;
import uk.childrenscomplaints.complaint.application.ports.LimitCounters;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;

/** The acknowledgement's daily cap per address (issue 13, finding 6), in the outbox send path (decision 019). */
class AcknowledgementCapTest {
    private static final LocalDate thu_2026_12_24 = LocalDate.of(2026, 12, 24);
    private static final Clock THU_2026_12_24_1000 = Clock.fixed(Instant.parse("2026-12-24T10:00:00Z"), ZoneOffset.UTC);

    private final InMemoryComplaints complaints = new InMemoryComplaints(THU_2026_12_24_1000);
    private final List<Email> sent = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private boolean sesDown;

    private final LimitCounters counters = new LimitCounters() {
        @Override
        public boolean addIfBelow(String counter, int limit, Instant expiresAt) {
            if (counts.getOrDefault(counter, 0) >= limit) {
                return false;
            }
            counts.merge(counter, 1, Integer::sum);
            return true;
        }

        @Override
        public void giveBack(String counter) {
            counts.merge(counter, -1, Integer::sum);
        }
    };

    private final SendingOwedNotifications sending = new SendingOwedNotifications(
            complaints,
            email -> {
                if (sesDown) {
                    throw new DeliveryFailed("SES did not accept the email", null);
                }
                sent.add(email);
            },
            e -> {},
            new Notifications("Council", "team@council.test"),
            new DeadlineNotices(new Recipients("team@council.test", Map.of()), "Council"),
            new AcknowledgementCap(counters, new KeyedHash("k".repeat(32)::getBytes), 3, THU_2026_12_24_1000));

    private Complaint owingItsAcknowledgement() {
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), thu_2026_12_24, LocalDate.of(2027, 1, 12));
        c.owe(List.of(Notifications.ACKNOWLEDGEMENT));
        complaints.add(c);
        return complaints.find(c.id()).orElseThrow();
    }

    private long acknowledgementsToPat() {
        return sent.stream().filter(e -> e.to().contains("pat@example.test")).count();
    }

    @Test
    void theFourthAcknowledgementToOneAddressOnThu_2026_12_24IsSuppressedAndSettled() {
        for (int i = 0; i < 3; i++) {
            assertThat(sending.sendOwed(owingItsAcknowledgement()).sent()).isEqualTo(1);
        }
        Complaint fourth = owingItsAcknowledgement();

        SendingOwedNotifications.Counts counts = sending.sendOwed(fourth);

        assertThat(counts.suppressed()).isEqualTo(1);
        assertThat(counts.sent()).isZero();
        assertThat(acknowledgementsToPat()).isEqualTo(3);
        // Settled, so the sweep does not try it again every morning.
        assertThat(complaints.find(fourth.id()).orElseThrow().parts().outbox()).isEmpty();
        assertThat(sending.retryAll(10, () -> true).suppressed()).isZero();
    }

    @Test
    void anAcknowledgementThatFailedToSendDoesNotUseUpTheAddressesAllowance() {
        sesDown = true;
        Complaint failed = owingItsAcknowledgement();
        assertThat(sending.sendOwed(failed).failed()).isEqualTo(1);
        sesDown = false;

        sending.sendOwed(failed);
        sending.sendOwed(owingItsAcknowledgement());
        sending.sendOwed(owingItsAcknowledgement());

        assertThat(acknowledgementsToPat()).isEqualTo(3);
    }
}
