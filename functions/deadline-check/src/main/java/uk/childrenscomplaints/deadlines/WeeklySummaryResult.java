package uk.childrenscomplaints.deadlines;

import io.micronaut.serde.annotation.Serdeable;

/** Counts only, as logged: the Monday the summaries are for, and how many went, had gone before, or failed. */
@Serdeable
public record WeeklySummaryResult(String summary, String weekOf, int teams, int sent, int alreadySent, int failed) {
}
