package uk.childrenscomplaints.workflow.pages.support;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.ReceivedDates;
import uk.childrenscomplaints.complaint.application.reporting.ProducingStatistics;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.statistics.Period;

/**
 * The statistics page's period: from a quick pick's link ({@code from} and {@code to} as ISO dates, so the address
 * can be bookmarked and the CSV link reuses it) or from the GOV.UK date inputs of the custom form ({@code from-day},
 * {@code from-month}, {@code from-year} and the same for {@code to}). Nothing chosen: the financial year so far.
 */
public final class PeriodPicker {

    /** What was asked for: the period, or every problem with the dates, and the date fields to show again. */
    public record Choice(Period period, List<FieldError> errors, Map<String, String> fields) {}

    private PeriodPicker() {}

    public static Choice choose(Map<String, String> query, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        LocalDate from = date("from", "start", query, fields, errors);
        LocalDate to = date("to", "end", query, fields, errors);
        if (errors.isEmpty() && from == null && to == null) {
            from = LocalDate.of(FinancialQuarter.financialYearOf(today), 4, 1);
            to = today;
            fill(fields, "from", from);
            fill(fields, "to", to);
        } else if (errors.isEmpty() && from == null) {
            errors.add(new FieldError("from-day", "Enter the start date of the period"));
        } else if (errors.isEmpty() && to == null) {
            errors.add(new FieldError("to-day", "Enter the end date of the period"));
        }
        if (errors.isEmpty() && to.isBefore(from)) {
            errors.add(new FieldError("to-day", "The end date must be the same as or after the start date"));
        }
        // No council figures go back further (decision 020); a year like 0001 is a slip, not a question.
        if (errors.isEmpty() && from.isBefore(ReceivedDates.DEFAULT_EARLIEST)) {
            errors.add(new FieldError("from-year", "The start date must be 1 April 2008 or later: check the year"));
        }
        if (!errors.isEmpty()) {
            return new Choice(null, errors, fields);
        }
        Period period = Period.custom(from, to);
        if (!ProducingStatistics.withinLimit(period)) {
            errors.add(new FieldError(
                    "from-day",
                    "A report covers at most 10 years: choose a later start date or an " + "earlier end date"));
            return new Choice(null, errors, fields);
        }
        return new Choice(period, errors, fields);
    }

    /**
     * The date named {@code name}: the ISO value when given, otherwise the three date inputs; null when none of them
     * was given. A problem is added for a date that is partly given or is not a real date.
     */
    public static LocalDate date(
            String name, String word, Map<String, String> query, Map<String, String> fields, List<FieldError> errors) {
        String iso = trimmed(query.get(name));
        if (iso != null) {
            try {
                LocalDate date = LocalDate.parse(iso);
                fill(fields, name, date);
                return date;
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(name + "-day", "The " + word + " date must be a real date, like 1 4 2009"));
                return null;
            }
        }
        String day = trimmed(query.get(name + "-day"));
        String month = trimmed(query.get(name + "-month"));
        String year = trimmed(query.get(name + "-year"));
        fields.put(name + "-day", day == null ? "" : day);
        fields.put(name + "-month", month == null ? "" : month);
        fields.put(name + "-year", year == null ? "" : year);
        if (day == null && month == null && year == null) {
            return null;
        }
        if (day == null || month == null || year == null) {
            String missing = day == null ? "day" : month == null ? "month" : "year";
            errors.add(new FieldError(name + "-" + missing, "The " + word + " date must include a " + missing));
            return null;
        }
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 9999) {
                errors.add(new FieldError(name + "-year", "The " + word + " date's year must have 4 numbers"));
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(new FieldError(name + "-day", "The " + word + " date must be a real date, like 1 4 2009"));
            return null;
        }
    }

    private static void fill(Map<String, String> fields, String name, LocalDate date) {
        fields.put(name + "-day", String.valueOf(date.getDayOfMonth()));
        fields.put(name + "-month", String.valueOf(date.getMonthValue()));
        fields.put(name + "-year", String.valueOf(date.getYear()));
    }

    /**
     * Links for the periods asked for most: the last four complete quarters, and the last two complete financial
     * years, newest first.
     */
    public static List<Map<String, Object>> quickPicks(LocalDate today, String path, Period chosen) {
        List<Map<String, Object>> picks = new ArrayList<>();
        FinancialQuarter current = FinancialQuarter.of(today);
        List<FinancialQuarter> quarters = new ArrayList<>();
        FinancialQuarter q = current;
        for (int i = 0; i < 4; i++) {
            q = previous(q);
            quarters.add(q);
        }
        for (FinancialQuarter one : quarters) {
            picks.add(pick(
                    "Quarter " + one.quarter() + " of " + yearName(one.financialYear()),
                    Period.quarter(one),
                    path,
                    chosen));
        }
        for (int year = current.financialYear() - 1; year >= current.financialYear() - 2; year--) {
            picks.add(pick("Financial year " + yearName(year), Period.financialYear(year), path, chosen));
        }
        return picks;
    }

    private static Map<String, Object> pick(String label, Period p, String path, Period chosen) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("href", path + "?" + query(p));
        m.put("current", p.equals(chosen));
        return m;
    }

    /** The query naming a period: {@code from=2009-04-01&to=2010-03-31}. ISO dates need no encoding. */
    public static String query(Period p) {
        return "from=" + p.from() + "&to=" + p.to();
    }

    /** The period in words, as the statistics and compliments pages show it. */
    public static String periodText(Period p) {
        return Dates.text(p.from()) + " to " + Dates.text(p.to());
    }

    /** For example 2009 to 2010, as GOV.UK writes a financial year. */
    public static String yearName(int startingYear) {
        return startingYear + " to " + (startingYear + 1);
    }

    /** The two GOV.UK date inputs, From and To, with what was typed and the first problem with each. */
    public static List<Map<String, Object>> dateInputs(Choice choice) {
        Map<String, String> errorOf = new LinkedHashMap<>();
        for (FieldError e : choice.errors()) {
            errorOf.putIfAbsent(e.field().substring(0, e.field().indexOf('-')), e.message());
        }
        return List.of(
                dateInput("from", "From", choice.fields(), errorOf.get("from")),
                dateInput("to", "To", choice.fields(), errorOf.get("to")));
    }

    /**
     * One GOV.UK date input named {@code name}: its legend, its error (or null), and its day, month and year boxes
     * ({@code name-day} and so on) holding {@code values}.
     */
    public static Map<String, Object> dateInput(String name, String legend, Map<String, String> values, String error) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", name);
        d.put("legend", legend);
        d.put("hint", "For example, 1 4 2009");
        d.put("error", error);
        List<Map<String, Object>> parts = new ArrayList<>();
        for (String[] part :
                List.of(new String[] {"day", "Day", "2"}, new String[] {"month", "Month", "2"}, new String[] {
                    "year", "Year", "4"
                })) {
            String id = name + "-" + part[0];
            parts.add(Map.of(
                    "id",
                    id,
                    "label",
                    part[1],
                    "width",
                    Integer.parseInt(part[2]),
                    "value",
                    values.getOrDefault(id, "")));
        }
        d.put("parts", parts);
        return d;
    }

    private static FinancialQuarter previous(FinancialQuarter q) {
        return q.quarter() == 1
                ? new FinancialQuarter(q.financialYear() - 1, 4)
                : new FinancialQuarter(q.financialYear(), q.quarter() - 1);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
