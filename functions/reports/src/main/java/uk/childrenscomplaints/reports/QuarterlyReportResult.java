package uk.childrenscomplaints.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Counts only, as logged: no personal data, no figures.
 *
 * @param due whether {@code date} is the day the quarter's report is due (always true for a quarter asked by name)
 * @param refused why the input was refused, and how to put it right; null when it was not
 */
@Serdeable
public record QuarterlyReportResult(
        String report,
        String date,
        @Nullable String quarter,
        @Nullable String dueOn,
        boolean due,
        int sent,
        int alreadySent,
        int failed,
        @Nullable String refused) {}
