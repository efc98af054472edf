package uk.childrenscomplaints.clock.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {
    private final WorkingDayCalendar calendar = EnglandAndWales.CALENDAR;

    private static final LocalDate thu_2009_12_24 = LocalDate.of(2009, 12, 24);
    private static final LocalDate tue_2010_01_12 = LocalDate.of(2010, 1, 12);
    private static final LocalDate thu_2010_03_25 = LocalDate.of(2010, 3, 25);
    private static final LocalDate mon_2010_04_12 = LocalDate.of(2010, 4, 12);
    private static final LocalDate sat_2010_01_09 = LocalDate.of(2010, 1, 9);
    private static final LocalDate mon_2010_01_11 = LocalDate.of(2010, 1, 11);
    private static final LocalDate fri_2010_01_22 = LocalDate.of(2010, 1, 22);

    @Test
    void tenWorkingDaysFromChristmasEve2009SkipChristmasBoxingDaySubstituteAndNewYear() {
        assertThat(calendar.addWorkingDays(thu_2009_12_24, 10)).isEqualTo(tue_2010_01_12);
    }

    @Test
    void tenWorkingDaysAcrossEaster2010SkipGoodFridayAndEasterMonday() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2010, 4, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2010, 4, 5))).isFalse();
        assertThat(calendar.addWorkingDays(thu_2010_03_25, 10)).isEqualTo(mon_2010_04_12);
    }

    @Test
    void aComplaintReceivedOnSaturdayHasMondayAsDayOne() {
        assertThat(calendar.addWorkingDays(sat_2010_01_09, 1)).isEqualTo(mon_2010_01_11);
        assertThat(calendar.addWorkingDays(sat_2010_01_09, 10)).isEqualTo(fri_2010_01_22);
    }

    @Test
    void theRoyalWeddingOn29April2011WasNotAWorkingDay() {
        LocalDate thu_2011_04_28 = LocalDate.of(2011, 4, 28);
        assertThat(calendar.isWorkingDay(LocalDate.of(2011, 4, 29))).isFalse();
        assertThat(calendar.addWorkingDays(thu_2011_04_28, 1)).isEqualTo(LocalDate.of(2011, 5, 3));
        assertThat(calendar.addWorkingDays(LocalDate.of(2011, 4, 21), 10)).isEqualTo(LocalDate.of(2011, 5, 11));
    }

    @Test
    void theDiamondJubileeWeekend2012SkipsMondayAndTuesday() {
        LocalDate fri_2012_06_01 = LocalDate.of(2012, 6, 1);
        assertThat(calendar.addWorkingDays(fri_2012_06_01, 1)).isEqualTo(LocalDate.of(2012, 6, 6));
    }

    @Test
    void theStateFuneralOn19September2022WasNotAWorkingDay() {
        LocalDate fri_2022_09_16 = LocalDate.of(2022, 9, 16);
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 9, 19))).isFalse();
        assertThat(calendar.addWorkingDays(fri_2022_09_16, 1)).isEqualTo(LocalDate.of(2022, 9, 20));
    }

    @Test
    void theCoronationOn8May2023WasNotAWorkingDay() {
        LocalDate fri_2023_05_05 = LocalDate.of(2023, 5, 5);
        assertThat(calendar.addWorkingDays(fri_2023_05_05, 1)).isEqualTo(LocalDate.of(2023, 5, 9));
    }

    @Test
    void workingDaysBetweenCountsAfterStartUpToAndIncludingEnd() {
        assertThat(calendar.workingDaysBetween(thu_2009_12_24, tue_2010_01_12)).isEqualTo(10);
        assertThat(calendar.workingDaysBetween(tue_2010_01_12, thu_2009_12_24)).isZero();
        assertThat(calendar.workingDaysBetween(tue_2010_01_12, tue_2010_01_12)).isZero();
    }

    @Test
    void firstWorkingDayAfterTheQuarterEndedOnThursday31December2009IsMonday4January2010() {
        LocalDate thu_2009_12_31 = LocalDate.of(2009, 12, 31);
        assertThat(calendar.firstWorkingDayAfter(thu_2009_12_31)).isEqualTo(LocalDate.of(2010, 1, 4));
        assertThat(calendar.nextWorkingDayOnOrAfter(LocalDate.of(2009, 12, 25))).isEqualTo(LocalDate.of(2009, 12, 29));
        assertThat(calendar.nextWorkingDayOnOrAfter(thu_2009_12_31)).isEqualTo(thu_2009_12_31);
    }

    @Test
    void subtractingWorkingDaysCountsBackWithTheEventAsDayZero() {
        assertThat(calendar.subtractWorkingDays(tue_2010_01_12, WorkingDays.of(10)))
                .isEqualTo(thu_2009_12_24);
        assertThat(calendar.subtractWorkingDays(sat_2010_01_09, WorkingDays.of(1)))
                .isEqualTo(LocalDate.of(2010, 1, 8));
    }

    @Test
    void theCalendarCoversWholeYears2008To2028() {
        assertThat(calendar.covers(LocalDate.of(2008, 1, 1))).isTrue();
        assertThat(calendar.covers(LocalDate.of(2028, 12, 31))).isTrue();
        assertThat(calendar.covers(LocalDate.of(2007, 12, 31))).isFalse();
        assertThat(calendar.covers(LocalDate.of(2029, 1, 1))).isFalse();
    }

    @Test
    void aDateIn2007IsRefusedNamingTheDateAndTheRange() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2007, 6, 1)))
                .isInstanceOf(DateOutsideCalendarException.class)
                .hasMessageContaining("2007-06-01")
                .hasMessageContaining("2008-01-01")
                .hasMessageContaining("2028-12-31");
    }

    @Test
    void aDateIn2029IsRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2029, 1, 2), 10))
                .isInstanceOf(DateOutsideCalendarException.class)
                .hasMessageContaining("2029-01-02");
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2028, 12, 1), LocalDate.of(2029, 1, 5)))
                .isInstanceOf(DateOutsideCalendarException.class);
    }

    @Test
    void aDueDateThatWouldFallIn2029IsRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2028, 12, 22), 10))
                .isInstanceOf(DateOutsideCalendarException.class)
                .hasMessageContaining("2029-01-01");
    }

    @Test
    void workingDaysAndCalendarDaysRefuseZeroOrLess() {
        assertThatThrownBy(() -> WorkingDays.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingDays.of(-3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CalendarDays.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CalendarMonths.of(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
