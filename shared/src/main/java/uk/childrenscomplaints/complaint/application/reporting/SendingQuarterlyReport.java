package uk.childrenscomplaints.complaint.application.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;
import uk.childrenscomplaints.complaint.application.ports.Deliveries;
import uk.childrenscomplaints.complaint.application.ports.DeliveryFailed;
import uk.childrenscomplaints.complaint.application.ports.ReportMail;
import uk.childrenscomplaints.complaint.application.ports.ReportMailer;
import uk.childrenscomplaints.complaint.application.ports.SendMarker;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.FinancialYear;
import uk.childrenscomplaints.complaint.statistics.Period;
import uk.childrenscomplaints.complaint.statistics.Report;
import uk.childrenscomplaints.complaint.statistics.ReportCsv;

/**
 * Emails the complaints manager the quarter's figures and the year to date on the first working day after each
 * financial quarter ends, and after the fourth quarter the year-end report too. The schedule fires on each of the
 * first seven days of January, April, July and October; only the first working day after the quarter's end sends,
 * so a bank holiday (New Year's Day, Easter Monday) moves the report to the next working day instead of losing it.
 *
 * <p>Each report is claimed before it is sent, so a repeated or concurrent run sends it once; a failed send gives its
 * claim back for the next run. A deliberate re-send skips the claim and is recorded beside it.
 */
public final class SendingQuarterlyReport {

    private final ProducingStatistics statistics;
    private final WorkingDayCalendar calendar;
    private final Deliveries deliveries;
    private final ReportMailer mailer;
    private final List<String> recipients;
    private final Clock clock;

    public SendingQuarterlyReport(
            ProducingStatistics statistics,
            WorkingDayCalendar calendar,
            Deliveries deliveries,
            ReportMailer mailer,
            List<String> recipients,
            Clock clock) {
        this.statistics = statistics;
        this.calendar = calendar;
        this.deliveries = deliveries;
        this.mailer = mailer;
        this.recipients = List.copyOf(recipients);
        this.clock = clock;
    }

    /** What one run did, in counts: nothing about any complaint. */
    public record Run(
            LocalDate date,
            FinancialQuarter quarter,
            LocalDate dueOn,
            boolean due,
            int sent,
            int alreadySent,
            int failed) {}

    /** The quarter that ended most recently before {@code day}. */
    public static FinancialQuarter quarterEndedBefore(LocalDate day) {
        return FinancialQuarter.of(FinancialQuarter.of(day).firstDay().minusDays(1));
    }

    /** The day a quarter's report is due: the first working day after its last day. */
    public LocalDate dueOn(FinancialQuarter quarter) {
        return calendar.firstWorkingDayAfter(quarter.lastDay());
    }

    /** The scheduled run: sends only when {@code today} is the first working day after a quarter's end. */
    public Run onSchedule(LocalDate today) {
        FinancialQuarter quarter = quarterEndedBefore(today);
        LocalDate dueOn = dueOn(quarter);
        if (!today.equals(dueOn)) {
            return new Run(today, quarter, dueOn, false, 0, 0, 0);
        }
        return send(today, quarter, dueOn, false);
    }

    /**
     * A quarter asked for by name (a late or repeated report). {@code resend} sends even when it went already.
     *
     * @throws IllegalArgumentException when the quarter has not ended by {@code today}
     */
    public Run forQuarter(FinancialQuarter quarter, boolean resend, LocalDate today) {
        if (!quarter.lastDay().isBefore(today)) {
            throw new IllegalArgumentException("The quarter " + quarter + " ends on " + quarter.lastDay()
                    + ", so its report can be sent from " + quarter.lastDay().plusDays(1)
                    + "; ask for a quarter that has ended.");
        }
        return send(today, quarter, dueOn(quarter), resend);
    }

    private Run send(LocalDate today, FinancialQuarter quarter, LocalDate dueOn, boolean resend) {
        List<Delivery> deliveries = new ArrayList<>();
        deliveries.add(new Delivery(quarterlyKey(quarter), () -> quarterly(quarter)));
        if (quarter.quarter() == 4) {
            deliveries.add(new Delivery(yearEndKey(quarter.financialYear()), () -> yearEnd(quarter)));
        }
        int sent = 0;
        int already = 0;
        int failed = 0;
        for (Delivery d : deliveries) {
            switch (deliver(d, resend)) {
                case SENT -> sent++;
                case ALREADY_SENT -> already++;
                case FAILED -> failed++;
            }
        }
        return new Run(today, quarter, dueOn, true, sent, already, failed);
    }

