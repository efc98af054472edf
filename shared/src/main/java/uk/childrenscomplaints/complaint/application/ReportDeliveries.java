package uk.childrenscomplaints.complaint.application;

import java.time.Instant;

/**
 * Which scheduled reports have gone out, so a repeated or concurrent run sends each one once. A key names one report
 * of one period, such as {@code QUARTERLY#2026-27#Q2} or {@code YEAR_END#2026-27}.
 */
public interface ReportDeliveries {

    /** Claims the report in one conditional write: true for exactly one caller, false when it was claimed already. */
    boolean claim(String key, Instant at);

    /** Gives a claim back after a failed send, so the next run sends it. */
    void release(String key);

    /** Records a deliberate re-send next to the first delivery; it never blocks or frees anything. */
    void recordResend(String key, Instant at);
}
