package uk.childrenscomplaints.clock.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;

/** The calendar with rules after the published years: never runs out within ten years, refuses further. */
class ProvisionalCalendarTest {
    private static final BankHolidays PUBLISHED = BankHolidaySource.bundled().load();
    private static final LocalDate MON_2026_11_30 = LocalDate.of(2026, 11, 30);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.withRules(PUBLISHED, MON_2026_11_30);

    @Test
    void aStage2RequestOnFri_2028_12_01IsDueTwentyFiveWorkingDaysLaterOnWed_2029_01_10() {
        // 25, 26 Dec 2028 and 1 Jan 2029 (provisional) are skipped.
        assertThat(CALENDAR.addWorkingDays(LocalDate.of(2028, 12, 1), 25)).isEqualTo(LocalDate.of(2029, 1, 10));
        assertThat(CALENDAR.isProvisional(LocalDate.of(2029, 1, 1))).isTrue();
        assertThat(CALENDAR.isProvisional(LocalDate.of(2028, 12, 31))).isFalse();
    }

    @Test
    void aComplaintOnThu_2029_03_22SkipsGoodFridayAndEasterMonday2029() {
        assertThat(CALENDAR.addWorkingDays(LocalDate.of(2029, 3, 22), 10)).isEqualTo(LocalDate.of(2029, 4, 9));
    }

    @Test
    void everyDayUpToTenYearsFromMon_2026_11_30IsCounted() {
        LocalDate horizon = LocalDate.of(2036, 11, 30);
        assertThat(CALENDAR.lastCovered()).isEqualTo(horizon);
        for (LocalDate d = MON_2026_11_30; !d.isAfter(horizon); d = d.plusDays(1)) {
            CALENDAR.isWorkingDay(d);
        }
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2035, 12, 25))).isFalse();
    }

    @Test
    void tue_2036_12_02IsMoreThanTenYearsAheadAndRefusedWithWordsAPersonCanActOn() {
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(LocalDate.of(2036, 12, 1)))
                .isInstanceOfSatisfying(DateOutsideCalendarException.class, e -> {
                    assertThat(e.isBeyondHorizon()).isTrue();
                    assertThat(e.advice())
                            .isEqualTo("Dates more than ten years ahead (after 30 November 2036) cannot be counted in"
                                    + " working days; check the year");
                });
        assertThatThrownBy(() -> CALENDAR.addWorkingDays(LocalDate.of(2036, 11, 20), 10))
                .isInstanceOf(DateOutsideCalendarException.class)
                .hasMessageContaining("ten years");
    }

    @Test
    void aDateBeforeThePublishedDataIsStillRefused() {
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(LocalDate.of(2007, 12, 31)))
                .isInstanceOfSatisfying(
                        DateOutsideCalendarException.class,
                        e -> assertThat(e.advice()).startsWith("Dates before 1 January 2008"));
    }

    @Test
    void publishedDataWinsForTheYearsItCovers() {
        // The 2022 state funeral is a holiday only because GOV.UK says so.
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2022, 9, 19))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2022, 5, 30))).isTrue();
    }

    @Test
    void theVersionChangesWithTheDataButNotWithTheDay() {
        WorkingDayCalendar nextDay = WorkingDayCalendar.withRules(PUBLISHED, MON_2026_11_30.plusDays(1));
        assertThat(nextDay.version()).isEqualTo(CALENDAR.version()).hasSize(12);

        Set<LocalDate> withNewHoliday = new HashSet<>(PUBLISHED.dates());
        withNewHoliday.add(LocalDate.of(2026, 12, 1));
        BankHolidays added = new BankHolidays(withNewHoliday, PUBLISHED.firstCovered(), PUBLISHED.lastCovered());
        assertThat(WorkingDayCalendar.withRules(added, MON_2026_11_30).version())
                .isNotEqualTo(CALENDAR.version());
    }

    @Test
    void year2029TurningFromProvisionalIntoPublishedChangesTheVersionEvenWithTheSameDays() {
        BankHolidays published2029 = PUBLISHED.overlaidWith(EnglandAndWalesRules.forYears(2029, 2029));
        WorkingDayCalendar later = WorkingDayCalendar.withRules(published2029, MON_2026_11_30);
        assertThat(later.holidays().dates()).isEqualTo(CALENDAR.holidays().dates());
        assertThat(later.isProvisional(LocalDate.of(2029, 6, 1))).isFalse();
        assertThat(later.version()).isNotEqualTo(CALENDAR.version());
    }
}
