package uk.childrenscomplaints.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.model.ComplaintFixtures.STAFF;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;

class DeadlineChecksTest {
    private static final WorkingDayCalendar CALENDAR = BankHolidaySource.bundled().calendar();
    private static final DeadlineChecks CHECKS = new DeadlineChecks(CALENDAR, DeadlineChecks.Settings.DEFAULT);

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
}
