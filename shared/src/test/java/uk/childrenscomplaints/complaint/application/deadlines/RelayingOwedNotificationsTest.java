package uk.childrenscomplaints.complaint.application.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.application.Workflow.OFFICER;
import static uk.childrenscomplaints.complaint.application.Workflow.POLICY;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.complaint.application.DelegatingComplaints;
import uk.childrenscomplaints.complaint.application.InMemoryComplaints;
import uk.childrenscomplaints.complaint.application.InMemoryIdempotencyKeys;
import uk.childrenscomplaints.complaint.application.casework.CaseCommand;
import uk.childrenscomplaints.complaint.application.casework.CaseResult;
import uk.childrenscomplaints.complaint.application.casework.HandlingComplaints;
import uk.childrenscomplaints.complaint.application.intake.IdempotencyPeriods;
import uk.childrenscomplaints.complaint.application.intake.NewComplaint;
import uk.childrenscomplaints.complaint.application.intake.PublicSubmission;
import uk.childrenscomplaints.complaint.application.intake.SubmissionResult;
import uk.childrenscomplaints.complaint.application.intake.SubmittingComplaint;
import uk.childrenscomplaints.complaint.application.ports.DeliveryFailed;
import uk.childrenscomplaints.complaint.application.ports.DomainEvent;
import uk.childrenscomplaints.complaint.application.ports.Email;
import uk.childrenscomplaints.complaint.application.ports.EmailTemplate;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.PauseReason;
import uk.childrenscomplaints.complaint.model.SampleTeams;

/**
 * Decision 035: the request paths store what a change owes and send nothing; the relay, told which complaints
 * changed, sends each owed notice once however often it is told, and says which complaints it could not finish.
 */
class RelayingOwedNotificationsTest {
    /** Thursday 24 December 2026, 10:00 in London. */
    private static final Clock THU_2026_12_24 = Clock.fixed(Instant.parse("2026-12-24T10:00:00Z"), ZoneOffset.UTC);

    private static final LocalDate mon_2026_12_14 = LocalDate.of(2026, 12, 14);

    private final AtomicInteger reads = new AtomicInteger();
    private final InMemoryComplaints stored = new InMemoryComplaints(THU_2026_12_24);
    private final DelegatingComplaints complaints = new DelegatingComplaints(stored) {
        @Override
        public Optional<Complaint> find(ComplaintId id) {
            reads.incrementAndGet();
            return super.find(id);
        }
    };
    private final List<Email> mail = new CopyOnWriteArrayList<>();
    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    private boolean sesDown;
    private final SendingOwedNotifications sending = new SendingOwedNotifications(
            complaints,
            email -> {
                if (sesDown) {
                    throw new DeliveryFailed("SES did not accept the email", null);
                }
                mail.add(email);
            },
            events::add,
            new Notifications("Example Council", "complaints@council.test"),
            new DeadlineNotices(new Recipients("complaints@council.test", Map.of()), "Example Council"));
    private final RelayingOwedNotifications relay = new RelayingOwedNotifications(complaints, sending);

    private final SubmittingComplaint submitting = new SubmittingComplaint(
            complaints,
            POLICY,
            SampleTeams.SEED,
            new InMemoryIdempotencyKeys(),
            IdempotencyPeriods.DEFAULT,
            null,
            THU_2026_12_24);

    private static NewComplaint online() {
        return new NewComplaint(
                "Alex Parent",
                "alex@example.test",
                null,
                null,
                "parent_carer",
                false,
                "Sam",
                12,
                "female",
                false,
                "Huntingdon",
                List.of("communication"),
                "Nobody called back.",
                "A call every week",
                null,
                "statutory_childrens",
                true,
                null,
                null);
    }

    private Complaint submitted() {
        SubmissionResult result =
                submitting.submit(online(), new PublicSubmission(PublicSubmission.Channel.FORM, "form-token-1", null));
        assertThat(result).isInstanceOf(SubmissionResult.Accepted.class);
        return ((SubmissionResult.Accepted) result).complaint();
    }

    @Test
    void aComplaintSubmittedOnThu_2026_12_24IsStoredOwingItsThreeNoticesAndNothingIsSentInTheRequest() {
        Complaint c = submitted();

        assertThat(mail).isEmpty();
        assertThat(events).isEmpty();
        assertThat(stored.find(c.id()).orElseThrow().parts().outbox())
                .containsExactlyInAnyOrder(
                        Notifications.ACKNOWLEDGEMENT, Notifications.TEAM_NOTICE, Notifications.RECEIVED_EVENT);
    }

