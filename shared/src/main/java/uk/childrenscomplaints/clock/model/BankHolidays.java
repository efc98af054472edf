package uk.childrenscomplaints.clock.model;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The bank holidays of one division, with the range the data speaks for. The range runs from the
 * first day of the earliest year to the last day of the latest year present, because a source lists
 * whole years: a date outside it may be a holiday we have not been told about.
 */
public record BankHolidays(Set<LocalDate> dates, LocalDate firstCovered, LocalDate lastCovered) {

    public BankHolidays {
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(firstCovered, "firstCovered");
        Objects.requireNonNull(lastCovered, "lastCovered");
        if (lastCovered.isBefore(firstCovered)) {
            throw new IllegalArgumentException(
                    "Bank holiday range ends (" + lastCovered + ") before it starts (" + firstCovered + ")");
        }
        for (LocalDate d : dates) {
            if (d.isBefore(firstCovered) || d.isAfter(lastCovered)) {
                throw new IllegalArgumentException(
                        "Bank holiday " + d + " lies outside its own range " + firstCovered + " to " + lastCovered);
            }
        }
        dates = Set.copyOf(dates);
    }

    /** The holidays given, covering the whole years from the earliest to the latest of them. */
    public static BankHolidays of(Collection<LocalDate> dates) {
        if (dates == null || dates.isEmpty()) {
            throw new IllegalArgumentException("No bank holidays given: cannot tell which years are covered");
        }
        TreeSet<LocalDate> sorted = new TreeSet<>(dates);
        LocalDate first = sorted.first().with(TemporalAdjusters.firstDayOfYear());
        LocalDate last = sorted.last().with(TemporalAdjusters.lastDayOfYear());
        return new BankHolidays(sorted, first, last);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstCovered) && !date.isAfter(lastCovered);
    }

    /**
     * These holidays with a newer source laid over them: inside the newer range the newer source
     * wins outright (so it can add and remove days); outside it the older data still stands. This
     * lets a council load GOV.UK's current feed, which only lists recent years, without losing the
     * history that old complaints are measured against.
     */
    public BankHolidays overlaidWith(BankHolidays newer) {
        boolean gap = newer.firstCovered.isAfter(lastCovered.plusDays(1))
                || newer.lastCovered.isBefore(firstCovered.minusDays(1));
        if (gap) {
            throw new IllegalArgumentException("Newer bank holidays (" + newer.firstCovered + " to "
                    + newer.lastCovered + ") leave a gap next to the existing ones (" + firstCovered + " to "
                    + lastCovered + ")");
        }
        Set<LocalDate> merged =
                dates.stream().filter(d -> !newer.covers(d)).collect(Collectors.toCollection(TreeSet::new));
        merged.addAll(newer.dates);
        LocalDate first = firstCovered.isBefore(newer.firstCovered) ? firstCovered : newer.firstCovered;
        LocalDate last = lastCovered.isAfter(newer.lastCovered) ? lastCovered : newer.lastCovered;
        return new BankHolidays(merged, first, last);
    }
}
