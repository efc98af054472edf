package uk.childrenscomplaints.complaint.application.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.application.Workflow.OFFICER;
import static uk.childrenscomplaints.complaint.application.Workflow.POLICY;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.complaint.application.RelayedComplaints;
import uk.childrenscomplaints.complaint.application.deadlines.AcknowledgementCap;
import uk.childrenscomplaints.complaint.application.deadlines.DeadlineNotices;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.deadlines.Recipients;
import uk.childrenscomplaints.complaint.application.deadlines.RelayingOwedNotifications;
import uk.childrenscomplaints.complaint.application.deadlines.SendingOwedNotifications;
import uk.childrenscomplaints.complaint.application.ports.LetterKind;
import uk.childrenscomplaints.complaint.application.ports.LettersToPost;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbLettersToPost;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.IssueOutcome;
import uk.childrenscomplaints.complaint.model.LetterPosting;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.TimelineEntry;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;

/**
 * Letters owed for every notice to a complainant who cannot be emailed, and the statutory windows that run "from the
 * date of the letter" counted from the day it was posted (decision 040), through the real use cases against the real
 * table (dynalite). Every window here is 20 working days (timescales.json); November 2026 has no bank holiday,
 * Christmas 2026 has two (25 and 28 December) and New Year's Day 2027 one.
 */
@ExtendWith(LocalAwsExtension.class)
class PostingLettersIT {
    private static final LocalDate mon_2026_10_19 = LocalDate.of(2026, 10, 19);
    private static final LocalDate mon_2026_11_02 = LocalDate.of(2026, 11, 2);
    private static final LocalDate thu_2026_11_05 = LocalDate.of(2026, 11, 5);
    private static final LocalDate mon_2026_11_30 = LocalDate.of(2026, 11, 30);
    private static final LocalDate wed_2026_12_02 = LocalDate.of(2026, 12, 2);
    private static final LocalDate thu_2026_12_03 = LocalDate.of(2026, 12, 3);
    private static final LocalDate mon_2026_12_07 = LocalDate.of(2026, 12, 7);
    private static final LocalDate thu_2026_12_10 = LocalDate.of(2026, 12, 10);
    private static final LocalDate mon_2027_01_11 = LocalDate.of(2027, 1, 11);

    private final LocalAws aws;
    private final String table;

    PostingLettersIT(LocalAws aws) {
        this.aws = aws;
        this.table = aws.createFreshTable();
    }

    /** The use cases as if it were 10:00 on {@code day}. */
    private final class Day {
        final DynamoDbComplaints complaints;
        final DynamoDbLettersToPost letters;
        final HandlingComplaints handling;
        final PostingLetters posting;

        Day(LocalDate day) {
            Clock clock = Clock.fixed(Instant.parse(day + "T10:00:00Z"), ZoneOffset.UTC);
            complaints = new DynamoDbComplaints(aws.dynamoDb(), table, clock);
            letters = new DynamoDbLettersToPost(aws.dynamoDb(), table, clock);
            SendingOwedNotifications sending = new SendingOwedNotifications(
                    complaints,
                    e -> {},
                    e -> {},
                    new Notifications("Example Council", "complaints@council.test"),
                    new DeadlineNotices(new Recipients("complaints@council.test", Map.of()), "Example Council"),
                    AcknowledgementCap.NONE,
                    letters);
            // As the table's stream does in AWS, each change is relayed straight after it is stored (decision 035).
            handling = new HandlingComplaints(
                    new RelayedComplaints(complaints, new RelayingOwedNotifications(complaints, sending)),
                    POLICY,
                    clock);
            posting = new PostingLetters(complaints, letters, POLICY, clock);
        }

        Complaint done(ComplaintId id, CaseCommand command) {
            CaseResult r = handling.handle(
                    OFFICER, id, complaints.find(id).orElseThrow().version(), command);
            assertThat(r).as("%s", command).isInstanceOf(CaseResult.Done.class);
            return ((CaseResult.Done) r).complaint();
        }

        CaseResult attempt(ComplaintId id, CaseCommand command) {
            return handling.handle(
                    OFFICER, id, complaints.find(id).orElseThrow().version(), command);
        }

        /** The key of the one letter of this kind owed on the complaint. */
        String owed(ComplaintId id, LetterKind kind) {
            return letters.of(id).stream()
                    .filter(l -> l.kind() == kind)
                    .reduce((a, b) -> b)
                    .orElseThrow()
                    .key();
        }
    }