    private enum Result {
        SENT,
        ALREADY_SENT,
        FAILED
    }

    private record Delivery(String key, java.util.function.Supplier<ReportMail> mail) {}

    private Result deliver(Delivery delivery, boolean resend) {
        // Built before claiming: a failed read leaves nothing claimed.
        ReportMail mail = delivery.mail().get();
        if (resend) {
            try {
                mailer.send(mail);
            } catch (DeliveryFailed e) {
                return Result.FAILED;
            }
            // A deliberate re-send leaves its own mark beside the first delivery's; it never blocks or frees anything.
            String resent = delivery.key() + "#resent#" + clock.millis();
            if (deliveries.claim(resent)) {
                deliveries.markSent(resent);
            }
            return Result.SENT;
        }
        if (!deliveries.claim(delivery.key())) {
            return Result.ALREADY_SENT;
        }
        try {
            mailer.send(mail, SendMarker.delivery(delivery.key()));
        } catch (DeliveryFailed e) {
            if (e.outcomeUnknown()) {
                // SES may have it: the claim stays until SES confirms the send or it runs out (decision 025).
                deliveries.awaitConfirmation(delivery.key());
            } else {
                deliveries.release(delivery.key());
            }
            return Result.FAILED;
        } catch (RuntimeException e) {
            deliveries.release(delivery.key());
            throw e;
        }
        // Only now is the mark permanent: a run killed before this point leaves a lease that expires, and the
        // retried run sends the report.
        deliveries.markSent(delivery.key());
        return Result.SENT;
    }

    private ReportMail quarterly(FinancialQuarter quarter) {
        Report report = statistics.report(Period.quarter(quarter));
        List<ReportMail.Attachment> files = new ArrayList<>();
        files.add(new ReportMail.Attachment(fileName(quarter), ReportCsv.write(report)));
        Report yearToDate = null;
        // In the first quarter the year to date is the quarter itself: shown once.
        if (quarter.quarter() > 1) {
            yearToDate = statistics.report(yearToDate(quarter));
            files.add(new ReportMail.Attachment(yearToDateFileName(quarter), ReportCsv.write(yearToDate)));
        }
        return new ReportMail(ReportMail.Kind.QUARTERLY, quarter, report, yearToDate, files, recipients);
    }

    private ReportMail yearEnd(FinancialQuarter fourth) {
        Report year = statistics.report(Period.financialYear(fourth.financialYear()));
        return new ReportMail(
                ReportMail.Kind.YEAR_END,
                fourth,
                year,
                null,
                List.of(new ReportMail.Attachment(yearFileName(fourth.financialYear()), ReportCsv.write(year))),
                recipients);
    }

    public static Period yearToDate(FinancialQuarter quarter) {
        return Period.custom(new FinancialQuarter(quarter.financialYear(), 1).firstDay(), quarter.lastDay());
    }

    public static String quarterlyKey(FinancialQuarter quarter) {
        return "quarterly-report#" + yearName(quarter.financialYear()) + "#q" + quarter.quarter();
    }

    public static String yearEndKey(int financialYear) {
        return "year-end-report#" + yearName(financialYear);
    }

    /** {@code complaints-2026-27-Q2.csv} */
    public static String fileName(FinancialQuarter quarter) {
        return "complaints-" + yearName(quarter.financialYear()) + "-Q" + quarter.quarter() + ".csv";
    }

    /** {@code complaints-2026-27-Q1-to-Q2.csv} */
    public static String yearToDateFileName(FinancialQuarter quarter) {
        return "complaints-" + yearName(quarter.financialYear()) + "-Q1-to-Q" + quarter.quarter() + ".csv";
    }

    /** {@code complaints-2026-27.csv} */
    public static String yearFileName(int financialYear) {
        return "complaints-" + yearName(financialYear) + ".csv";
    }

    /** {@code 2026-27} */
    public static String yearName(int financialYear) {
        return FinancialYear.of(financialYear).toString();
    }
}
