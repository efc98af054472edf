package uk.childrenscomplaints.reports;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.reporting.SendingQuarterlyReport;
import uk.childrenscomplaints.complaint.infrastructure.FunctionContexts;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.observability.BusinessMetrics;

/**
 * The quarterly report, on the first working day after each financial quarter ends (and the year-end report after
 * the fourth). Thin: work out the day, call the use case, log one line of counts. A send that failed is given back
 * and the run fails, so the schedule's retry sends it.
 */
public class QuarterlyReportHandler extends MicronautRequestHandler<QuarterlyReportRequest, QuarterlyReportResult> {
    private static final Logger LOG = LoggerFactory.getLogger(QuarterlyReportHandler.class);
    private static final ZoneId LONDON = CouncilTime.ZONE;
    static final String NAME = "quarterly-report";

    @Inject
    SendingQuarterlyReport reports;

    @Inject
    Clock clock;

    @Inject
    BusinessMetrics metrics;

    /** The Lambda runtime's way in. */
    public QuarterlyReportHandler() {
        super();
        ReportPriming.register(this);
    }

    /** For the local runtime and tests: the same handler over a context they configure. */
    public QuarterlyReportHandler(ApplicationContextBuilder builder) {
        super(builder);
        ReportPriming.register(this);
    }

    /** As Lambda starts it: each singleton built on first use, so this function builds only what it reaches. */
    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return FunctionContexts.lambda();
    }

    @Override
    public QuarterlyReportResult execute(QuarterlyReportRequest request) {
        QuarterlyReportRequest in = request == null ? new QuarterlyReportRequest(null, null, null, null) : request;
        Instant at;
        try {
            at = in.scheduledTime() == null || in.scheduledTime().isBlank()
                    ? clock.instant()
                    : Instant.parse(in.scheduledTime());
        } catch (DateTimeParseException e) {
            return refused(clock.instant(), "scheduledTime must be an instant such as 2026-10-01T06:30:00Z.");
        }
        LocalDate today = at.atZone(LONDON).toLocalDate();
        boolean resend = Boolean.TRUE.equals(in.resend());
        SendingQuarterlyReport.Run run;
        if (in.quarter() == null || in.quarter().isBlank()) {
            if (resend) {
                return refused(
                        at,
                        "resend needs the quarter to send again, such as "
                                + "{\"quarter\": \"2026-27 Q2\", \"resend\": true}.");
            }
            run = reports.onSchedule(today);
        } else {
            try {
                run = reports.forQuarter(FinancialQuarter.parse(in.quarter()), resend, today);
            } catch (IllegalArgumentException e) {
                // Our own messages: they name the quarter and the rule, never anything typed about a person.
                return refused(at, e.getMessage());
            }
        }
        QuarterlyReportResult result = new QuarterlyReportResult(
                NAME,
                today.toString(),
                run.quarter().toString(),
                run.dueOn().toString(),
                run.due(),
                run.sent(),
                run.alreadySent(),
                run.failed(),
                null);
        LOG.info(
                "report={} date={} quarter={} dueOn={} due={} resend={} sent={} alreadySent={} failed={}",
                NAME,
                result.date(),
                result.quarter(),
                result.dueOn(),
                result.due(),
                resend,
                result.sent(),
                result.alreadySent(),
                result.failed());
        metrics.reportsSent(run.sent());
        if (run.failed() > 0) {
            throw new IllegalStateException(run.failed() + " report email(s) for " + run.quarter()
                    + " could not be sent; nothing is marked sent, so the schedule's retry sends them.");
        }
        return result;
    }

    private static QuarterlyReportResult refused(Instant at, String why) {
        LOG.warn("report={} refused: {}", NAME, why);
        return new QuarterlyReportResult(
                NAME, at.atZone(LONDON).toLocalDate().toString(), null, null, false, 0, 0, 0, why);
    }
}
