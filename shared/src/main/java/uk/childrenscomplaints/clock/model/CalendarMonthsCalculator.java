package uk.childrenscomplaints.clock.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * N calendar months after (or before) an event. "One year" in the regulations is 12 months, which
 * 365 days gets wrong across a 29 February. A month end that does not exist (31 → 30 April) falls
 * back to the last day of that month, as {@link LocalDate#plusMonths} does.
 */
public final class CalendarMonthsCalculator implements DeadlineCalculator {
    private final CalendarMonths limit;

    public CalendarMonthsCalculator(CalendarMonths limit) {
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    @Override
    public LocalDate deadline(LocalDate from, Direction direction) {
        return switch (direction) {
            case AFTER -> from.plusMonths(limit.value());
            case BEFORE -> from.minusMonths(limit.value());
        };
    }
}
