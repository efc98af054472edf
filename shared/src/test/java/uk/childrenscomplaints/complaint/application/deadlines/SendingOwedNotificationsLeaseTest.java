package uk.childrenscomplaints.complaint.application.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.InMemoryComplaints;
import uk.childrenscomplaints.complaint.application.ports.DeliveryFailed;
import uk.childrenscomplaints.complaint.application.ports.Email;
import uk.childrenscomplaints.complaint.application.ports.NotificationClaim;
import uk.childrenscomplaints.complaint.application.ports.SendLease;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;

/**
 * Issue 13: a notice claimed by a run that died before sending is not lost. It stays owed while the lease holds, the
 * first run after the lease expires sends it, and nothing goes twice.
 */
class SendingOwedNotificationsLeaseTest {
    private static final LocalDate thu_2027_03_18 = LocalDate.of(2027, 3, 18);
    private static final Instant fri_2027_03_19_0658 = Instant.parse("2027-03-19T06:58:00Z");

    private final MovableClock clock = new MovableClock(fri_2027_03_19_0658);
    private final InMemoryComplaints complaints = new InMemoryComplaints(clock);
    private final List<Email> sent = new ArrayList<>();
    private final Set<String> down = new java.util.HashSet<>();
    private final Set<String> silent = new java.util.HashSet<>();
    private final SendingOwedNotifications sending = new SendingOwedNotifications(
            complaints,
            email -> {
                if (down.containsAll(email.to())) {
                    throw new DeliveryFailed("SES did not accept the email", null);
                }
                if (silent.containsAll(email.to())) {
                    sent.add(email); // SES took it in, and its answer never came
                    throw DeliveryFailed.outcomeUnknown("SES did not answer in time");
                }
                sent.add(email);
            },
            e -> {},
            new Notifications("Council", "team@council.test", null, "https://complaints.council.test/"),
            new DeadlineNotices(new Recipients("team@council.test", Map.of()), "Council"));

    private List<Complaint> fifteenOwingTheirAcknowledgementAndTeamNotice() {
        List<Complaint> owing = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), thu_2027_03_18, LocalDate.of(2027, 4, 5));
            c.owe(List.of(Notifications.ACKNOWLEDGEMENT, Notifications.TEAM_NOTICE));
            complaints.add(c);
            owing.add(c);
        }
        return owing;
    }

    @Test
    void aClaimWrittenAndNeverSentIsHeldUntilItsLeaseExpiresThenSentExactlyOnce() {
        Complaint killed = fifteenOwingTheirAcknowledgementAndTeamNotice().get(0);
        assertThat(complaints.claimNotification(killed.id(), Notifications.ACKNOWLEDGEMENT))
                .isEqualTo(NotificationClaim.CLAIMED);

        clock.now = Instant.parse("2027-03-19T07:00:00Z");
        SendingOwedNotifications.Counts during = sending.retryAll(10, () -> true);
        assertThat(during).isEqualTo(new SendingOwedNotifications.Counts(29, 0, 0, 0, 1));
        assertThat(complaints.find(killed.id()).orElseThrow().parts().outbox())
                .containsExactly(Notifications.ACKNOWLEDGEMENT);

        clock.now = fri_2027_03_19_0658.plus(SendLease.LENGTH).plusSeconds(1);
        assertThat(sending.retryAll(10, () -> true)).isEqualTo(new SendingOwedNotifications.Counts(1, 0, 0));
        assertThat(sent).hasSize(30);
        assertThat(sent.get(29).to())
                .isEqualTo(killed.intake()
                        .complainant()
                        .emailAddress()
                        .map(List::of)
                        .orElseThrow());

        clock.now = clock.now.plus(SendLease.LENGTH).plusSeconds(1);
        assertThat(sending.retryAll(10, () -> true)).isEqualTo(new SendingOwedNotifications.Counts(0, 0, 0));
        // A stale copy still listing both notices (a schedule fired twice) sends neither again.
        assertThat(sending.sendOwed(killed)).isEqualTo(new SendingOwedNotifications.Counts(0, 2, 0));
        assertThat(sent).hasSize(30);
    }

    /**
     * Decision 025: a team notice handed to SES on Friday 19 March 2027 at 06:58 with no answer keeps its lease, so
     * the 07:00 run does not send it again; SES's confirmation marks it sent, and nothing sends it after the lease.
     */
    @Test
    void aSendWithNoAnswerKeepsItsLeaseSoNoRunSendsItAgainAndSesConfirmationSettlesIt() {
        Complaint c = fifteenOwingTheirAcknowledgementAndTeamNotice().get(0);
        silent.add("team@council.test");
        assertThat(sending.sendOwed(c)).isEqualTo(new SendingOwedNotifications.Counts(1, 0, 1));
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).marker())
                .isEqualTo(uk.childrenscomplaints.complaint.application.ports.SendMarker.notice(
                        c.id(), Notifications.TEAM_NOTICE));

        silent.clear();
        clock.now = Instant.parse("2027-03-19T07:00:00Z");
        assertThat(sending.sendOwed(complaints.find(c.id()).orElseThrow()))
                .isEqualTo(new SendingOwedNotifications.Counts(0, 0, 0, 0, 1));
        assertThat(new ConfirmingSends(complaints, null)
                        .confirm(
                                uk.childrenscomplaints.complaint.application.ports.SendMarker.notice(
                                        c.id(), Notifications.TEAM_NOTICE),
                                new uk.childrenscomplaints.complaint.application.ports.MessageId("ses-1")))
                .isEqualTo(ConfirmingSends.Result.CONFIRMED);
        clock.now = fri_2027_03_19_0658.plus(SendLease.LENGTH).plusSeconds(1);
        assertThat(sending.sendOwed(complaints.find(c.id()).orElseThrow()))
                .isEqualTo(new SendingOwedNotifications.Counts(0, 0, 0));
        assertThat(sent).hasSize(2);
    }

    @Test
    void aFailedSendGivesItsLeaseBackAndStaysOwedSoTheNextRunSendsIt() {
        Complaint c = fifteenOwingTheirAcknowledgementAndTeamNotice().get(0);
        down.add("team@council.test");
        assertThat(sending.sendOwed(c)).isEqualTo(new SendingOwedNotifications.Counts(1, 0, 1));
        assertThat(complaints.find(c.id()).orElseThrow().parts().outbox()).containsExactly(Notifications.TEAM_NOTICE);

        down.clear();
        assertThat(sending.sendOwed(complaints.find(c.id()).orElseThrow()))
                .isEqualTo(new SendingOwedNotifications.Counts(1, 0, 0));
        assertThat(complaints.find(c.id()).orElseThrow().parts().outbox()).isEmpty();
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
}
