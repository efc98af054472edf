package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;

/**
 * The next thing a complaint's statutory clock asks of the council, and by when; {@code dueOn} is null when no clock
 * runs (with the Ombudsman, awaiting routing, a stage answered with nothing yet asked).
 */
public record DueItem(String what, LocalDate dueOn) {
    public DueItem {
        if (what == null || what.isBlank()) {
            throw new IllegalArgumentException("say what is due");
        }
    }

    public static DueItem none(String why) {
        return new DueItem(why, null);
    }

    /** Whole calendar days past the due date on {@code asOf}; 0 when not yet due or when nothing is. */
    public long daysOverdue(LocalDate asOf) {
        return dueOn == null || !asOf.isAfter(dueOn) ? 0 : asOf.toEpochDay() - dueOn.toEpochDay();
    }

    public boolean isOverdue(LocalDate asOf) {
        return daysOverdue(asOf) > 0;
    }
}
