package uk.childrenscomplaints.complaint.application.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.application.Workflow.DIRECTOR;
import static uk.childrenscomplaints.complaint.application.Workflow.HUNTINGDON_MANAGER;
import static uk.childrenscomplaints.complaint.application.Workflow.OFFICER;
import static uk.childrenscomplaints.complaint.application.Workflow.POLICY;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.InMemoryComplaints;
import uk.childrenscomplaints.complaint.application.Workflow;
import uk.childrenscomplaints.complaint.application.casework.CaseCommand.*;
import uk.childrenscomplaints.complaint.application.ports.Email;
import uk.childrenscomplaints.complaint.application.ports.EmailTemplate;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.IssueOutcome;
import uk.childrenscomplaints.complaint.model.Outcome;
import uk.childrenscomplaints.complaint.model.TimelineEntry;

/**
 * Issue 14: a withdrawn complaint, or one closed without investigation, reopened under the same reference within 20
 * working days (REOPEN_WINDOW), by the complaints team, with a new Stage 1 clock from the reopening.
 */
class ReopeningComplaintsTest {
    private static final LocalDate mon_2026_01_05 = LocalDate.of(2026, 1, 5);
    private static final LocalDate thu_2026_01_15 = LocalDate.of(2026, 1, 15);
    private static final LocalDate thu_2026_03_19 = LocalDate.of(2026, 3, 19);
    private static final LocalDate fri_2026_03_20 = LocalDate.of(2026, 3, 20);
    // Twenty working days after Friday 20 March 2026, skipping Good Friday (3 April) and Easter Monday (6 April).
    private static final LocalDate tue_2026_04_21 = LocalDate.of(2026, 4, 21);
    private static final LocalDate wed_2026_04_22 = LocalDate.of(2026, 4, 22);
    // Ten working days after 21 April 2026, skipping the early May bank holiday (Monday 4 May).
    private static final LocalDate wed_2026_05_06 = LocalDate.of(2026, 5, 6);

    private final InMemoryComplaints complaints = new InMemoryComplaints();
    /** Withdrawals and closings happen on Friday 20 March 2026. */
    private final Workflow onThe20th = new Workflow(complaints, Workflow.FRI_2026_03_20);

    private static Workflow on(LocalDate day, InMemoryComplaints complaints) {
        return new Workflow(complaints, Clock.fixed(Instant.parse(day + "T10:00:00Z"), ZoneOffset.UTC));
    }

    private ComplaintId receivedWithARespondent() {
        Complaint c = ComplaintFixtures.statutory(
                ComplaintId.random(), mon_2026_01_05, POLICY.dueDate(TimescaleId.STAGE1_RESPONSE, mon_2026_01_05));
        complaints.add(c);
        done(onThe20th, OFFICER, c.id(), new AssignRespondents(ComplaintFixtures.respondent(), null));
        return c.id();
    }

    private ComplaintId withdrawnOnThe20th() {
        ComplaintId id = receivedWithARespondent();
        done(onThe20th, OFFICER, id, new Withdraw("The family moved away"));
        return id;
    }

    private CaseResult as(Workflow w, StaffMember who, ComplaintId id, CaseCommand command) {
        return w.handling.handle(who, id, complaints.find(id).orElseThrow().version(), command);
    }

    private Complaint done(Workflow w, StaffMember who, ComplaintId id, CaseCommand command) {
        CaseResult result = as(w, who, id, command);
        assertThat(result).as("%s", command).isInstanceOf(CaseResult.Done.class);
        return ((CaseResult.Done) result).complaint();
    }

    private String refused(Workflow w, ComplaintId id, CaseCommand command) {
        CaseResult result = as(w, OFFICER, id, command);
        assertThat(result).as("%s", command).isInstanceOf(CaseResult.Refused.class);
        return ((CaseResult.Refused) result).reason();
    }

    /** The last email of this template the workflow sent. */
    private static Email sent(Workflow w, EmailTemplate template) {
        return w.mail.stream()
                .filter(m -> m.template() == template)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no " + template + " among " + w.mail));
    }

    @Test
    void withdrawnOn20March2026ItIsReopenedOn21AprilUnderTheSameReferenceWithStage1DueOn6May() {
        ComplaintId id = withdrawnOnThe20th();
        Complaint withdrawn = complaints.find(id).orElseThrow();
        Workflow w = on(tue_2026_04_21, complaints);

        Complaint c = done(w, OFFICER, id, new Reopen(tue_2026_04_21, "The family came back to the area"));

        assertThat(c.reference()).isEqualTo(withdrawn.reference());
        assertThat(c.state()).isEqualTo(ComplaintState.STAGE1_OPEN);
        assertThat(c.outcome()).isEqualTo(Outcome.ONGOING);
        assertThat(c.parts().closingReason()).isNull();
        assertThat(c.parts().stage1().dueOn()).isEqualTo(wed_2026_05_06);
        assertThat(c.parts().stage1().reopenedOn()).isEqualTo(tue_2026_04_21);
        assertThat(c.nextDeadline()).as("back on the sweep's deadline index").contains(wed_2026_05_06);
        assertThat(c.timeline())
                .extracting(TimelineEntry::action)
                .containsSubsequence("received", "withdrawn", "reopened");
        assertThat(c.timeline().get(c.timeline().size() - 1).detail())
                .contains("Reopened on 2026-04-21 (was: Withdrawn)", "new Stage 1 response due 2026-05-06");
        // The relay sends what the stored complaint owes, in the store's order of its outbox (decision 035).
        assertThat(w.mail)
                .extracting(Email::template)
                .containsExactlyInAnyOrder(EmailTemplate.REOPENED_LETTER, EmailTemplate.TEAM_REOPENED);
        assertThat(sent(w, EmailTemplate.REOPENED_LETTER).to()).containsExactly("pat@example.test");
        assertThat(sent(w, EmailTemplate.REOPENED_LETTER).data())
                .containsEntry("reopenedOn", "Tuesday 21 April 2026")
                .containsEntry("respondBy", "Wednesday 6 May 2026");
        assertThat(sent(w, EmailTemplate.TEAM_REOPENED).data()).containsEntry("was", "Withdrawn");
        assertThat(c.parts().outbox()).as("both notices sent, none left owed").isEmpty();
    }

