package uk.childrenscomplaints.clock.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants over the whole bundled range, 2008 to 2028 (leaving room at the end for the answer). */
class WorkingDayCalendarPropertiesTest {
    private static final WorkingDayCalendar CALENDAR = EnglandAndWales.CALENDAR;
    private static final LocalDate FIRST = LocalDate.of(2008, 1, 1);
    // 2028-07-01 less 2008-01-01: a latest start that still leaves 100 working days inside the data.
    private static final int LAST_START = 7487;

    private static LocalDate day(int offset) {
        return FIRST.plusDays(offset);
    }

    /**
     * The running counts agree with the rule itself, day by day: a weekday that is not a listed holiday, counted from
     * the day after the start (the counts are built in plain integers, not from {@link WorkingDayCalendar#isWorkingDay}).
     */
    @Property
    void workingDaysBetweenTwoDatesAreTheWeekdaysThatAreNotHolidays(
            @ForAll @IntRange(max = LAST_START) int start, @ForAll @IntRange(max = 140) int length) {
        LocalDate from = day(start);
        LocalDate to = from.plusDays(length);
        int counted = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !CALENDAR.holidays().dates().contains(d)) {
                counted++;
            }
        }
        assertThat(CALENDAR.workingDaysBetween(from, to)).isEqualTo(counted);
    }

    @Property
    void aDueDateIsAlwaysAWorkingDay(
            @ForAll @IntRange(max = LAST_START) int start, @ForAll @IntRange(min = 1, max = 100) int n) {
        assertThat(CALENDAR.isWorkingDay(CALENDAR.addWorkingDays(day(start), n)))
                .isTrue();
    }

    @Property
    void countingTheWorkingDaysToADueDateGivesNBack(
            @ForAll @IntRange(max = LAST_START) int start, @ForAll @IntRange(min = 1, max = 100) int n) {
        LocalDate due = CALENDAR.addWorkingDays(day(start), n);
        assertThat(CALENDAR.workingDaysBetween(day(start), due)).isEqualTo(n);
    }

    @Property
    void aLaterReceiptNeverGivesAnEarlierDueDate(
            @ForAll @IntRange(max = LAST_START) int start,
            @ForAll @IntRange(max = 30) int later,
            @ForAll @IntRange(min = 1, max = 65) int n) {
        LocalDate first = CALENDAR.addWorkingDays(day(start), n);
        LocalDate second = CALENDAR.addWorkingDays(day(Math.min(start + later, LAST_START)), n);
        assertThat(second).isAfterOrEqualTo(first);
    }

    @Property
    void theDueDateIsAlwaysAfterTheStart(
            @ForAll @IntRange(max = LAST_START) int start, @ForAll @IntRange(min = 1, max = 100) int n) {
        assertThat(CALENDAR.addWorkingDays(day(start), n)).isAfter(day(start));
    }

    @Property
    void beforeDirectionDeadlinesAreNeverAfterTheEvent(
            @ForAll @IntRange(min = 400, max = LAST_START) int event, @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate when = day(event);
        assertThat(new BusinessDays(CALENDAR, WorkingDays.of(n)).deadline(when, Direction.BEFORE))
                .isBefore(when);
        LocalDate calendarDays =
                new CalendarDaysCalculator(CALENDAR, CalendarDays.of(n)).deadline(when, Direction.BEFORE);
        assertThat(calendarDays).isBeforeOrEqualTo(when.minusDays(n));
        assertThat(CALENDAR.isWorkingDay(calendarDays)).isTrue();
        assertThat(new CalendarMonthsCalculator(CalendarMonths.of(1 + n % 12)).deadline(when, Direction.BEFORE))
                .isBefore(when);
    }

    @Property
    void subtractingUndoesAddingFromAWorkingDay(
            @ForAll @IntRange(min = 200, max = LAST_START) int start, @ForAll @IntRange(min = 1, max = 100) int n) {
        LocalDate from = CALENDAR.nextWorkingDayOnOrAfter(day(start));
        LocalDate due = CALENDAR.addWorkingDays(from, n);
        assertThat(CALENDAR.subtractWorkingDays(due, WorkingDays.of(n))).isEqualTo(from);
    }
}
