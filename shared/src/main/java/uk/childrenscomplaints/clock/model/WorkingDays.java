package uk.childrenscomplaints.clock.model;

/** A positive count of working days: zero would make the "day 0 is receipt" rule meaningless. */
public record WorkingDays(int value) {

    public WorkingDays {
        if (value <= 0) {
            throw new IllegalArgumentException("Working days must be at least 1, was " + value);
        }
    }

    public static WorkingDays of(int value) {
        return new WorkingDays(value);
    }
}
