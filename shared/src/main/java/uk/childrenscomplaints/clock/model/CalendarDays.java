package uk.childrenscomplaints.clock.model;

/** A positive count of calendar days. */
public record CalendarDays(int value) {

    public CalendarDays {
        if (value <= 0) {
            throw new IllegalArgumentException("Calendar days must be at least 1, was " + value);
        }
    }

    public static CalendarDays of(int value) {
        return new CalendarDays(value);
    }
}
