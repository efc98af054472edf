package uk.childrenscomplaints.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.model.ComplaintFixtures.STAFF;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;
import uk.childrenscomplaints.clock.infrastructure.TimescalePolicyFile;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;

/** What the sweep owes a complaint whose clock stopped: nothing but one chase of a stop that lasts too long. */
class PausedClockChecksTest {
    private static final WorkingDayCalendar CALENDAR =
            BankHolidaySource.bundled().calendar();
    private static final DeadlineChecks CHECKS =
            new DeadlineChecks(TimescalePolicyFile.bundledPolicy(CALENDAR), DeadlineChecks.Settings.DEFAULT);

    // Received Wed 16 Dec 2026, due Mon 4 Jan 2027; stopped Wed 23 Dec 2026.
    private static final LocalDate wed_2026_12_16 = LocalDate.of(2026, 12, 16);
    private static final LocalDate wed_2026_12_23 = LocalDate.of(2026, 12, 23);

    private static Complaint pausedOn23December() {
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), wed_2026_12_16, LocalDate.of(2027, 1, 4));
        c.assignRespondents(ComplaintFixtures.respondent(), ComplaintFixtures.second(), STAFF);
        StoppingTheClock.pause(c, PauseReason.AWAITING_CONSENT, null, wed_2026_12_23, STAFF);
        return c;
    }

    private static List<NoticeKind> kinds(Complaint c, LocalDate day) {
        return CHECKS.due(c, day).stream().map(DueNotice::kind).toList();
    }

    @Test
    void aStoppedClockOwesNoReminderOrChaserEvenPastItsRecordedDueDate() {
        Complaint c = pausedOn23December();
        assertThat(kinds(c, LocalDate.of(2026, 12, 31))).isEmpty();
        assertThat(kinds(c, LocalDate.of(2027, 1, 5))).isEmpty();
        assertThat(kinds(c, LocalDate.of(2027, 1, 20))).isEmpty();
    }

    @Test
    void aStopThatLastsTwentyWorkingDaysIsChasedOnceUnderOneKey() {
        Complaint c = pausedOn23December();
        // Twenty working days after Wed 23 Dec 2026, skipping 25 and 28 Dec and 1 Jan: Mon 25 Jan 2027.
        assertThat(kinds(c, LocalDate.of(2027, 1, 22))).isEmpty();
        List<DueNotice> mon = CHECKS.due(c, LocalDate.of(2027, 1, 25));
        List<DueNotice> tue = CHECKS.due(c, LocalDate.of(2027, 1, 26));
        assertThat(mon).extracting(DueNotice::kind).containsExactly(NoticeKind.PAUSE_CHASE);
        assertThat(mon.get(0).key()).isEqualTo("pause-chase#2026-12-23");
        assertThat(tue).isEqualTo(mon);
    }

    @Test
    void afterTheRestartTheReminderFollowsTheMovedDueDate() {
        Complaint c = pausedOn23December();
        StoppingTheClock.resume(c, LocalDate.of(2027, 1, 4), STAFF);
        // Due Mon 11 Jan 2027 now; three working days before it is Wed 6 Jan.
        assertThat(kinds(c, LocalDate.of(2027, 1, 5))).isEmpty();
        assertThat(kinds(c, LocalDate.of(2027, 1, 6))).contains(NoticeKind.STAGE1_REMINDER);
        assertThat(CHECKS.due(c, LocalDate.of(2027, 1, 11)))
                .extracting(DueNotice::key)
                .containsExactly("stage1-due#2027-01-11");
        // Entitlement to Stage 2 waits for the moved date too.
        assertThat(kinds(c, LocalDate.of(2027, 1, 12))).contains(NoticeKind.STAGE2_ENTITLEMENT);
    }
}
