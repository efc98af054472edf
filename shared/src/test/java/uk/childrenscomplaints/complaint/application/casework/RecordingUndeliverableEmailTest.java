package uk.childrenscomplaints.complaint.application.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.DelegatingComplaints;
import uk.childrenscomplaints.complaint.application.InMemoryComplaints;
import uk.childrenscomplaints.complaint.application.deadlines.DeadlineNotices;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.deadlines.Recipients;
import uk.childrenscomplaints.complaint.application.deadlines.SendingOwedNotifications;
import uk.childrenscomplaints.complaint.application.ports.Addressee;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.Email;
import uk.childrenscomplaints.complaint.application.ports.EmailTemplate;
import uk.childrenscomplaints.complaint.application.ports.MailEvent;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.TimelineEntry;
import uk.childrenscomplaints.complaint.model.UndeliverableAddress;

/**
 * A hard bounce, a refusal or a spam report of an email about a complaint: on the timeline (no address), the
 * complainant's address stopped when it was theirs, the team told once however often the event comes, and nothing
 * for deliveries, transient bounces or mail about no single complaint.
 */
class RecordingUndeliverableEmailTest {
    private static final LocalDate mon_2026_05_11 = LocalDate.of(2026, 5, 11);
    private static final Instant BOUNCED_AT = Instant.parse("2026-05-11T09:41:02Z");
    private static final String COMPLAINANT = "pat@example.test";
    private static final String TEAM = "team@council.test";
    private static final String MESSAGE = "0102018f5a1a0b1c-2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a-000000";

    private final InMemoryComplaints complaints = new InMemoryComplaints();
    private final List<Email> sent = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-05-11T09:45:00Z"), ZoneOffset.UTC);
    private final Recipients recipients = new Recipients(TEAM, Map.of("Huntingdon", "h.manager@council.test"));
    private final SendingOwedNotifications sending = new SendingOwedNotifications(
            complaints,
            sent::add,
            e -> {},
            new Notifications("Council", TEAM, null, "https://complaints.council.test/"),
            new DeadlineNotices(recipients, "Council"));
    private final RecordingUndeliverableEmail recording =
            new RecordingUndeliverableEmail(complaints, recipients, sending, clock);
    private Complaint complaint;

    @BeforeEach
    void store() {
        complaint = ComplaintFixtures.statutory(ComplaintId.random(), mon_2026_05_11, mon_2026_05_11.plusDays(14));
        complaint.assignRespondents(
                ComplaintFixtures.respondent(), ComplaintFixtures.second(), ComplaintFixtures.STAFF);
        complaints.add(complaint);
    }

    private MailEvent event(MailEvent.Kind kind, String notice, Addressee tagged, String... to) {
        return new MailEvent(kind, MESSAGE, complaint.id().value(), notice, tagged, List.of(to), BOUNCED_AT);
    }

    private Complaint stored() {
        return complaints.find(complaint.id()).orElseThrow();
    }

