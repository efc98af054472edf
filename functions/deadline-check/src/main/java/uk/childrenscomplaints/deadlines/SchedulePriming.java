package uk.childrenscomplaints.deadlines;

import java.time.LocalDate;
import uk.childrenscomplaints.complaint.application.deadlines.SendingWeeklyTeamSummaries;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.infrastructure.PrimingStep;

/**
 * What this jar's three scheduled functions run before their SnapStart checkpoint (decision 039), each only its own
 * path and only what reads: the sweep through its own handler on a Sunday (the day-off path: the outbox's count and
 * age) and a deadline-index page for a day long before any complaint; the weekly summary's rows for a team no council
 * has (the status index, each open state); the retention run through its own handler as of a day before any
 * complaint, so every index it reads finds nothing and nothing is anonymised or removed.
 */
final class SchedulePriming {
    /** A Sunday: the sweep's day-off path, which only counts the outbox. */
    static final String SUNDAY = "2026-01-04T07:00:00Z";
    /** Before the earliest date a complaint may be received (2008-04-01): nothing is due, closed or expired by then. */
    static final LocalDate BEFORE_ANY_COMPLAINT = LocalDate.of(2008, 3, 31);

    static final String NO_TEAM = "PRIMING";

    private SchedulePriming() {}

    static void register(DeadlineCheckHandler handler) {
        PrimingStep.register(handler.getApplicationContext(), "sweep", () -> {
            handler.execute(new SweepRequest(SUNDAY, "priming"));
            int due = handler.getApplicationContext()
                    .getBean(Complaints.class)
                    .findDueBy(BEFORE_ANY_COMPLAINT, null, 1)
                    .items()
                    .size();
            return "sweep: day-off path through the handler; " + due + " due by " + BEFORE_ANY_COMPLAINT;
        });
    }

    static void register(WeeklyTeamSummaryHandler handler) {
        PrimingStep.register(handler.getApplicationContext(), "weekly-summary", () -> {
            SendingWeeklyTeamSummaries summaries = handler.summaries;
            int rows = summaries.rows(NO_TEAM, LocalDate.of(2026, 1, 5)).size();
            return "weekly summary: " + rows + " rows for a team no council has";
        });
    }

    static void register(RetentionHandler handler) {
        PrimingStep.register(handler.getApplicationContext(), "retention", () -> {
            RetentionResult result = handler.execute(new SweepRequest(
                    BEFORE_ANY_COMPLAINT
                            .atStartOfDay(java.time.ZoneOffset.UTC)
                            .toInstant()
                            .toString(),
                    "priming"));
            return "retention: through the handler as of " + BEFORE_ANY_COMPLAINT + ", anonymised "
                    + result.anonymised() + ", removed " + result.expiredRemoved();
        });
    }
}
