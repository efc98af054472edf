package uk.childrenscomplaints.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.model.ComplaintFixtures.STAFF;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;

class DeadlineChecksTest {
    private static final WorkingDayCalendar CALENDAR =
            BankHolidaySource.bundled().calendar();
    private static final DeadlineChecks CHECKS = new DeadlineChecks(
            uk.childrenscomplaints.clock.infrastructure.TimescalePolicyFile.bundledPolicy(CALENDAR),
            DeadlineChecks.Settings.DEFAULT);

    // Received Thu 17 Dec 2009; working days skip 25, 28 Dec (Boxing Day substitute) and 1 Jan:
    // 18, 21, 22, 23, 24, 29, 30, 31 Dec, 4, 5 Jan -> due Tue 5 Jan 2010.
    private static final LocalDate thu_2009_12_17 = LocalDate.of(2009, 12, 17);
    private static final LocalDate tue_2010_01_05 = LocalDate.of(2010, 1, 5);

    private Complaint assigned() {
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), thu_2009_12_17, tue_2010_01_05);
        c.assignRespondents(ComplaintFixtures.respondent(), ComplaintFixtures.second(), STAFF);
        return c;
    }

    private static List<NoticeKind> kinds(Complaint c, LocalDate day) {
        return CHECKS.due(c, day).stream().map(DueNotice::kind).toList();
    }

    @Test
    void theReminderGoesThreeWorkingDaysBeforeTheDueDateSkippingNewYearsDay() {
        // Three working days before Tue 5 Jan: 4 Jan, 31 Dec, 30 Dec.
        assertThat(kinds(assigned(), LocalDate.of(2009, 12, 29))).isEmpty();
        assertThat(kinds(assigned(), LocalDate.of(2009, 12, 30))).containsExactly(NoticeKind.STAGE1_REMINDER);
    }

    @Test
    void withNoResponseAndNoExtensionTheRespondentIsWarnedTwoWorkingDaysBefore() {
        assertThat(kinds(assigned(), LocalDate.of(2009, 12, 31)))
                .containsExactly(NoticeKind.STAGE1_REMINDER, NoticeKind.EXTENSION_WARNING);
    }

    @Test
    void onTheDueDateTheRespondentIsChasedAndTheDayAfterTheComplainantIsEntitledToStage2() {
        assertThat(kinds(assigned(), tue_2010_01_05)).containsExactly(NoticeKind.STAGE1_DUE);
        assertThat(kinds(assigned(), LocalDate.of(2010, 1, 6)))
                .containsExactly(NoticeKind.STAGE1_DUE, NoticeKind.STAGE2_ENTITLEMENT);
    }

    @Test
    void overdueChasersRepeatEveryTwoWorkingDaysUnderNewKeys() {
        List<DueNotice> thu = CHECKS.due(assigned(), LocalDate.of(2010, 1, 7));
        List<DueNotice> fri = CHECKS.due(assigned(), LocalDate.of(2010, 1, 8));
        List<DueNotice> mon = CHECKS.due(assigned(), LocalDate.of(2010, 1, 11));
        assertThat(thu.get(0).key()).isEqualTo("stage1-overdue#2010-01-05#1");
        assertThat(fri.get(0).key()).isEqualTo("stage1-overdue#2010-01-05#1");
        assertThat(mon.get(0).key()).isEqualTo("stage1-overdue#2010-01-05#2");
    }

    @Test
    void aComplaintWithNoRespondentAlertsTheTeamAfterOneWorkingDay() {
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), thu_2009_12_17, tue_2010_01_05);
        assertThat(kinds(c, thu_2009_12_17)).isEmpty();
        assertThat(kinds(c, LocalDate.of(2009, 12, 18))).containsExactly(NoticeKind.NO_RESPONDENT);
    }

    @Test
    void aValidExtensionMovesEveryStage1NoticeAndDefersEntitlement() {
        Complaint c = assigned();
        LocalDate tue_2010_01_19 = LocalDate.of(2010, 1, 19);
        c.extendStage1(tue_2010_01_19, "Several agencies", LocalDate.of(2009, 12, 22), tue_2010_01_19, STAFF);
        assertThat(kinds(c, LocalDate.of(2010, 1, 6))).isEmpty();
        assertThat(kinds(c, LocalDate.of(2010, 1, 20)))
                .containsExactly(NoticeKind.STAGE1_DUE, NoticeKind.STAGE2_ENTITLEMENT);
    }

    @Test
    void aRespondedComplaintOwesNothingUntilTheStage2WindowCloses() {
        Complaint c = assigned();
        c.recordStage1Response(LocalDate.of(2010, 1, 4), "Reply", LocalDate.of(2010, 2, 1), STAFF);
        assertThat(kinds(c, LocalDate.of(2010, 1, 6))).isEmpty();
        assertThat(kinds(c, LocalDate.of(2010, 2, 1))).isEmpty();
        assertThat(kinds(c, LocalDate.of(2010, 2, 2))).containsExactly(NoticeKind.STAGE2_WINDOW_CLOSED);
    }

    @Test
    void theSweepLooksThreeWorkingDaysAheadAcrossABankHoliday() {
        // From Thu 24 Dec 2009: 29, 30, 31 Dec.
        assertThat(CHECKS.horizon(LocalDate.of(2009, 12, 24))).isEqualTo(LocalDate.of(2009, 12, 31));
    }

    private static Complaint inState(ComplaintState state, ComplaintParts parts) {
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), thu_2009_12_17, tue_2010_01_05);
        return Complaint.restore(
                c.id(),
                c.reference(),
                3,
                c.intake(),
                state,
                parts.withRespondents(ComplaintFixtures.respondent(), null),
                c.timeline());
    }

    @Test
    void stage2FindingsAreRemindedBeforeTheTwentyFifthWorkingDayAndFlaggedWhenPassed() {
        // Requested Mon 1 Feb 2010 and the statement agreed the same day: 25 working days -> Mon 8 Mar; 65 -> Mon 3
        // May 2010 (Good Friday 2 Apr and Easter Monday 5 Apr skipped).
        Stage2Record s2 = new Stage2Record(
                LocalDate.of(2010, 2, 1),
                "Still unhappy",
                LocalDate.of(2010, 3, 8),
                LocalDate.of(2010, 5, 4),
                "I. Officer",
                "I. Person",
                null,
                null,
                LocalDate.of(2010, 2, 1),
                null,
                null,
                null);
        Complaint c = inState(
                ComplaintState.STAGE2_INVESTIGATING, ComplaintParts.empty().withStage2(s2));
        assertThat(CHECKS.due(c, LocalDate.of(2010, 3, 2))).isEmpty();
        assertThat(CHECKS.due(c, LocalDate.of(2010, 3, 3)))
                .extracting(DueNotice::key)
                .containsExactly("stage2-due#2010-03-08#0");
        assertThat(CHECKS.due(c, LocalDate.of(2010, 3, 9)))
                .extracting(DueNotice::key)
                .containsExactly("stage2-due#2010-03-08#1");
        assertThat(CHECKS.due(c, LocalDate.of(2010, 4, 29)))
                .extracting(DueNotice::key)
                .containsExactly("stage2-due#2010-03-08#1", "stage2-limit#2010-05-04#0");
    }

    @Test
    void aBookedPanelOwesTheNoticeTenDaysAheadMovedOffSundayAndGoodFridayThenThePapersThenTheReport() {
        Stage3Record s3 = new Stage3Record(
                        LocalDate.of(2010, 3, 1),
                        LocalDate.of(2010, 4, 14),
                        null,
                        List.of(),
                        null,
                        null,
                        null,
                        "Reasons")
                .bookedFor(LocalDate.of(2010, 4, 14));
        Complaint c =
                inState(ComplaintState.STAGE3_REQUESTED, ComplaintParts.empty().withStage3(s3));
        // Ten days before Wed 14 Apr is Sun 4 Apr; decision 001 moves it back past Easter Monday's weekend and Good
        // Friday (2 Apr) to Thu 1 Apr, reminded 3 working days before: Mon 29 Mar. Papers by Fri 9 Apr (5 days ahead),
        // reminded from Tue 6 Apr.
        assertThat(kinds(c, LocalDate.of(2010, 3, 26))).isEmpty();
        assertThat(CHECKS.due(c, LocalDate.of(2010, 3, 29)))
                .extracting(DueNotice::key)
                .containsExactly("panel-notice#2010-04-01#0");
        assertThat(kinds(c, LocalDate.of(2010, 4, 6)))
                .containsExactly(NoticeKind.PANEL_NOTICE, NoticeKind.PANEL_PAPERS);
        Stage3Record met = s3.held(LocalDate.of(2010, 4, 14), List.of("A", "B", "C"), "R");
        Complaint held =
                inState(ComplaintState.STAGE3_PANEL_HELD, ComplaintParts.empty().withStage3(met));
        // Report due 5 working days after Wed 14 Apr: Wed 21 Apr. The council's response is not running until the
        // report arrives.
        assertThat(CHECKS.due(held, LocalDate.of(2010, 4, 22)))
                .extracting(DueNotice::key)
                .containsExactly("panel-report#2010-04-21#1");
        assertThat(CHECKS.due(held, LocalDate.of(2010, 5, 10)))
                .extracting(DueNotice::key)
                .containsExactly("panel-report#2010-04-21#1");
    }

    @Test
    void theCouncilsResponseRunsFifteenWorkingDaysFromTheDayTheReportArrived() {
        Stage3Record s3 = new Stage3Record(
                        LocalDate.of(2010, 3, 1),
                        LocalDate.of(2010, 4, 14),
                        LocalDate.of(2010, 4, 14),
                        List.of("A", "B", "C"),
                        "R",
                        null,
                        null,
                        "Reasons")
                .reportReceived(LocalDate.of(2010, 4, 26));
        Complaint held =
                inState(ComplaintState.STAGE3_PANEL_HELD, ComplaintParts.empty().withStage3(s3));
        // Report arrived Mon 26 Apr (late); 15 working days skipping Mon 3 May: Tue 18 May, reminded from Thu 13 May.
        assertThat(kinds(held, LocalDate.of(2010, 5, 12))).isEmpty();
        assertThat(CHECKS.due(held, LocalDate.of(2010, 5, 13)))
                .extracting(DueNotice::key)
                .containsExactly("council-response#2010-05-18#0");
    }
}
