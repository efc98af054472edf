package uk.childrenscomplaints.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.ports.LetterKind;
import uk.childrenscomplaints.complaint.application.ports.LettersToPost;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbLettersToPost;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.ChildDetails;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Respondent;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.LocalEventBus;

/**
 * The sweep, through the real handler, with a complainant who gave only a phone number (decision 034): what the
 * outbox owes them becomes a letter to post, once, however often the schedule fires, and no email goes to them.
 */
@ExtendWith(LocalAwsExtension.class)
class LettersToPostSweepIT {
    private static final Change STAFF = new Change("officer@council.test", Instant.parse("2027-03-18T09:00:00Z"));
    // Received Thu 18 Mar 2027; Good Friday and Easter Monday are not working days, so Stage 1 is due Mon 5 Apr.
    private static final LocalDate thu_2027_03_18 = LocalDate.of(2027, 3, 18);
    private static final LocalDate mon_2027_04_05 = LocalDate.of(2027, 4, 5);
    private static final LocalDate tue_2027_04_06 = LocalDate.of(2027, 4, 6);

    private final LocalAws aws;
    private LocalEventBus bus;
    private SweepHarness harness;
    private DynamoDbComplaints complaints;
    private LettersToPost letters;

    LettersToPostSweepIT(LocalAws aws) {
        this.aws = aws;
    }

    @BeforeEach
    void start() {
        bus = LocalEventBus.start();
        harness = new SweepHarness(aws, bus);
        complaints = harness.complaints();
        letters = new DynamoDbLettersToPost(
                aws.dynamoDb(), harness.table(), Clock.fixed(Instant.parse("2027-04-06T07:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        harness.close();
        bus.close();
    }

    /** Logged by phone; the submission's sends failed, so the outbox still owes all of them. */
    private ComplaintId phoneOnlyStillOwingItsReceipt() {
        Intake intake = new Intake(
                thu_2027_03_18,
                Route.TELEPHONE,
                Procedure.STATUTORY_CHILDRENS,
                new Complainant("Robin Caller", null, "01223 000000", null, Relationship.PARENT_CARER, "robin"),
                false,
                ChildDetails.UNKNOWN,
                new TeamName("SCC"),
                List.of(IssueCategory.STANDARDS),
                "Text",
                null,
                null,
                false,
                false);
        Complaint c =
                Complaint.receive(ComplaintId.random(), complaints.nextReference(2026), intake, mon_2027_04_05, STAFF);
        c.assignRespondents(new Respondent("Resp", "resp@council.test", false), null, STAFF);
        c.owe(Notifications.ON_RECEIPT);
        complaints.add(c);
        return c.id();
    }

    @Test
    void
            aPhoneOnlyComplaintsOwedAcknowledgementAndTue_2027_04_06EntitlementBecomeOneLetterEachEvenWhenTheScheduleFiresTwice() {
        ComplaintId id = phoneOnlyStillOwingItsReceipt();
        DeadlineCheckHandler first = harness.handler();
        DeadlineCheckHandler second = harness.handler();

        first.handleRequest(SweepHarness.at(thu_2027_03_18), null);
        second.handleRequest(SweepHarness.at(thu_2027_03_18), null);
        List<String> onReceipt = harness.newEmails();
        first.handleRequest(SweepHarness.at(tue_2027_04_06), null);
        second.handleRequest(SweepHarness.at(tue_2027_04_06), null);
        List<String> onEntitlement = harness.newEmails();

        assertThat(onReceipt).containsExactly("team-new-complaint " + SweepHarness.TEAM);
        assertThat(onEntitlement)
                .filteredOn(e -> e.startsWith("stage2-entitlement"))
                .containsExactly("stage2-entitlement-team " + SweepHarness.TEAM + " cc scc.manager@council.test");
        assertThat(aws.mailbox().emails()).allSatisfy(e -> assertThat(e.to()).noneMatch(to -> to.contains("robin")));
        assertThat(letters.of(id))
                .extracting(LettersToPost.LetterToPost::key, LettersToPost.LetterToPost::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Notifications.ACKNOWLEDGEMENT, LetterKind.ACKNOWLEDGEMENT),
                        org.assertj.core.groups.Tuple.tuple(
                                Notifications.ENTITLEMENT_LETTER, LetterKind.STAGE2_ENTITLEMENT));
        assertThat(letters.waiting()).hasSize(2);
        Complaint now = complaints.find(id).orElseThrow();
        assertThat(now.parts().outbox()).isEmpty();
        assertThat(now.timeline())
                .filteredOn(e -> e.action().equals("letter to post"))
                .hasSize(2);
    }
}
