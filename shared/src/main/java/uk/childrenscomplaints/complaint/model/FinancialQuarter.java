package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import java.time.Month;

/**
 * A quarter of the council's financial year, which runs from 1 April to 31 March: 1 April to 30 June is Q1. The
 * financial year is named by the calendar year it starts in.
 */
public record FinancialQuarter(int financialYear, int quarter) {
    public FinancialQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4");
        }
    }

    public static FinancialQuarter of(LocalDate date) {
        int monthsIntoYear = (date.getMonthValue() - Month.APRIL.getValue() + 12) % 12;
        int year = date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1;
        return new FinancialQuarter(year, monthsIntoYear / 3 + 1);
    }

    /**
     * A quarter as people write it, {@code 2026-27 Q2} (or {@code 2026-27-Q2}): the financial year by its two
     * calendar years, then the quarter.
     *
     * @throws IllegalArgumentException saying how to write it
     */
    public static FinancialQuarter parse(String text) {
        var m = java.util.regex.Pattern.compile("(\\d{4}-\\d{2})[ -]?[Qq]([1-4])")
                .matcher(text == null ? "" : text.trim());
        FinancialYear year;
        try {
            year = m.matches() ? FinancialYear.parse(m.group(1)) : null;
        } catch (IllegalArgumentException e) {
            year = null;
        }
        if (year == null) {
            throw new IllegalArgumentException("A quarter is written like 2026-27 Q2: the financial year (April to "
                    + "March) by its two years, then Q1 (April to June) to Q4 (January to March).");
        }
        return year.quarter(Integer.parseInt(m.group(2)));
    }

    /** The financial year this quarter is part of. */
    public FinancialYear year() {
        return FinancialYear.of(financialYear);
    }

    public static int financialYearOf(LocalDate date) {
        return of(date).financialYear();
    }

    public LocalDate firstDay() {
        return LocalDate.of(financialYear, Month.APRIL, 1).plusMonths(3L * (quarter - 1));
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public FinancialQuarter next() {
        return quarter == 4
                ? new FinancialQuarter(financialYear + 1, 1)
                : new FinancialQuarter(financialYear, quarter + 1);
    }

    /** For example {@code 2009-10 Q1}. */
    @Override
    public String toString() {
        return year() + " Q" + quarter;
    }
}
