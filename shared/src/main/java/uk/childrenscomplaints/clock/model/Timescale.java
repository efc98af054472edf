package uk.childrenscomplaints.clock.model;

import java.util.Objects;

/**
 * One limit as the law or the council states it: "{amount} {unit} {direction} {countsFrom}", with
 * the source kept so a letter or an auditor can see where the number came from.
 */
public record Timescale(
        TimescaleId id, int amount, TimescaleUnit unit, Direction direction, String countsFrom, String source) {

    public Timescale {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit of " + id);
        Objects.requireNonNull(direction, "direction of " + id);
        if (amount <= 0) {
            throw new IllegalArgumentException("Timescale " + id + " must have an amount of at least 1, was " + amount);
        }
        if (countsFrom == null || countsFrom.isBlank()) {
            throw new IllegalArgumentException("Timescale " + id + " must say what it counts from");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("Timescale " + id + " must name its source");
        }
    }

    /** "10 working days", for emails and pages. */
    public String describe() {
        return unit.describe(amount);
    }

    public DeadlineCalculator calculator(WorkingDayCalendar calendar) {
        return unit.calculator(calendar, amount);
    }
}
