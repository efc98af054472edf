package uk.childrenscomplaints.deadlines;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * As logged: the Monday the summaries are for, how many went, had gone before, or failed, and which teams failed
 * (team names only: no personal data).
 */
@Serdeable
public record WeeklySummaryResult(
        String summary, String weekOf, int teams, int sent, int alreadySent, int failed, List<String> failedTeams) {}
