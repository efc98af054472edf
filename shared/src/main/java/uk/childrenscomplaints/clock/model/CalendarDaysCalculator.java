package uk.childrenscomplaints.clock.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * N calendar days after (or at least N before) an event. An AFTER limit is left where it falls,
 * even on a weekend: moving it later would lengthen a limit the council set itself. A BEFORE limit
 * that lands on a day the office is shut moves back to the previous working day, because notice
 * cannot be sent on a Sunday and moving it earlier only gives the complainant more notice.
 */
public final class CalendarDaysCalculator implements DeadlineCalculator {
    private final WorkingDayCalendar calendar;
    private final CalendarDays limit;

    public CalendarDaysCalculator(WorkingDayCalendar calendar, CalendarDays limit) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    @Override
    public LocalDate deadline(LocalDate from, Direction direction) {
        return switch (direction) {
            case AFTER -> from.plusDays(limit.value());
            case BEFORE -> calendar.lastWorkingDayOnOrBefore(from.minusDays(limit.value()));
        };
    }
}
