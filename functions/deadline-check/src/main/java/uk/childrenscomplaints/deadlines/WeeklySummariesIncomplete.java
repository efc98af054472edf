package uk.childrenscomplaints.deadlines;

/**
 * Thrown after every team has been tried when some summaries did not go, so Lambda retries the asynchronous
 * invocation with the same scheduled time: the retry sends only the summaries still unclaimed. Counts only.
 */
public final class WeeklySummariesIncomplete extends RuntimeException {
    private final transient WeeklySummaryResult result;

    public WeeklySummariesIncomplete(WeeklySummaryResult result) {
        super("Weekly summaries for the week of " + result.weekOf() + " incomplete: sent " + result.sent()
                + ", already sent " + result.alreadySent() + ", failed " + result.failed() + " of " + result.teams()
                + " teams " + result.failedTeams() + "; a retry sends the failed ones");
        this.result = result;
    }

    public WeeklySummaryResult result() {
        return result;
    }
}
