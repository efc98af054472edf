package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;
import uk.childrenscomplaints.clock.infrastructure.TimescalePolicyFile;
import uk.childrenscomplaints.complaint.application.casework.PostingLetters;
import uk.childrenscomplaints.complaint.application.deadlines.AcknowledgementCap;
import uk.childrenscomplaints.complaint.application.deadlines.DeadlineNotices;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.deadlines.Recipients;
import uk.childrenscomplaints.complaint.application.deadlines.SendingOwedNotifications;
import uk.childrenscomplaints.complaint.application.ports.Email;
import uk.childrenscomplaints.complaint.application.ports.EmailTemplate;
import uk.childrenscomplaints.complaint.application.ports.LetterKind;
import uk.childrenscomplaints.complaint.application.ports.LettersToPost;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.ChildDetails;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;

/**
 * A complainant with no email address gets a letter to post in place of each email the outbox owes them (decision
 * 034), in the real (dynalite) table: once however often the outbox runs, posted once (decision 040), both on the
 * timeline.
 */
@ExtendWith(LocalAwsExtension.class)
class DynamoDbLettersToPostIT {
    private static final Clock MON_2026_11_30_0900 = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate mon_2026_11_30 = LocalDate.of(2026, 11, 30);
    private static final LocalDate tue_2026_12_01 = LocalDate.of(2026, 12, 1);

    private final DynamoDbComplaints complaints;
    private final DynamoDbLettersToPost letters;
    private final List<Email> mail = new CopyOnWriteArrayList<>();
    private final SendingOwedNotifications sending;

    DynamoDbLettersToPostIT(LocalAws aws) {
        String table = aws.createFreshTable();
        complaints = new DynamoDbComplaints(aws.dynamoDb(), table, MON_2026_11_30_0900);
        letters = new DynamoDbLettersToPost(aws.dynamoDb(), table, MON_2026_11_30_0900);
        sending = new SendingOwedNotifications(
                complaints,
                mail::add,
                e -> {},
                new Notifications("Example Council", "complaints@council.test"),
                new DeadlineNotices(new Recipients("complaints@council.test", Map.of()), "Example Council"),
                AcknowledgementCap.NONE,
                letters);
    }

    private Complaint phoneOnly(ComplaintId id) {
        Intake intake = new Intake(
                mon_2026_11_30,
                Route.TELEPHONE,
                Procedure.STATUTORY_CHILDRENS,
                new Complainant(
                        "Pat Example",
                        null,
                        "01632 960000",
                        "1 High Street, Huntingdon, PE29 3TN",
                        Relationship.GRANDPARENT,
                        "person-1"),
                false,
                new ChildDetails(null, AgeBand.AGE_5_9, Gender.FEMALE),
                new TeamName("Huntingdon"),
                List.of(IssueCategory.COMMUNICATION),
                "They did not call back.",
                "A phone call every week.",
                null,
                false,
                false);
        Complaint c = Complaint.receive(
                id, new Reference(2026, 7), intake, LocalDate.of(2026, 12, 14), ComplaintFixtures.STAFF);
        c.owe(Notifications.ON_RECEIPT);
        complaints.add(c);
        return complaints.find(id).orElseThrow();
    }

    @Test
    void aPhoneOnlyComplaintReceivedMon_2026_11_30OwesOneAcknowledgementLetterAndNoEmailToTheComplainant() {
        ComplaintId id = ComplaintId.random();
        Complaint c = phoneOnly(id);

        SendingOwedNotifications.Counts first = sending.sendOwed(c);
        // The schedule fires again over the same complaint (its outbox as first read): still one task.
        SendingOwedNotifications.Counts again = sending.sendOwed(c);
        sending.sendOwed(complaints.find(id).orElseThrow());

        assertThat(first.lettersToPost()).isEqualTo(1);
        assertThat(again.lettersToPost()).isZero();
        assertThat(mail).extracting(Email::template).containsExactly(EmailTemplate.TEAM_NEW_COMPLAINT);
        assertThat(letters.waiting()).singleElement().satisfies(l -> {
            assertThat(l.complaintId()).isEqualTo(id);
            assertThat(l.reference().toString()).isEqualTo("CSC-2026-0007");
            assertThat(l.kind()).isEqualTo(LetterKind.ACKNOWLEDGEMENT);
            assertThat(l.owedOn()).isEqualTo(mon_2026_11_30);
            assertThat(l.posted()).isFalse();
        });
        Complaint now = complaints.find(id).orElseThrow();
        assertThat(now.parts().outbox()).isEmpty();
        assertThat(now.timeline())
                .filteredOn(e -> e.action().equals("letter to post"))
                .hasSize(1);
    }

    @Test
    void aRunKilledAfterMakingTheTaskButBeforeMarkingTheEmailSettledDoesNotMakeASecondTask() {
        ComplaintId id = ComplaintId.random();
        Complaint c = phoneOnly(id);
        letters.owe(id, c.reference(), Notifications.ACKNOWLEDGEMENT, LetterKind.ACKNOWLEDGEMENT);

        sending.sendOwed(c);

        assertThat(letters.of(id)).hasSize(1);
        assertThat(complaints.find(id).orElseThrow().timeline())
                .filteredOn(e -> e.action().equals("letter to post"))
                .hasSize(1);
    }

    @Test
    void aLetterMarkedPostedOnTue_2026_12_01LeavesTheListOnceAndSaysSoOnTheTimeline() {
        ComplaintId id = ComplaintId.random();
        sending.sendOwed(phoneOnly(id));

        // Through the use case (decision 040): the complaint records the day, then the task is marked.
        PostingLetters posting = new PostingLetters(
                complaints,
                letters,
                TimescalePolicyFile.bundledPolicy(BankHolidaySource.bundled().calendar()),
                Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
        var first = posting.markPosted(id, Notifications.ACKNOWLEDGEMENT, "officer@council.test");
        var second = posting.markPosted(id, Notifications.ACKNOWLEDGEMENT, "officer@council.test");
        var missing = posting.markPosted(id, "clock-paused@3", "officer@council.test");
        var taskAgain = letters.markPosted(id, Notifications.ACKNOWLEDGEMENT, tue_2026_12_01, "officer@council.test");

        assertThat(first).isEqualTo(PostingLetters.Result.POSTED);
        assertThat(second).isEqualTo(PostingLetters.Result.ALREADY_POSTED);
        assertThat(missing).isEqualTo(PostingLetters.Result.NOT_FOUND);
        assertThat(taskAgain).isEqualTo(LettersToPost.PostResult.ALREADY_POSTED);
        assertThat(letters.waiting()).isEmpty();
        assertThat(letters.find(id, Notifications.ACKNOWLEDGEMENT).orElseThrow().postedOn())
                .isEqualTo(tue_2026_12_01);
        assertThat(complaints.find(id).orElseThrow().timeline())
                .filteredOn(e -> e.action().equals("letter posted"))
                .singleElement()
                .satisfies(e -> assertThat(e.detail())
                        .isEqualTo("The acknowledgement letter was posted on Tuesday 1 December 2026 by "
                                + "officer@council.test"));
    }
}
