package uk.childrenscomplaints.clock.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Working days in England and Wales: not Saturday, not Sunday, not a bank holiday. The statutory
 * clock counts the day of receipt as day 0, so "10 working days after" is the 10th working day
 * strictly after the start. Every question about a date outside the calendar throws
 * {@link DateOutsideCalendarException}. Built {@link #withRules with rules}, the years after the
 * published data are filled by {@link EnglandAndWalesRules} (provisional), up to a horizon ten years
 * after the day it was built for (decision 022); built from data alone, it covers only the data.
 */
public final class WorkingDayCalendar {
    /** How far ahead a calendar with rules counts: far enough for any statutory limit, near enough to mean a typo. */
    public static final int HORIZON_YEARS = 10;

    private final BankHolidays holidays;
    private final LocalDate first;
    private final LocalDate last;
    private final LocalDate provisionalFrom;
    private final boolean horizon;
    private final String version;
    /**
     * Working days from the first covered day up to and including day i. Precomputed (about 11,000
     * ints for 30 years) so counting across years and the property tests stay cheap.
     */
    private final int[] workingDaysUpTo;

    /** The published data alone: dates outside it are refused. */
    public WorkingDayCalendar(BankHolidays holidays) {
        this(
                holidays,
                Objects.requireNonNull(holidays, "holidays").lastCovered(),
                null,
                false,
                CalendarVersion.of(holidays, "none"));
    }

    private WorkingDayCalendar(
            BankHolidays holidays, LocalDate last, LocalDate provisionalFrom, boolean horizon, String version) {
        this.holidays = holidays;
        this.first = holidays.firstCovered();
        this.last = last;
        this.provisionalFrom = provisionalFrom;
        this.horizon = horizon;
        this.version = version;
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        this.workingDaysUpTo = new int[days];
        int count = 0;
        for (int i = 0; i < days; i++) {
            if (isWorkingDayUnchecked(first.plusDays(i))) {
                count++;
            }
            workingDaysUpTo[i] = count;
        }
    }

    /**
     * The published holidays, and after them holidays computed by rule (provisional) up to ten years after
     * {@code today}; a later date is refused. The published data always wins for the years it covers.
     */
    public static WorkingDayCalendar withRules(BankHolidays published, LocalDate today) {
        Objects.requireNonNull(published, "published");
        LocalDate limit = today.plusYears(HORIZON_YEARS);
        String version = CalendarVersion.of(published, EnglandAndWalesRules.ID);
        if (!limit.isAfter(published.lastCovered())) {
            return new WorkingDayCalendar(published, limit, null, true, version);
        }
        BankHolidays ruled =
                EnglandAndWalesRules.forYears(published.lastCovered().getYear() + 1, limit.getYear());
        return new WorkingDayCalendar(
                published.overlaidWith(ruled), limit, published.lastCovered().plusDays(1), true, version);
    }

    /** Names the holidays this calendar counts on (decision 022); stored with every due date computed on it. */
    public String version() {
        return version;
    }

    /** The last day counted. */
    public LocalDate lastCovered() {
        return last;
    }

    /** Whether {@code date} lies in a year whose holidays were computed by rule, not published. */
    public boolean isProvisional(LocalDate date) {
        return provisionalFrom != null && !date.isBefore(provisionalFrom);
    }

    public BankHolidays holidays() {
        return holidays;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        return isWorkingDayUnchecked(date);
    }

    /** The Nth working day after {@code start}; {@code start} itself is day 0 whatever day it is. */
    public LocalDate addWorkingDays(LocalDate start, WorkingDays n) {
        requireCovered(start);
        int target = workingDaysUpTo[index(start)] + n.value();
        if (target > workingDaysUpTo[workingDaysUpTo.length - 1]) {
            // The answer lies past the data; name the first uncovered day rather than the start.
            throw outside(last.plusDays(1));
        }
        return first.plusDays(firstIndexReaching(target));
    }

    public LocalDate addWorkingDays(LocalDate start, int n) {
        return addWorkingDays(start, WorkingDays.of(n));
    }

    /**
     * The latest working day that still leaves N working days before {@code end}, counting back
     * with {@code end} as day 0 (the mirror of {@link #addWorkingDays}).
     */
    public LocalDate subtractWorkingDays(LocalDate end, WorkingDays n) {
        requireCovered(end);
        LocalDate day = end;
        int counted = 0;
        while (counted < n.value()) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days d with start &lt; d &lt;= end, so {@code workingDaysBetween(s, addWorkingDays(s, n)) == n}. */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        requireCovered(start);
        requireCovered(end);
        if (!end.isAfter(start)) {
            return 0;
        }
        return workingDaysUpTo[index(end)] - workingDaysUpTo[index(start)];
    }

    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        requireCovered(date);
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** For schedules like "the first working day after the quarter ends". */
    public LocalDate firstWorkingDayAfter(LocalDate date) {
        requireCovered(date);
        return nextWorkingDayOnOrAfter(date.plusDays(1));
    }

    public LocalDate lastWorkingDayOnOrBefore(LocalDate date) {
        requireCovered(date);
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private boolean isWorkingDayUnchecked(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY
                && dow != DayOfWeek.SUNDAY
                && !holidays.dates().contains(date);
    }

    private void requireCovered(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!covers(date)) {
            throw outside(date);
        }
    }

    private DateOutsideCalendarException outside(LocalDate date) {
        return horizon && date.isAfter(last)
                ? DateOutsideCalendarException.beyondHorizon(date, first, last)
                : new DateOutsideCalendarException(date, first, last);
    }

    private int index(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(first, date);
    }

    /** Smallest index whose running count reaches target; that day is necessarily a working day. */
    private int firstIndexReaching(int target) {
        int lo = 0;
        int hi = workingDaysUpTo.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (workingDaysUpTo[mid] >= target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