    @Test
    void aHardBounceOfTheAcknowledgementStopsEmailToTheComplainantAndTellsTheTeamOnce() {
        RecordingUndeliverableEmail.Result first =
                recording.record(event(MailEvent.Kind.BOUNCED, "acknowledgement", Addressee.COMPLAINANT, COMPLAINANT));

        assertThat(first)
                .isEqualTo(new RecordingUndeliverableEmail.Result(RecordingUndeliverableEmail.Status.RECORDED, 1, 1));
        Complaint c = stored();
        assertThat(c.mayEmailComplainant()).isFalse();
        assertThat(c.parts().complainantEmailUndeliverable())
                .isEqualTo(new UndeliverableAddress(UndeliverableAddress.Reason.BOUNCED, BOUNCED_AT));
        TimelineEntry entry = c.timeline().get(c.timeline().size() - 1);
        assertThat(entry.action()).isEqualTo("email bounced");
        assertThat(entry.actor()).isEqualTo(RecordingUndeliverableEmail.ACTOR);
        assertThat(entry.detail())
                .contains("acknowledgement to the complainant bounced on 11 May 2026 at 10:41")
                .contains("write or phone")
                .doesNotContain(COMPLAINANT);
        assertThat(sent).singleElement().satisfies(email -> {
            assertThat(email.template()).isEqualTo(EmailTemplate.EMAIL_UNDELIVERABLE);
            assertThat(email.to()).containsExactly(TEAM);
            assertThat(email.about()).isEqualTo(complaint.id());
            assertThat(email.data())
                    .containsEntry("notice", "acknowledgement")
                    .containsEntry("recipient", "complainant")
                    .containsEntry("what", "bounced")
                    .containsEntry("advice", "write or phone instead")
                    .containsEntry(
                            "link",
                            "https://complaints.council.test/staff/pages/complaints/"
                                    + complaint.id().value());
            assertThat(email.data().values()).noneMatch(v -> v.contains(COMPLAINANT));
        });

        RecordingUndeliverableEmail.Result again =
                recording.record(event(MailEvent.Kind.BOUNCED, "acknowledgement", Addressee.COMPLAINANT, COMPLAINANT));
        assertThat(again.status()).isEqualTo(RecordingUndeliverableEmail.Status.ALREADY_RECORDED);
        assertThat(sent).hasSize(1);
        assertThat(stored().timeline()).hasSize(c.timeline().size());
    }

    @Test
    void onceTheAddressIsStoppedTheLetterAboutStage2IsSkippedAndCounted() {
        recording.record(event(MailEvent.Kind.BOUNCED, "acknowledgement", Addressee.COMPLAINANT, COMPLAINANT));
        sent.clear();
        Complaint c = stored();
        c.owe(Notifications.ON_STAGE2_ENTITLEMENT);
        complaints.save(c, c.version());

        SendingOwedNotifications.Counts counts = sending.sendOwed(stored());

        assertThat(counts.skippedUndeliverable()).isEqualTo(1);
        assertThat(sent).extracting(Email::template).containsExactly(EmailTemplate.STAGE2_ENTITLEMENT_TEAM);
        assertThat(sent).noneMatch(e -> e.to().contains(COMPLAINANT) || e.cc().contains(COMPLAINANT));
        assertThat(stored().parts().outbox()).doesNotContain(Notifications.ENTITLEMENT_LETTER);
    }

    @Test
    void aSpamReportFromTheComplainantAlsoStopsTheirEmail() {
        assertThat(recording
                        .record(event(
                                MailEvent.Kind.MARKED_AS_SPAM,
                                "stage2-entitlement-letter",
                                Addressee.COMPLAINANT,
                                COMPLAINANT.toUpperCase()))
                        .status())
                .isEqualTo(RecordingUndeliverableEmail.Status.RECORDED);
        assertThat(stored().parts().complainantEmailUndeliverable().reason())
                .isEqualTo(UndeliverableAddress.Reason.MARKED_AS_SPAM);
        assertThat(sent)
                .singleElement()
                .satisfies(e -> assertThat(e.data())
                        .containsEntry("what", "was reported as spam")
                        .containsEntry("notice", "letter about Stage 2"));
    }

