package uk.childrenscomplaints.deadlines;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Counts only, as logged: no personal data.
 *
 * @param overdue                       examined complaints past the council's own deadline
 * @param owedNotifications             complaints still owing a notification in the outbox after the sweep
 * @param oldestOwedNotificationMinutes how long the longest-owed one has waited; 0 when nothing is owed
 */
@Serdeable
public record SweepResult(
        String sweep,
        String date,
        boolean skippedNonWorkingDay,
        int examined,
        int overdue,
        int reminded,
        int chased,
        int flagged,
        int skipped,
        int failed,
        int outboxSent,
        boolean finished,
        int owedNotifications,
        long oldestOwedNotificationMinutes) {

    /** Done, with nothing left unsent that it tried: what the daily alarm waits for. A day off counts. */
    public boolean succeeded() {
        return finished && failed == 0;
    }
}
