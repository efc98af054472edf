package uk.childrenscomplaints.deadlines;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.complaint.application.retention.RemovingPersonalData;
import uk.childrenscomplaints.complaint.infrastructure.FunctionContexts;

/**
 * Sunday 03:00: the retention run (decision 027). Thin: take the schedule's time, run the use case, log one line of
 * counts, and fail the invocation when a write failed, so Lambda's retry (or next week) finishes what is left; the
 * complaints done already are out of the index and are not touched again.
 */
public class RetentionHandler extends MicronautRequestHandler<SweepRequest, RetentionResult> {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionHandler.class);

    @Inject
    RemovingPersonalData retention;

    @Inject
    Clock clock;

    /** The Lambda runtime's way in. */
    public RetentionHandler() {
        super();
        SchedulePriming.register(this);
    }

    /** For the local runtime and tests: the same handler over a context they configure. */
    public RetentionHandler(ApplicationContextBuilder builder) {
        super(builder);
        SchedulePriming.register(this);
    }

    /** As Lambda starts it: each singleton built on first use, so this function builds only what it reaches. */
    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return FunctionContexts.lambda();
    }

    @Override
    public RetentionResult execute(SweepRequest request) {
        Instant at = request != null
                        && request.scheduledTime() != null
                        && !request.scheduledTime().isBlank()
                ? Instant.parse(request.scheduledTime())
                : clock.instant();
        RemovingPersonalData.Counts c = retention.run(at);
        RetentionResult result = new RetentionResult(
                "retention",
                c.lastDate().toString(),
                c.anonymised(),
                c.changedMeanwhile(),
                c.refused(),
                c.complimentsAnonymised(),
                c.expiredRemoved(),
                c.failed());
        LOG.info(
                "run={} lastDate={} anonymised={} changedMeanwhile={} refused={} compliments={} expiredRemoved={} failed={}",
                result.run(),
                result.lastDate(),
                result.anonymised(),
                result.changedMeanwhile(),
                result.refused(),
                result.complimentsAnonymised(),
                result.expiredRemoved(),
                result.failed());
        if (!c.allDone()) {
            throw new IllegalStateException("retention run incomplete: " + c.failed()
                    + " writes failed; a retry or next week's run carries on");
        }
        return result;
    }
}
