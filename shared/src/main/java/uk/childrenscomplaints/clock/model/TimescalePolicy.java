package uk.childrenscomplaints.clock.model;

import java.time.LocalDate;
import java.util.Objects;

/** The timescales in force together with the calendar they are counted on. */
public final class TimescalePolicy {
    private final Timescales timescales;
    private final WorkingDayCalendar calendar;

    public TimescalePolicy(Timescales timescales, WorkingDayCalendar calendar) {
        this.timescales = Objects.requireNonNull(timescales, "timescales");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public String version() {
        return timescales.version();
    }

    public Timescale timescale(TimescaleId id) {
        return timescales.get(Objects.requireNonNull(id, "id"));
    }

    public Timescales timescales() {
        return timescales;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /**
     * The limit date for {@code id} counted from {@code from} (the event the timescale names, e.g.
     * receipt for STAGE1_RESPONSE or the panel date for PANEL_NOTICE).
     */
    public LocalDate dueDate(TimescaleId id, LocalDate from) {
        Timescale t = timescale(id);
        return t.calculator(calendar).deadline(from, t.direction());
    }
}
