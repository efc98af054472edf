package uk.childrenscomplaints.reports.email;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.childrenscomplaints.complaint.statistics.Figure;
import uk.childrenscomplaints.complaint.statistics.Period;

/** How the reports write numbers, shares, dates and lists, in one place so every sentence agrees. */
final class ReportWording {
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReportWording() {}

    /** {@code 1 complaint}, {@code 2 complaints}. */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String complaints(long n) {
        return count(n, "complaint", "complaints");
    }

    /** {@code 40%}; a share above nothing that rounds to 0 is {@code less than 1%}, so it is not read as none. */
    static String percent(long count, Integer percent) {
        if (percent == null) {
            return "";
        }
        return percent == 0 && count > 0 ? "less than 1%" : percent + "%";
    }

    static String percent(Figure f) {
        return percent(f.count(), f.percent());
    }

    /** {@code 12 (40%)}, or {@code 12} when there is no whole to be a share of. */
    static String figure(Figure f) {
        return f.percent() == null ? String.valueOf(f.count()) : f.count() + " (" + percent(f) + ")";
    }

    /** {@code part} as a whole percent of {@code whole}, half-up, as the calculator rounds. */
    static Integer share(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100)
                        .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
                        .intValueExact();
    }

    static String pounds(BigDecimal amount) {
        return pounds(amount.longValue());
    }

    static String pounds(long amount) {
        return "£" + NumberFormat.getIntegerInstance(Locale.UK).format(amount);
    }

    static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n);
    }

    /** {@code 1 July to 30 September 2026}, {@code 1 April 2026 to 31 March 2027}. */
    static String period(Period p) {
        String from = p.from().getYear() == p.to().getYear() ? p.from().format(DAY_MONTH) : date(p.from());
        return from + " to " + date(p.to());
    }

    static String date(LocalDate d) {
        return d.format(DAY_MONTH_YEAR);
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** The bar's length: a share as it is, capped at 100. */
    static int width(Figure f) {
        return f.percent() == null ? 0 : Math.min(100, f.percent());
    }

    /** The bar's length for counts with no whole, scaled so the largest fills the chart. */
    static int width(long n, long largest) {
        return largest == 0 ? 0 : (int) Math.round(n * 100.0 / largest);
    }
}