    @Test
    void theRelaySendsTheAcknowledgementTeamNoticeAndEventOnceEvenWhenPlayedTwice() {
        Complaint c = submitted();

        RelayingOwedNotifications.Batch first = relay.relay(List.of(c.id(), c.id()));
        RelayingOwedNotifications.Batch again = relay.relay(List.of(c.id()));

        assertThat(first.complaints())
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RelayingOwedNotifications.Status.RELAYED));
        assertThat(first.sent()).isEqualTo(3);
        assertThat(first.failed()).isEmpty();
        assertThat(again.complaints())
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RelayingOwedNotifications.Status.NOTHING_OWED));
        assertThat(mail)
                .extracting(Email::template)
                .containsExactlyInAnyOrder(EmailTemplate.ACKNOWLEDGEMENT, EmailTemplate.TEAM_NEW_COMPLAINT);
        assertThat(events).extracting(DomainEvent::type).containsExactly("ComplaintReceived");
        assertThat(stored.find(c.id()).orElseThrow().parts().outbox()).isEmpty();
    }

    @Test
    void aComplaintThatOwesNothingCostsOneReadAndSendsNothing() {
        Complaint c = submitted();
        relay.relay(List.of(c.id()));
        int before = reads.get();

        RelayingOwedNotifications.Batch batch = relay.relay(List.of(c.id(), c.id(), c.id()));

        assertThat(reads.get() - before).isEqualTo(1);
        assertThat(batch.owedNothing()).isEqualTo(1);
        assertThat(mail).hasSize(2);
    }

    @Test
    void whenSesRefusesTheComplaintIsNamedAsFailedStaysOwedAndTheOthersInTheBatchAreStillRelayed() {
        Complaint first = submitted();
        ComplaintId unknown = ComplaintId.random();
        sesDown = true;

        RelayingOwedNotifications.Batch down = relay.relay(List.of(first.id(), unknown));

        assertThat(down.failed()).containsExactly(first.id());
        assertThat(down.complaints())
                .extracting(RelayingOwedNotifications.Relayed::status)
                .containsExactly(RelayingOwedNotifications.Status.FAILED, RelayingOwedNotifications.Status.NOT_FOUND);
        assertThat(stored.find(first.id()).orElseThrow().parts().outbox())
                .containsExactlyInAnyOrder(Notifications.ACKNOWLEDGEMENT, Notifications.TEAM_NOTICE);
        assertThat(events).extracting(DomainEvent::type).containsExactly("ComplaintReceived");

        sesDown = false;
        assertThat(relay.relay(List.of(first.id())).failed()).isEmpty();
        assertThat(mail).hasSize(2);
    }

    @Test
    void aTableThatCannotBeReadIsAFailureOfThatComplaintOnly() {
        ComplaintId broken = ComplaintId.random();
        Complaint fine = submitted();
        RelayingOwedNotifications unreachable = new RelayingOwedNotifications(
                new DelegatingComplaints(stored) {
                    @Override
                    public Optional<Complaint> find(ComplaintId id) {
                        if (id.equals(broken)) {
                            throw new IllegalStateException("the table did not answer");
                        }
                        return super.find(id);
                    }
                },
                sending);

        RelayingOwedNotifications.Batch batch = unreachable.relay(List.of(broken, fine.id()));

        assertThat(batch.failed()).containsExactly(broken);
        assertThat(mail).hasSize(2);
    }

    @Test
    void pausingTheClockOnThu_2026_12_24OwesTheComplainantsLetterAndSendsItOnlyWhenRelayed() {
        Complaint c = ComplaintFixtures.statutory(
                ComplaintId.random(), mon_2026_12_14, POLICY.dueDate(TimescaleId.STAGE1_RESPONSE, mon_2026_12_14));
        stored.add(c);
        HandlingComplaints handling = new HandlingComplaints(complaints, POLICY, THU_2026_12_24);

        CaseResult result = handling.handle(
                OFFICER,
                c.id(),
                stored.find(c.id()).orElseThrow().version(),
                new CaseCommand.PauseClock(PauseReason.AWAITING_CONSENT, null, LocalDate.of(2026, 12, 24)));

        assertThat(result).isInstanceOf(CaseResult.Done.class);
        assertThat(mail).isEmpty();
        assertThat(stored.find(c.id()).orElseThrow().parts().outbox()).hasSize(1);

        relay.relay(List.of(c.id()));
        relay.relay(List.of(c.id()));
        assertThat(mail).singleElement().satisfies(m -> assertThat(m.to()).containsExactly("pat@example.test"));
        assertThat(stored.find(c.id()).orElseThrow().parts().outbox()).isEmpty();
    }
}
