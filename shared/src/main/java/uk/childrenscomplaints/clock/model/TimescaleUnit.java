package uk.childrenscomplaints.clock.model;

import java.util.Arrays;
import java.util.Optional;

/** What a timescale counts in; each unit picks its own calculator, so the choice is data. */
public enum TimescaleUnit {
    WORKING_DAYS("working_days", "working day", "working days"),
    CALENDAR_DAYS("calendar_days", "day", "days"),
    CALENDAR_MONTHS("calendar_months", "month", "months");

    private final String code;
    private final String singular;
    private final String plural;

    TimescaleUnit(String code, String singular, String plural) {
        this.code = code;
        this.singular = singular;
        this.plural = plural;
    }

    public String code() {
        return code;
    }

    /** Words for letters and pages: "10 working days", "1 month". */
    public String describe(int amount) {
        return amount + " " + (amount == 1 ? singular : plural);
    }

    public DeadlineCalculator calculator(WorkingDayCalendar calendar, int amount) {
        return switch (this) {
            case WORKING_DAYS -> new BusinessDays(calendar, WorkingDays.of(amount));
            case CALENDAR_DAYS -> new CalendarDaysCalculator(calendar, CalendarDays.of(amount));
            case CALENDAR_MONTHS -> new CalendarMonthsCalculator(CalendarMonths.of(amount));
        };
    }

    public static Optional<TimescaleUnit> parse(String code) {
        return Arrays.stream(values())
                .filter(u -> u.code.equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst();
    }
}
