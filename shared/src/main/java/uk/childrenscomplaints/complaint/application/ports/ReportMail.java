package uk.childrenscomplaints.complaint.application.ports;

import java.util.List;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.statistics.Report;

/**
 * One report email, before it is laid out: counts only, so it can carry nothing about a person.
 *
 * @param report the quarter's figures (quarterly) or the whole financial year's (year-end)
 * @param yearToDate the financial year up to the quarter's end, shown beside the quarter; null for the year-end report
 * @param attachments the figures as CSV, one file per period shown
 */
public record ReportMail(
        Kind kind,
        FinancialQuarter quarter,
        Report report,
        Report yearToDate,
        List<Attachment> attachments,
        List<String> to) {

    public ReportMail {
        if (to == null || to.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one recipient");
        }
        attachments = List.copyOf(attachments);
        to = List.copyOf(to);
    }

    public enum Kind {
        QUARTERLY,
        YEAR_END
    }

    /** A CSV file: its name and its text. */
    public record Attachment(String fileName, String csv) {}
}
