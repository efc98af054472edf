package uk.childrenscomplaints.deadlines;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.deadlines.SendingWeeklyTeamSummaries;
import uk.childrenscomplaints.complaint.infrastructure.FunctionContexts;
import uk.childrenscomplaints.observability.BusinessMetrics;

/**
 * Monday 08:00: each team manager's summary of their team's open complaints. Thin: work out the week from the
 * schedule's scheduled time, run the use case, log one line of counts, and fail the invocation when a send failed
 * so Lambda's retry sends it (the others are already claimed and are not sent again).
 *
 * <p>A bank holiday Monday still gets its summary: it is a list to read when back at work, not a working-day clock.
 */
public class WeeklyTeamSummaryHandler extends MicronautRequestHandler<SweepRequest, WeeklySummaryResult> {
    private static final Logger LOG = LoggerFactory.getLogger(WeeklyTeamSummaryHandler.class);
    private static final ZoneId LONDON = CouncilTime.ZONE;

    @Inject
    SendingWeeklyTeamSummaries summaries;

    @Inject
    Clock clock;

    @Inject
    BusinessMetrics metrics;

    /** The Lambda runtime's way in. */
    public WeeklyTeamSummaryHandler() {
        super();
        SchedulePriming.register(this);
    }

    /** For the local runtime and tests: the same handler over a context they configure. */
    public WeeklyTeamSummaryHandler(ApplicationContextBuilder builder) {
        super(builder);
        SchedulePriming.register(this);
    }

    /** As Lambda starts it: each singleton built on first use, so this function builds only what it reaches. */
    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return FunctionContexts.lambda();
    }

    @Override
    public WeeklySummaryResult execute(SweepRequest request) {
        Instant at = request != null
                        && request.scheduledTime() != null
                        && !request.scheduledTime().isBlank()
                ? Instant.parse(request.scheduledTime())
                : clock.instant();
        LocalDate scheduledDay = at.atZone(LONDON).toLocalDate();
        SendingWeeklyTeamSummaries.Counts c = summaries.run(scheduledDay);
        WeeklySummaryResult result = new WeeklySummaryResult(
                "weekly-team-summary",
                c.weekOf().toString(),
                c.teams(),
                c.sent(),
                c.alreadySent(),
                c.failed(),
                c.failedTeams());
        LOG.info(
                "summary={} weekOf={} teams={} sent={} alreadySent={} failed={} failedTeams={}",
                result.summary(),
                result.weekOf(),
                result.teams(),
                result.sent(),
                result.alreadySent(),
                result.failed(),
                result.failedTeams());
        metrics.reportsSent(c.sent());
        if (!c.allDone()) {
            throw new WeeklySummariesIncomplete(result);
        }
        return result;
    }
}
