package uk.childrenscomplaints.deadlines;

import io.micronaut.serde.annotation.Serdeable;

/** Counts only, as logged: no personal data. */
@Serdeable
public record SweepResult(String sweep, String date, boolean skippedNonWorkingDay, int examined, int reminded,
        int chased, int flagged, int skipped, int failed, int outboxSent, boolean finished) {
}
