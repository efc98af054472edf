package uk.childrenscomplaints.clock.model;

/** A positive count of calendar months; "one year" in the regulations is 12 of these, not 365 days. */
public record CalendarMonths(int value) {

    public CalendarMonths {
        if (value <= 0) {
            throw new IllegalArgumentException("Calendar months must be at least 1, was " + value);
        }
    }

    public static CalendarMonths of(int value) {
        return new CalendarMonths(value);
    }
}
