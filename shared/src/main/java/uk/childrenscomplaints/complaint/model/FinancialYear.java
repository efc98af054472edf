package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The council's financial year, 1 April to 31 March, named by the calendar year it starts in and written as people
 * write it: {@code 2026-27}. The one place that text is made and read.
 */
public record FinancialYear(int startingYear) {
    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-(\\d{2})");

    public FinancialYear {
        if (startingYear < 1000 || startingYear > 9998) {
            throw new IllegalArgumentException("a financial year starts in a four-digit year, like 2026");
        }
    }

    /** The year starting 1 April {@code startingYear}. */
    public static FinancialYear of(int startingYear) {
        return new FinancialYear(startingYear);
    }

    /** The year a day falls in: 31 March 2027 is in 2026-27, 1 April 2027 in 2027-28. */
    public static FinancialYear containing(LocalDate date) {
        return of(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /**
     * A year as written, {@code 2026-27}; the second part must be the year after the first ({@code 2026-28} is
     * refused).
     *
     * @throws IllegalArgumentException saying how to write it
     */
    public static FinancialYear parse(String text) {
        Matcher m = WRITTEN.matcher(text == null ? "" : text.trim());
        if (!m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new IllegalArgumentException("A financial year is written like 2026-27: the year it starts in (on 1 "
                    + "April), a hyphen, then the last two digits of the next year.");
        }
        return of(Integer.parseInt(m.group(1)));
    }

    public LocalDate firstDay() {
        return LocalDate.of(startingYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startingYear + 1, Month.MARCH, 31);
    }

    public FinancialQuarter quarter(int quarter) {
        return new FinancialQuarter(startingYear, quarter);
    }

    /** For example {@code 2026-27}. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d-%02d", startingYear, (startingYear + 1) % 100);
    }
}
