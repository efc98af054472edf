package uk.childrenscomplaints.clock.model;

import java.time.LocalDate;

/**
 * A date the bank-holiday data does not cover. Thrown rather than guessing: a wrong statutory
 * due date is worse than a loud failure that tells an operator to load a newer file.
 */
public final class DateOutsideCalendarException extends RuntimeException {
    private final LocalDate date;
    private final LocalDate firstCovered;
    private final LocalDate lastCovered;

    public DateOutsideCalendarException(LocalDate date, LocalDate firstCovered, LocalDate lastCovered) {
        super("Date " + date + " is outside the working-day calendar, which covers " + firstCovered + " to "
                + lastCovered + "; load a bank-holiday file that covers it");
        this.date = date;
        this.firstCovered = firstCovered;
        this.lastCovered = lastCovered;
    }

    public LocalDate date() {
        return date;
    }

    public LocalDate firstCovered() {
        return firstCovered;
    }

    public LocalDate lastCovered() {
        return lastCovered;
    }
}
