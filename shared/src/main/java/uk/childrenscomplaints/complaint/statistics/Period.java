package uk.childrenscomplaints.complaint.statistics;

import java.time.LocalDate;
import java.time.Month;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;

/** The days a report covers, both ends included. */
public record Period(LocalDate from, LocalDate to) {
    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a period needs its first and last day");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period cannot end before it starts");
        }
    }

    public static Period quarter(FinancialQuarter quarter) {
        return new Period(quarter.firstDay(), quarter.lastDay());
    }

    /** The financial year named by the calendar year it starts in: 1 April to 31 March. */
    public static Period financialYear(int startingYear) {
        return new Period(LocalDate.of(startingYear, Month.APRIL, 1), LocalDate.of(startingYear + 1, Month.MARCH, 31));
    }

    public static Period custom(LocalDate from, LocalDate to) {
        return new Period(from, to);
    }

    /**
     * The same days a year earlier, for the change on last year. {@code minusYears} moves 29 February to the 28th, so a
     * period ending on 29 February is compared with one ending on 28 February.
     */
    public Period sameTimeYearEarlier() {
        return new Period(from.minusYears(1), to.minusYears(1));
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }
}
