package uk.childrenscomplaints.workflow.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.ReceivedDates;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.FinancialYear;
import uk.childrenscomplaints.complaint.statistics.Period;

/**
 * The period a statistics request names, one way only: {@code from} and {@code to} (both days included), a financial
 * quarter ({@code quarter=2009-10-Q1}), or a financial year ({@code year=2009-10}, or {@code year=2009} for the year
 * starting 1 April 2009). Every problem is named with its parameter and how to put it right.
 */
final class ReportPeriods {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4}-\\d{2})-Q([1-4])", Pattern.CASE_INSENSITIVE);
    /** The first financial year with records: the one {@link ReceivedDates#DEFAULT_EARLIEST} falls in. */
    static final int EARLIEST_YEAR =
            FinancialYear.containing(ReceivedDates.DEFAULT_EARLIEST).startingYear();

    static final String HOW = "Give the period as from=YYYY-MM-DD&to=YYYY-MM-DD (both days included), "
            + "quarter=2009-10-Q1, or year=2009-10";

    private ReportPeriods() {}

    record Read(Period period, List<FieldError> problems) {}

    static Read read(String from, String to, String quarter, String year) {
        List<FieldError> problems = new ArrayList<>();
        int ways = (present(from) || present(to) ? 1 : 0) + (present(quarter) ? 1 : 0) + (present(year) ? 1 : 0);
        if (ways == 0) {
            problems.add(new FieldError("from", "The period is missing. " + HOW));
            return new Read(null, problems);
        }
        if (ways > 1) {
            problems.add(new FieldError(
                    "period", "The period is given more than one way. " + HOW + ", not more than" + " one of these"));
            return new Read(null, problems);
        }
        if (present(quarter)) {
            FinancialQuarter q = quarter(quarter);
            if (q == null) {
                problems.add(new FieldError(
                        "quarter",
                        "quarter must be a financial quarter written like 2009-10-Q1"
                                + " (Q1 is April to June, Q4 is January to March), from " + yearText(EARLIEST_YEAR)
                                + " on"));
                return new Read(null, problems);
            }
            return new Read(Period.quarter(q), problems);
        }
        if (present(year)) {
            Integer starting = financialYear(year);
            if (starting == null) {
                problems.add(new FieldError(
                        "year",
                        "year must be a financial year written like 2009-10 (1 April 2009"
                                + " to 31 March 2010), or 2009 for the same year, from " + yearText(EARLIEST_YEAR)
                                + " on"));
                return new Read(null, problems);
            }
            return new Read(Period.financialYear(starting), problems);
        }
        LocalDate fromDate = date("from", from, problems);
        LocalDate toDate = date("to", to, problems);
        if (problems.isEmpty() && fromDate.isBefore(ReceivedDates.DEFAULT_EARLIEST)) {
            problems.add(new FieldError(
                    "from", "from must be " + ReceivedDates.DEFAULT_EARLIEST + " or later: check the year"));
        }
        if (problems.isEmpty() && toDate.isBefore(fromDate)) {
            problems.add(new FieldError(
                    "to", "to must be on or after from: the period runs from its first day to its" + " last"));
        }
        return new Read(problems.isEmpty() ? Period.custom(fromDate, toDate) : null, problems);
    }

    /**
     * {@code 2009-10} or {@code 2009}: the financial year starting 1 April of that calendar year; null otherwise, and
     * for a year before the council's records begin ({@link ReceivedDates#DEFAULT_EARLIEST}: {@code year=0000-01} was
     * taken, issue 13 finding 8).
     */
    static Integer financialYear(String text) {
        Matcher m = YEAR.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        Integer starting;
        if (m.group(2) == null) {
            starting = Integer.parseInt(m.group(1));
        } else {
            try {
                starting = FinancialYear.parse(text.trim()).startingYear();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return starting < EARLIEST_YEAR ? null : starting;
    }

    static FinancialQuarter quarter(String text) {
        Matcher m = QUARTER.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        Integer year = financialYear(m.group(1));
        return year == null ? null : new FinancialQuarter(year, Integer.parseInt(m.group(2)));
    }

    /** How a financial year is written in paths and answers: {@code 2009-10}. */
    static String yearText(int starting) {
        return FinancialYear.of(starting).toString();
    }

    private static LocalDate date(String name, String value, List<FieldError> problems) {
        if (!present(value)) {
            problems.add(new FieldError(name, name + " is missing. " + HOW));
            return null;
        }
        return SearchFilters.date(name, value, problems);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
