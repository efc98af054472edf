package uk.childrenscomplaints.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.model.ComplaintFixtures.STAFF;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplaintTest {
    private static final LocalDate THU_2009_12_24 = LocalDate.of(2009, 12, 24);
    private static final LocalDate mon_2010_01_11 = LocalDate.of(2010, 1, 11);

    private Complaint received() {
        return ComplaintFixtures.statutory(ComplaintId.random(), THU_2009_12_24, mon_2010_01_11);
    }

    @Test
    void aStatutoryComplaintOpensStage1AndRecordsItsReceiptOnTheTimeline() {
        Complaint c = received();
        assertThat(c.state()).isEqualTo(ComplaintState.STAGE1_OPEN);
        assertThat(c.parts().stage1().dueOn()).isEqualTo(mon_2010_01_11);
        assertThat(c.newTimelineEntries())
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("due 2010-01-11"));
        assertThat(c.outcome()).isEqualTo(Outcome.ONGOING);
    }

    @Test
    void aSchoolsComplaintIsRecordedForRoutingOffTheStatutoryClock() {
        Complaint c = Complaint.receive(
                ComplaintId.random(),
                new Reference(2009, 2),
                ComplaintFixtures.intake(THU_2009_12_24, Procedure.SCHOOLS),
                null,
                STAFF);
        assertThat(c.state()).isEqualTo(ComplaintState.RECORDED_FOR_ROUTING);
        assertThat(c.parts().stage1()).isNull();
        assertThat(c.nextDeadline()).isEmpty();
    }

    @Test
    void aComplaintWithNoRespondentNeedsAttentionFromTheDayItArrives() {
        Complaint c = received();
        assertThat(c.nextDeadline()).contains(THU_2009_12_24);
        c.assignRespondents(ComplaintFixtures.respondent(), ComplaintFixtures.second(), STAFF);
        assertThat(c.nextDeadline()).contains(mon_2010_01_11);
        assertThat(c.newTimelineEntries()).hasSize(2);
    }

    @Test
    void anExtensionToldToTheComplainantBeforeTheDueDateMovesTheDeadline() {
        Complaint c = received();
        c.assignRespondents(ComplaintFixtures.respondent(), null, STAFF);
        LocalDate mon_2010_01_25 = LocalDate.of(2010, 1, 25);
        Decision d = c.extendStage1(
                mon_2010_01_25, "Three agencies involved", LocalDate.of(2010, 1, 8), mon_2010_01_25, STAFF);
        assertThat(d.isAllowed()).isTrue();
        assertThat(c.nextDeadline()).contains(mon_2010_01_25);
    }

    @Test
    void anExtensionToldAfterTheOriginalDueDateIsRefusedAndChangesNothing() {
        Complaint c = received();
        Decision d = c.extendStage1(
                LocalDate.of(2010, 1, 25), "Complex", LocalDate.of(2010, 1, 12), LocalDate.of(2010, 1, 25), STAFF);
        assertThat(d).isInstanceOf(Decision.Refused.class);
        assertThat(((Decision.Refused) d).reason()).contains("before the original due date");
        assertThat(c.parts().stage1().isExtended()).isFalse();
        assertThat(c.newTimelineEntries()).hasSize(1);
    }

    @Test
    void anExtensionBeyondTenMoreWorkingDaysIsRefused() {
        Complaint c = received();
        Decision d = c.extendStage1(
                LocalDate.of(2010, 2, 1), "Complex", LocalDate.of(2010, 1, 4), LocalDate.of(2010, 1, 25), STAFF);
        assertThat(((Decision.Refused) d).reason()).contains("2010-01-25");
    }

    @Test
    void anOutcomeBeforeTheResponseIsRefused() {
        Complaint c = received();
        Decision d = c.recordIssueOutcomes(Map.of(IssueCategory.COMMUNICATION, IssueOutcome.UPHELD), STAFF);
        assertThat(d.isAllowed()).isFalse();
        assertThat(c.parts().issueOutcomes()).isEmpty();
    }

    @Test
    void theOverallOutcomeIsUpheldWhenAnyIssueIsUpheld() {
        Complaint c = received();
        c.recordStage1Response(LocalDate.of(2010, 1, 7), "Apology and weekly calls", LocalDate.of(2010, 2, 8), STAFF);
        c.recordIssueOutcomes(
                Map.of(
                        IssueCategory.COMMUNICATION,
                        IssueOutcome.NOT_UPHELD,
                        IssueCategory.STANDARDS,
                        IssueOutcome.PARTIALLY_UPHELD),
                STAFF);
        assertThat(c.outcome()).isEqualTo(Outcome.PARTIALLY_UPHELD);
        c.recordIssueOutcomes(Map.of(IssueCategory.COMMUNICATION, IssueOutcome.UPHELD), STAFF);
        assertThat(c.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(c.state()).isEqualTo(ComplaintState.STAGE1_RESPONDED);
    }

    @Test
    void anOutcomeForAnIssueTheComplaintDidNotRaiseIsRefused() {
        Complaint c = received();
        c.recordStage1Response(LocalDate.of(2010, 1, 7), "Reply", LocalDate.of(2010, 2, 8), STAFF);
        Decision d = c.recordIssueOutcomes(Map.of(IssueCategory.STAFF_CONDUCT, IssueOutcome.UPHELD), STAFF);
        assertThat(d.isAllowed()).isFalse();
    }

    @Test
    void stage2EntitlementIsFlaggedOnce() {
        Complaint c = received();
        assertThat(c.flagStage2Entitlement(LocalDate.of(2010, 1, 12), STAFF).isAllowed())
                .isTrue();
        assertThat(c.flagStage2Entitlement(LocalDate.of(2010, 1, 13), STAFF).isAllowed())
                .isFalse();
        assertThat(c.parts().stage2EntitledOn()).isEqualTo(LocalDate.of(2010, 1, 12));
    }

    @Test
    void absenceCanOnlyBeRecordedForANamedRespondent() {
        Complaint c = received();
        assertThat(c.markRespondentAbsent(true, STAFF).isAllowed()).isFalse();
        c.assignRespondents(ComplaintFixtures.respondent(), ComplaintFixtures.second(), STAFF);
        assertThat(c.markRespondentAbsent(true, STAFF).isAllowed()).isTrue();
        assertThat(c.parts().respondent().absent()).isTrue();
    }

    @Test
    void financialQuartersStartInApril() {
        assertThat(FinancialQuarter.of(LocalDate.of(2009, 4, 1))).isEqualTo(new FinancialQuarter(2009, 1));
        assertThat(FinancialQuarter.of(LocalDate.of(2009, 6, 30))).isEqualTo(new FinancialQuarter(2009, 1));
        assertThat(FinancialQuarter.of(LocalDate.of(2010, 3, 31))).isEqualTo(new FinancialQuarter(2009, 4));
        assertThat(new FinancialQuarter(2009, 4).lastDay()).isEqualTo(LocalDate.of(2010, 3, 31));
        assertThat(new FinancialQuarter(2009, 1).toString()).isEqualTo("2009-10 Q1");
    }

    @Test
    void referencesReadAndPrintTheSameWay() {
        assertThat(Reference.parse("csc-2026-0042")).isEqualTo(new Reference(2026, 42));
        assertThat(new Reference(2026, 42).toString()).isEqualTo("CSC-2026-0042");
    }
}
