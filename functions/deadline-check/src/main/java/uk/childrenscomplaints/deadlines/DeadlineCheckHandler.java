package uk.childrenscomplaints.deadlines;

import com.amazonaws.services.lambda.runtime.Context;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.complaint.application.deadlines.ChasingLateResponses;
import uk.childrenscomplaints.complaint.application.deadlines.RecalculatingDeadlines;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.infrastructure.FunctionContexts;
import uk.childrenscomplaints.observability.BusinessMetrics;

/**
 * The 07:00 sweep. Thin: work out the day, skip non-working days, run the use case until shortly before the Lambda
 * timeout, log one line of counts and publish them as metrics. The schedule fires every day: a weekend or bank
 * holiday is skipped, and still counts as a successful sweep (the alarm waits for one in every 24 hours).
 */
public class DeadlineCheckHandler extends MicronautRequestHandler<SweepRequest, SweepResult> {
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineCheckHandler.class);
    private static final ZoneId LONDON = CouncilTime.ZONE;
    /** Stop paging with this much time left, so the run ends cleanly and the next one carries on. */
    private static final long STOP_BEFORE_TIMEOUT_MILLIS = 10_000;
    /** The recalculation after a holiday change leaves this much of the run to the notices. */
    private static final long RECALCULATION_LEAVES_MILLIS = 120_000;

    @Inject
    ChasingLateResponses chasing;

    @Inject
    TimescalePolicy timescales;

    @Inject
    RecalculatingDeadlines recalculating;

    @Inject
    Clock clock;

    @Inject
    BusinessMetrics metrics;

    /** The Lambda runtime's way in. */
    public DeadlineCheckHandler() {
        super();
        SchedulePriming.register(this);
    }

    /** For the local runtime and tests: the same handler over a context they configure. */
    public DeadlineCheckHandler(ApplicationContextBuilder builder) {
        super(builder);
        SchedulePriming.register(this);
    }

    /** As Lambda starts it: each singleton built on first use, so this function builds only what it reaches. */
    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return FunctionContexts.lambda();
    }

    @Override
    public SweepResult execute(SweepRequest request) {
        Instant at = request != null
                        && request.scheduledTime() != null
                        && !request.scheduledTime().isBlank()
                ? Instant.parse(request.scheduledTime())
                : clock.instant();
        LocalDate today = at.atZone(LONDON).toLocalDate();
        SweepResult result;
        if (!timescales.calendar().isWorkingDay(today)) {
            Complaints.OwedNotifications owed = chasing.owedNotifications();
            result = new SweepResult(
                    "deadline-check",
                    today.toString(),
                    true,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    true,
                    owed.complaints(),
                    minutesOwed(owed));
        } else {
            // MicronautRequestHandler registers the invocation's Context as a bean; absent when called directly.
            Context context = getApplicationContext().findBean(Context.class).orElse(null);
            java.util.function.BooleanSupplier timeLeft =
                    () -> context == null || context.getRemainingTimeInMillis() > STOP_BEFORE_TIMEOUT_MILLIS;
            // First bring due dates onto a changed holiday calendar, so no notice below is worked out from an old one;
            // a long recalculation stops with time left for the notices and carries on in the next sweep.
            RecalculatingDeadlines.Counts r = recalculating.run(
                    today, () -> context == null || context.getRemainingTimeInMillis() > RECALCULATION_LEAVES_MILLIS);
            LOG.info(
                    "recalculation calendarVersion={} unchanged={} examined={} moved={} failed={} finished={}",
                    r.version(),
                    r.unchanged(),
                    r.examined(),
                    r.moved(),
                    r.failed(),
                    r.finished());
            ChasingLateResponses.Counts c = chasing.run(today, timeLeft);
            result = new SweepResult(
                    "deadline-check",
                    today.toString(),
                    false,
                    c.examined(),
                    c.overdue(),
                    c.reminded(),
                    c.chased(),
                    c.flagged(),
                    c.skipped(),
                    c.failed(),
                    c.outboxSent(),
                    c.finished(),
                    c.owed().complaints(),
                    minutesOwed(c.owed()));
        }
        LOG.info(
                "sweep={} date={} skippedNonWorkingDay={} examined={} overdue={} reminded={} chased={} flagged={} "
                        + "skipped={} failed={} outboxSent={} finished={} owed={} oldestOwedMinutes={}",
                result.sweep(),
                result.date(),
                result.skippedNonWorkingDay(),
                result.examined(),
                result.overdue(),
                result.reminded(),
                result.chased(),
                result.flagged(),
                result.skipped(),
                result.failed(),
                result.outboxSent(),
                result.finished(),
                result.owedNotifications(),
                result.oldestOwedNotificationMinutes());
        metrics.sweep(
                result.succeeded(),
                result.skippedNonWorkingDay() ? OptionalInt.empty() : OptionalInt.of(result.overdue()),
                result.reminded(),
                result.chased(),
                result.flagged(),
                result.failed(),
                result.owedNotifications(),
                result.oldestOwedNotificationMinutes());
        return result;
    }

    /** Whole minutes since the longest-owed notification was owed, by the real clock (not the scheduled day). */
    private long minutesOwed(Complaints.OwedNotifications owed) {
        return owed.oldestSince()
                .map(since ->
                        Math.max(0, Duration.between(since, clock.instant()).toMinutes()))
                .orElse(0L);
    }
}