    @Test
    void aBouncedChaserToTheRespondentIsRecordedAndTheTeamToldButTheComplainantStillEmailed() {
        recording.record(event(
                MailEvent.Kind.BOUNCED,
                "stage1-overdue",
                Addressee.RESPONDENT,
                "sam.manager@council.test",
                "alex.deputy@council.test"));

        Complaint c = stored();
        assertThat(c.mayEmailComplainant()).isTrue();
        assertThat(c.timeline())
                .extracting(TimelineEntry::detail)
                .anyMatch(d -> d.startsWith("The Stage 1 overdue chaser to the respondent bounced"))
                .anyMatch(d -> d.startsWith("The Stage 1 overdue chaser to the second respondent bounced"));
        assertThat(sent)
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.data().get("advice")).contains("check their"));
    }

    @Test
    void theTeamsOwnMailboxBouncingIsRecordedButNotEmailedToItself() {
        RecordingUndeliverableEmail.Result r =
                recording.record(event(MailEvent.Kind.BOUNCED, "team-new-complaint", Addressee.TEAM, TEAM));
        assertThat(r.status()).isEqualTo(RecordingUndeliverableEmail.Status.RECORDED);
        assertThat(sent).isEmpty();
        assertThat(stored().parts().outbox()).isEmpty();
    }

    @Test
    void deliveriesTransientBouncesAndMailAboutNoComplaintChangeNothing() {
        long version = stored().version();
        assertThat(recording
                        .record(event(MailEvent.Kind.DELIVERED, "acknowledgement", Addressee.COMPLAINANT, COMPLAINANT))
                        .status())
                .isEqualTo(RecordingUndeliverableEmail.Status.NO_CHANGE);
        assertThat(recording
                        .record(event(
                                MailEvent.Kind.BOUNCED_FOR_NOW, "acknowledgement", Addressee.COMPLAINANT, COMPLAINANT))
                        .status())
                .isEqualTo(RecordingUndeliverableEmail.Status.NO_CHANGE);
        assertThat(recording
                        .record(new MailEvent(
                                MailEvent.Kind.BOUNCED,
                                MESSAGE,
                                null,
                                "quarterly-report",
                                Addressee.MANAGER,
                                List.of("m@council.test"),
                                BOUNCED_AT))
                        .status())
                .isEqualTo(RecordingUndeliverableEmail.Status.NOT_ABOUT_A_COMPLAINT);
        assertThat(recording
                        .record(new MailEvent(
                                MailEvent.Kind.BOUNCED,
                                MESSAGE,
                                "not-a-uuid",
                                "acknowledgement",
                                null,
                                List.of(COMPLAINANT),
                                BOUNCED_AT))
                        .status())
                .isEqualTo(RecordingUndeliverableEmail.Status.MALFORMED);
        assertThat(recording
                        .record(new MailEvent(
                                MailEvent.Kind.BOUNCED,
                                MESSAGE,
                                complaint.id().value(),
                                "acknowledgement",
                                null,
                                List.of(),
                                BOUNCED_AT))
                        .status())
                .isEqualTo(RecordingUndeliverableEmail.Status.MALFORMED);
        assertThat(recording
                        .record(new MailEvent(
                                MailEvent.Kind.BOUNCED,
                                MESSAGE,
                                ComplaintId.random().value(),
                                "acknowledgement",
                                null,
                                List.of(COMPLAINANT),
                                BOUNCED_AT))
                        .status())
                .isEqualTo(RecordingUndeliverableEmail.Status.COMPLAINT_NOT_FOUND);
        assertThat(stored().version()).isEqualTo(version);
        assertThat(sent).isEmpty();
    }

    @Test
    void aStaffChangeSavedMeanwhileIsKeptAndTheBounceStillRecorded() {
        Complaints racing = new DelegatingComplaints(complaints) {
            private boolean raced;

            @Override
            public SaveResult save(Complaint c, long expectedVersion) {
                if (!raced) {
                    raced = true;
                    Complaint staff = complaints.find(c.id()).orElseThrow();
                    staff.markRespondentAbsent(true, ComplaintFixtures.STAFF);
                    complaints.save(staff, staff.version());
                }
                return complaints.save(c, expectedVersion);
            }
        };
        RecordingUndeliverableEmail r = new RecordingUndeliverableEmail(racing, recipients, sending, clock);

        assertThat(r.record(event(MailEvent.Kind.BOUNCED, "acknowledgement", Addressee.COMPLAINANT, COMPLAINANT))
                        .status())
                .isEqualTo(RecordingUndeliverableEmail.Status.RECORDED);
        Complaint c = stored();
        assertThat(c.parts().respondent().absent()).isTrue();
        assertThat(c.mayEmailComplainant()).isFalse();
        assertThat(c.timeline())
                .extracting(TimelineEntry::action)
                .containsSubsequence("respondent absent", "email bounced");
    }
}
