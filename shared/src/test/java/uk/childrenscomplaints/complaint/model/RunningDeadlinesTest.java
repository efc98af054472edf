package uk.childrenscomplaints.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.model.ComplaintFixtures.STAFF;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;

class RunningDeadlinesTest {
    private static final WorkingDayCalendar CALENDAR =
            BankHolidaySource.bundled().calendar();
    private static final RunningDeadlines RUNNING = new RunningDeadlines(CALENDAR);

    // Received Wed 16 Dec 2026: ten working days skip Christmas Day, Mon 28 Dec (Boxing Day's substitute) and
    // New Year's Day, so Stage 1 is due Mon 4 Jan 2027.
    private static final LocalDate wed_2026_12_16 = LocalDate.of(2026, 12, 16);
    private static final LocalDate wed_2026_12_23 = LocalDate.of(2026, 12, 23);
    private static final LocalDate mon_2027_01_04 = LocalDate.of(2027, 1, 4);
    private static final LocalDate mon_2027_01_11 = LocalDate.of(2027, 1, 11);

    private static Complaint received(LocalDate on) {
        return ComplaintFixtures.statutory(ComplaintId.random(), on, CALENDAR.addWorkingDays(on, 10));
    }

    @Test
    void aPauseAcrossChristmas2026MovesStage1ByTheFiveWorkingDaysBetweenNotTheTwelveCalendarDays() {
        Complaint c = received(wed_2026_12_16);
        assertThat(c.parts().stage1().dueOn()).isEqualTo(mon_2027_01_04);

        StoppingTheClock.pause(c, PauseReason.AWAITING_CONSENT, null, wed_2026_12_23, STAFF);
        StoppingTheClock.resume(c, mon_2027_01_04, STAFF);

        // Paused working days after Wed 23 Dec up to Mon 4 Jan: 24, 29, 30, 31 Dec and 4 Jan.
        assertThat(RUNNING.pausedWorkingDays(c.clockPauses(), ComplaintState.Stage.STAGE_1, wed_2026_12_16))
                .isEqualTo(5);
        // Five working days after Mon 4 Jan: 5, 6, 7, 8, 11 Jan.
        assertThat(RUNNING.of(c).stage1DueOn()).isEqualTo(mon_2027_01_11);
        // The recorded due date stays what it was; only the running date moves.
        assertThat(c.parts().stage1().dueOn()).isEqualTo(mon_2027_01_04);
    }

    @Test
    void theCachedRunningDateIsWhatTheIndexAndTheOverdueFlagUseOnceRefreshed() {
        Complaint c = received(wed_2026_12_16);
        c.assignRespondents(ComplaintFixtures.respondent(), null, STAFF);
        StoppingTheClock.pause(c, PauseReason.AWAITING_CONSENT, null, wed_2026_12_23, STAFF);
        c.refreshRunningClock(RUNNING);
        // While stopped it stays in the index from the day it stopped, and is never overdue.
        assertThat(c.nextDeadline()).contains(wed_2026_12_23);
        assertThat(c.isOverdue(LocalDate.of(2027, 2, 1))).isFalse();

        StoppingTheClock.resume(c, mon_2027_01_04, STAFF);
        c.refreshRunningClock(RUNNING);
        assertThat(c.nextDeadline()).contains(mon_2027_01_11);
        assertThat(c.isOverdue(LocalDate.of(2027, 1, 8))).isFalse();
        assertThat(c.isOverdue(LocalDate.of(2027, 1, 12))).isTrue();
    }

    @Test
    void aPauseStillRunningDoesNotMoveTheDateUntilTheClockRestarts() {
        Complaint c = received(wed_2026_12_16);
        StoppingTheClock.pause(c, PauseReason.AWAITING_ADVOCATE, null, wed_2026_12_23, STAFF);
        assertThat(RUNNING.of(c).stage1DueOn()).isEqualTo(mon_2027_01_04);
        assertThat(c.isPaused()).isTrue();
    }

    @Test
    void twoPausesAddUp() {
        Complaint c = received(wed_2026_12_16);
        // Thu 17 to Fri 18 Dec: one working day; Wed 23 Dec to Thu 24 Dec: one more.
        StoppingTheClock.pause(c, PauseReason.AWAITING_ADVOCATE, null, LocalDate.of(2026, 12, 17), STAFF);
        StoppingTheClock.resume(c, LocalDate.of(2026, 12, 18), STAFF);
        StoppingTheClock.pause(c, PauseReason.COMPLAINANT_UNAVAILABLE, null, wed_2026_12_23, STAFF);
        StoppingTheClock.resume(c, LocalDate.of(2026, 12, 24), STAFF);
        // Two working days after Mon 4 Jan: Wed 6 Jan 2027.
        assertThat(RUNNING.of(c).stage1DueOn()).isEqualTo(LocalDate.of(2027, 1, 6));
    }

    @Property(tries = 200)
    void pausingNeverMovesADueDateEarlier(
            @ForAll @IntRange(min = 0, max = 600) int receivedOffset,
            @ForAll @IntRange(min = 0, max = 30) int pauseOffset,
            @ForAll @IntRange(min = 0, max = 60) int pauseLength) {
        LocalDate receivedOn = LocalDate.of(2027, 1, 4).plusDays(receivedOffset);
        Complaint c = received(receivedOn);
        LocalDate before = RUNNING.of(c).stage1DueOn();
        LocalDate pausedOn = receivedOn.plusDays(pauseOffset);
        StoppingTheClock.pause(c, PauseReason.AWAITING_CONSENT, null, pausedOn, STAFF);
        StoppingTheClock.resume(c, pausedOn.plusDays(pauseLength), STAFF);
        LocalDate after = RUNNING.of(c).stage1DueOn();
        assertThat(after).isAfterOrEqualTo(before);
        assertThat(CALENDAR.workingDaysBetween(before, after))
                .isEqualTo(CALENDAR.workingDaysBetween(pausedOn, pausedOn.plusDays(pauseLength)));
    }

    @Property(tries = 200)
    void pauseThenResumeTheSameDayChangesNothing(
            @ForAll @IntRange(min = 0, max = 600) int receivedOffset,
            @ForAll @IntRange(min = 0, max = 30) int pauseOffset) {
        LocalDate receivedOn = LocalDate.of(2027, 1, 4).plusDays(receivedOffset);
        Complaint c = received(receivedOn);
        LocalDate before = RUNNING.of(c).stage1DueOn();
        LocalDate day = receivedOn.plusDays(pauseOffset);
        StoppingTheClock.pause(c, PauseReason.AWAITING_CONSENT, null, day, STAFF);
        StoppingTheClock.resume(c, day, STAFF);
        assertThat(c.isPaused()).isFalse();
        assertThat(RUNNING.of(c).stage1DueOn()).isEqualTo(before);
    }
}
