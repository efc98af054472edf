package uk.childrenscomplaints.clock.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A date the working-day calendar will not count: before the earliest published bank holidays, or further ahead than
 * the calendar's horizon (ten years from today, decision 022). Thrown rather than guessing; an adapter turns it into a
 * 4xx with {@link #advice()}, words a person can act on.
 */
public final class DateOutsideCalendarException extends RuntimeException {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final LocalDate date;
    private final LocalDate firstCovered;
    private final LocalDate lastCovered;
    private final boolean beyondHorizon;

    public DateOutsideCalendarException(LocalDate date, LocalDate firstCovered, LocalDate lastCovered) {
        this(date, firstCovered, lastCovered, false);
    }

    private DateOutsideCalendarException(
            LocalDate date, LocalDate firstCovered, LocalDate lastCovered, boolean beyondHorizon) {
        super("Date " + date + " is outside the working-day calendar, which covers " + firstCovered + " to "
                + lastCovered
                + (beyondHorizon
                        ? "; dates more than ten years ahead are refused"
                        : "; load a bank-holiday file that covers it"));
        this.date = date;
        this.firstCovered = firstCovered;
        this.lastCovered = lastCovered;
        this.beyondHorizon = beyondHorizon;
    }

    /** A date past the ten-year horizon of a calendar that computes holidays by rule. */
    public static DateOutsideCalendarException beyondHorizon(LocalDate date, LocalDate first, LocalDate horizon) {
        return new DateOutsideCalendarException(date, first, horizon, true);
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

    public boolean isBeyondHorizon() {
        return beyondHorizon;
    }

    /** What to tell the person who entered the date: which dates can be counted, and what to check. */
    public String advice() {
        if (date.isBefore(firstCovered)) {
            return "Dates before " + LONG.format(firstCovered) + " cannot be counted in working days; check the year";
        }
        if (beyondHorizon) {
            return "Dates more than ten years ahead (after " + LONG.format(lastCovered)
                    + ") cannot be counted in working days; check the year";
        }
        return "Dates after " + LONG.format(lastCovered)
                + " cannot be counted in working days until newer bank holidays are loaded; tell the service's"
                + " administrators";
    }
}
