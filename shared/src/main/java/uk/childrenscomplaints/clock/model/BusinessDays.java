package uk.childrenscomplaints.clock.model;

import java.time.LocalDate;
import java.util.Objects;

/** N working days after (or before) an event, on the England and Wales calendar. */
public final class BusinessDays implements DeadlineCalculator {
    private final WorkingDayCalendar calendar;
    private final WorkingDays limit;

    public BusinessDays(WorkingDayCalendar calendar, WorkingDays limit) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    @Override
    public LocalDate deadline(LocalDate from, Direction direction) {
        return switch (direction) {
            case AFTER -> calendar.addWorkingDays(from, limit);
            case BEFORE -> calendar.subtractWorkingDays(from, limit);
        };
    }
}
