package uk.childrenscomplaints.clock.model;

import java.time.LocalDate;

/**
 * One rule for turning an event date into a limit date. Each implementation holds its own limit,
 * so a caller passes only the date it counts from and the direction the timescale runs.
 */
public interface DeadlineCalculator {

    /**
     * AFTER: the last day on which the act is still in time. BEFORE: the last day on which the act
     * still leaves the required notice before {@code from}.
     */
    LocalDate deadline(LocalDate from, Direction direction);
}