    @Test
    void theDayAfterTheTwentyWorkingDayWindowTheReopeningIsRefusedWithTheDayItClosed() {
        ComplaintId id = withdrawnOnThe20th();
        Workflow w = on(wed_2026_04_22, complaints);
        assertThat(refused(w, id, new Reopen(wed_2026_04_22, "Came back")))
                .isEqualTo("the window to reopen this complaint closed on 2026-04-21 (withdrawn on 2026-03-20): "
                        + "record it as a new complaint instead");
        assertThat(complaints.find(id).orElseThrow().state()).isEqualTo(ComplaintState.WITHDRAWN);
        assertThat(w.mail).isEmpty();
    }

    @Test
    void aComplaintClosedAsNotInvestigatedIsReopenedAndOneClosedAfterAResponseIsNot() {
        ComplaintId notInvestigated = receivedWithARespondent();
        done(onThe20th, OFFICER, notInvestigated, new CloseNotInvestigated("Care proceedings"));
        Complaint c = done(onThe20th, OFFICER, notInvestigated, new Reopen(fri_2026_03_20, "Proceedings ended"));
        assertThat(c.state()).isEqualTo(ComplaintState.STAGE1_OPEN);
        assertThat(sent(onThe20th, EmailTemplate.TEAM_REOPENED).data())
                .containsEntry("was", "Closed: not investigated");

        ComplaintId closed = receivedWithARespondent();
        done(onThe20th, OFFICER, closed, new RecordStage1Response(thu_2026_01_15, "Apology"));
        done(
                onThe20th,
                OFFICER,
                closed,
                new RecordIssueOutcomes(Map.of(IssueCategory.COMMUNICATION, IssueOutcome.UPHELD)));
        done(onThe20th, OFFICER, closed, new Close());
        assertThat(refused(onThe20th, closed, new Reopen(fri_2026_03_20, "Again")))
                .isEqualTo("only a withdrawn complaint, or one closed without investigation, can be reopened "
                        + "(it is now: Closed)");
        assertThat(refused(onThe20th, receivedWithARespondent(), new Reopen(fri_2026_03_20, "Again")))
                .contains("(it is now: Stage 1: awaiting response)");
    }

    @Test
    void onlyTheComplaintsTeamReopensAndItNeedsAReasonAndADateNotBeforeTheWithdrawalNorInTheFuture() {
        ComplaintId id = withdrawnOnThe20th();
        Reopen reopen = new Reopen(fri_2026_03_20, "Came back");
        assertThat(as(onThe20th, HUNTINGDON_MANAGER, id, reopen)).isInstanceOf(CaseResult.Forbidden.class);
        assertThat(as(onThe20th, DIRECTOR, id, reopen)).isInstanceOf(CaseResult.Forbidden.class);
        assertThat(as(onThe20th, OFFICER, id, new Reopen(fri_2026_03_20.plusDays(1), " ")))
                .isInstanceOfSatisfying(
                        CaseResult.Invalid.class,
                        i -> assertThat(i.errors())
                                .extracting(FieldError::field)
                                .containsExactly("reopenedOn", "reason"));
        assertThat(refused(onThe20th, id, new Reopen(thu_2026_03_19, "Came back")))
                .isEqualTo("a complaint cannot be reopened before the day it was withdrawn, 2026-03-20");
        assertThat(complaints.find(id).orElseThrow().state()).isEqualTo(ComplaintState.WITHDRAWN);
    }

    @Test
    void aReopenedComplaintsExtensionCountsTwentyWorkingDaysFromTheReopeningNotFromReceipt() {
        ComplaintId id = withdrawnOnThe20th();
        Workflow w = on(tue_2026_04_21, complaints);
        done(w, OFFICER, id, new Reopen(tue_2026_04_21, "Came back"));
        LocalDate latest = POLICY.dueDate(TimescaleId.STAGE1_EXTENSION, tue_2026_04_21);
        Complaint c = done(w, OFFICER, id, new ExtendStage1(latest, "Three services involved", tue_2026_04_21));
        assertThat(c.parts().stage1().effectiveDueOn()).isEqualTo(latest).isAfter(wed_2026_05_06);
    }

    @Test
    void aComplaintWithdrawnReopenedAndWithdrawnAgainCanBeReopenedAgainWithFreshNotices() {
        ComplaintId id = withdrawnOnThe20th();
        done(onThe20th, OFFICER, id, new Reopen(fri_2026_03_20, "Came back"));
        done(onThe20th, OFFICER, id, new Withdraw("Changed their mind again"));
        Complaint c = done(onThe20th, OFFICER, id, new Reopen(fri_2026_03_20, "And back again"));
        assertThat(c.state()).isEqualTo(ComplaintState.STAGE1_OPEN);
        assertThat(onThe20th.mail)
                .filteredOn(m -> m.template() == EmailTemplate.REOPENED_LETTER)
                .hasSize(2);
    }
}