    private ComplaintId received(boolean withEmail) {
        Intake base = ComplaintFixtures.intake(
                mon_2026_10_19, uk.childrenscomplaints.complaint.model.Procedure.STATUTORY_CHILDRENS);
        Complainant who = new Complainant(
                "Pat Example",
                withEmail ? "pat@example.test" : null,
                withEmail ? null : "01632 960000",
                withEmail ? null : "1 High Street, Huntingdon, PE29 3TN",
                Relationship.GRANDPARENT,
                "person-1");
        Intake intake = new Intake(
                base.receivedOn(),
                base.route(),
                base.procedure(),
                who,
                false,
                base.child(),
                base.team(),
                base.issues(),
                base.description(),
                base.desiredOutcome(),
                null,
                false,
                false);
        Complaint c = Complaint.receive(
                ComplaintId.random(),
                new uk.childrenscomplaints.complaint.model.Reference(2026, 41),
                intake,
                POLICY.dueDate(TimescaleId.STAGE1_RESPONSE, mon_2026_10_19),
                new Change("officer@council.test", Instant.parse("2026-10-19T10:00:00Z")));
        new Day(mon_2026_10_19).complaints.add(c);
        return c.id();
    }

    @Test
    void stage1OutcomeRecordedMon_2026_11_02AndItsLetterPostedThu_2026_11_05LetsStage2BeAskedUntilThu_2026_12_03() {
        ComplaintId id = received(false);
        Complaint responded =
                new Day(mon_2026_11_02).done(id, new CaseCommand.RecordStage1Response(mon_2026_11_02, "Apology given"));
        assertThat(responded.parts().stage1().stage2RequestBy()).isEqualTo(mon_2026_11_30);

        Day thursday = new Day(thu_2026_11_05);
        String key = thursday.owed(id, LetterKind.STAGE1_OUTCOME);
        assertThat(key).startsWith(LetterPosting.STAGE1_OUTCOME);
        assertThat(thursday.posting.markPosted(id, key, "officer")).isEqualTo(PostingLetters.Result.POSTED);

        Complaint posted = thursday.complaints.find(id).orElseThrow();
        assertThat(posted.parts().stage1().stage2RequestBy())
                .as("20 working days after the letter was posted, not after the response")
                .isEqualTo(thu_2026_12_03);
        assertThat(posted.postedLetters().on(key)).contains(thu_2026_11_05);
        assertThat(posted.nextDeadline())
                .as("the sweep's index follows the window")
                .contains(thu_2026_12_03);
        assertThat(posted.timeline())
                .filteredOn(e -> e.action().equals("letter posted"))
                .extracting(TimelineEntry::detail)
                .containsExactly(
                        "The Stage 1 outcome covering letter was posted on Thursday 5 November 2026 by officer");

        Complaint stage2 = new Day(wed_2026_12_02)
                .done(id, new CaseCommand.RequestStage2(wed_2026_12_02, "Still not called back", false));
        assertThat(stage2.state()).isEqualTo(ComplaintState.STAGE2_INVESTIGATING);
    }

    @Test
    void anEmailedComplainantsStage1OutcomeOwesNoLetterAndTheirWindowStillEndsMon_2026_11_30() {
        ComplaintId id = received(true);
        Day monday = new Day(mon_2026_11_02);
        Complaint responded = monday.done(id, new CaseCommand.RecordStage1Response(mon_2026_11_02, "Apology given"));

        assertThat(monday.letters.of(id)).isEmpty();
        assertThat(responded.parts().notificationsSent()).noneMatch(k -> k.contains("letter@"));
        CaseResult late = new Day(wed_2026_12_02)
                .attempt(id, new CaseCommand.RequestStage2(wed_2026_12_02, "Still not called back", false));
        assertThat(late).isInstanceOf(CaseResult.Refused.class);
        assertThat(((CaseResult.Refused) late).reason()).contains("2026-11-30");
    }

    @Test
    void aFailureBetweenTheComplaintsRecordAndTheTaskIsMendedByMarkingItAgainWithOneTimelineEntry() {
        ComplaintId id = received(false);
        new Day(mon_2026_11_02).done(id, new CaseCommand.RecordStage1Response(mon_2026_11_02, "Apology given"));
        Day thursday = new Day(thu_2026_11_05);
        String key = thursday.owed(id, LetterKind.STAGE1_OUTCOME);
        // The complaint's write went through; the task's did not (the function died between them).
        Complaint c = thursday.complaints.find(id).orElseThrow();
        LetterPosting.record(
                c,
                key,
                thu_2026_11_05,
                "The Stage 1 outcome covering letter was posted on Thursday 5 November 2026 by officer",
                new Change("officer", Instant.parse("2026-11-05T10:00:00Z")));
        assertThat(thursday.complaints.save(c, c.version()))
                .isEqualTo(uk.childrenscomplaints.complaint.application.ports.Complaints.SaveResult.SAVED);
        assertThat(thursday.letters.waiting())
                .extracting(LettersToPost.LetterToPost::key)
                .contains(key);

        Day friday = new Day(thu_2026_11_05.plusDays(1));
        assertThat(friday.posting.markPosted(id, key, "officer")).isEqualTo(PostingLetters.Result.POSTED);
        assertThat(friday.posting.markPosted(id, key, "officer")).isEqualTo(PostingLetters.Result.ALREADY_POSTED);

        assertThat(friday.letters.find(id, key).orElseThrow().postedOn())
                .as("the day the complaint recorded, not the day it was mended")
                .isEqualTo(thu_2026_11_05);
        assertThat(friday.complaints.find(id).orElseThrow().timeline())
                .filteredOn(e -> e.action().equals("letter posted"))
                .hasSize(1);
    }

