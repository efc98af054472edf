package uk.childrenscomplaints.complaint.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import uk.childrenscomplaints.complaint.application.ports.ImportedHistory;
import uk.childrenscomplaints.complaint.model.FinancialYear;

/**
 * The first day a complaint logged by staff may have been received (issue 13): the first day of the financial year of
 * the council's earliest imported complaint, or the configured day when nothing was imported. Never before the
 * configured day, which is also the import's own floor and keeps every date within the working-day calendar.
 *
 * <p>The import records its earliest date in one small item; this reads it at most once every {@link #KEPT_FOR} per
 * process, so logging pays a read only now and then, and the public form (which takes today's date) never. An import
 * forgets this process's copy at once; other processes see it within {@link #KEPT_FOR}.
 */
public final class EarliestReceivedDate {
    public static final Duration KEPT_FOR = Duration.ofMinutes(5);

    private final ImportedHistory history;
    private final LocalDate configured;
    private final Clock clock;
    private volatile Read last;

    private record Read(LocalDate earliest, Instant until) {}

    public EarliestReceivedDate(ImportedHistory history, LocalDate configured, Clock clock) {
        this.history = history;
        this.configured = configured;
        this.clock = clock;
    }

    /** The configured day and nothing else: for uses that never import. */
    public static EarliestReceivedDate configuredOnly(LocalDate configured) {
        return new EarliestReceivedDate(null, configured, null);
    }

    /** The setting: the floor for the import's own dates. */
    public LocalDate configured() {
        return configured;
    }

    public LocalDate earliest() {
        if (history == null) {
            return configured;
        }
        Instant now = clock.instant();
        Read read = last;
        if (read != null && now.isBefore(read.until())) {
            return read.earliest();
        }
        LocalDate earliest = history.earliestReceived()
                .map(day -> FinancialYear.containing(day).firstDay())
                .filter(start -> start.isAfter(configured))
                .orElse(configured);
        last = new Read(earliest, now.plus(KEPT_FOR));
        return earliest;
    }

    /** After an import stored complaints received from this day on. */
    public void imported(LocalDate earliestInFile) {
        if (history != null) {
            history.recordEarliestReceived(earliestInFile);
            last = null;
        }
    }
}