    @Test
    void stage2OutcomeMon_2026_12_07WithItsLetterPostedThu_2026_12_10LetsStage3BeAskedOnMon_2027_01_11() {
        ComplaintId id = received(false);
        new Day(mon_2026_11_02).done(id, new CaseCommand.RecordStage1Response(mon_2026_11_02, "Apology given"));
        new Day(thu_2026_11_05).done(id, new CaseCommand.RequestStage2(thu_2026_11_05, "Not enough", false));
        Day responded = new Day(mon_2026_12_07);
        responded.done(id, new CaseCommand.RecordStage2Response(mon_2026_12_07));
        String key = responded.letters.of(id).stream()
                .map(LettersToPost.LetterToPost::key)
                .filter(k -> k.startsWith(LetterPosting.STAGE2_OUTCOME))
                .findFirst()
                .orElseThrow();

        // Counted from the response the window closed on Thursday 7 January 2027; from the posting, Tuesday 12 January.
        assertThat(new Day(thu_2026_12_10).posting.markPosted(id, key, "officer"))
                .isEqualTo(PostingLetters.Result.POSTED);
        Complaint stage3 = new Day(mon_2027_01_11)
                .done(id, new CaseCommand.RequestStage3(mon_2027_01_11, "The investigation missed the point"));

        assertThat(stage3.state()).isEqualTo(ComplaintState.STAGE3_REQUESTED);
    }

    @Test
    void withdrawnMon_2026_11_02WithItsClosingLetterPostedThu_2026_11_05ItMayBeReopenedOnWed_2026_12_02() {
        ComplaintId unposted = received(false);
        ComplaintId posted = received(false);
        Day monday = new Day(mon_2026_11_02);
        monday.done(unposted, new CaseCommand.Withdraw("The family moved away"));
        monday.done(posted, new CaseCommand.Withdraw("The family moved away"));
        Day thursday = new Day(thu_2026_11_05);
        assertThat(thursday.posting.markPosted(posted, thursday.owed(posted, LetterKind.CLOSING), "officer"))
                .isEqualTo(PostingLetters.Result.POSTED);

        Day wednesday = new Day(wed_2026_12_02);
        CaseResult refused = wednesday.attempt(unposted, new CaseCommand.Reopen(wed_2026_12_02, "They came back"));
        Complaint reopened = wednesday.done(posted, new CaseCommand.Reopen(wed_2026_12_02, "They came back"));

        assertThat(refused).isInstanceOf(CaseResult.Refused.class);
        assertThat(((CaseResult.Refused) refused).reason()).contains("closed on 2026-11-30");
        assertThat(reopened.state()).isEqualTo(ComplaintState.STAGE1_OPEN);
    }

    @Test
    void aPhoneComplaintOwesEachLetterOnceFromExtensionToClosing() {
        ComplaintId id = received(false);
        Day extended = new Day(mon_2026_10_19.plusDays(1));
        extended.done(
                id,
                new CaseCommand.ExtendStage1(
                        POLICY.dueDate(TimescaleId.STAGE1_EXTENSION, mon_2026_10_19),
                        "Complex",
                        mon_2026_10_19.plusDays(1)));
        new Day(mon_2026_11_02).done(id, new CaseCommand.RecordStage1Response(mon_2026_11_02, "Apology given"));
        new Day(thu_2026_11_05).done(id, new CaseCommand.RequestStage2(thu_2026_11_05, "Not enough", false));
        Day closing = new Day(mon_2026_12_07);
        closing.done(id, new CaseCommand.RecordStage2Response(mon_2026_12_07));
        closing.done(id, new CaseCommand.RecordIssueOutcomes(Map.of(IssueCategory.COMMUNICATION, IssueOutcome.UPHELD)));
        closing.done(id, new CaseCommand.Close());

        assertThat(closing.letters.of(id))
                .extracting(LettersToPost.LetterToPost::kind)
                .containsExactlyInAnyOrder(
                        LetterKind.EXTENSION,
                        LetterKind.STAGE1_OUTCOME,
                        LetterKind.STAGE2,
                        LetterKind.STAGE2,
                        LetterKind.CLOSING);
        assertThat(closing.complaints.find(id).orElseThrow().parts().outbox()).isEmpty();
    }
}
