package uk.childrenscomplaints.complaint.statistics;

import java.math.BigDecimal;

/**
 * How long Stage 1 responses took, in working days counted from receipt as day 0. The four bands do not overlap and
 * together cover every statutory complaint, so their counts add up to {@code statutoryComplaints}.
 *
 * @param within10 responded in 10 working days or fewer
 * @param within11To20 responded in 11 to 20 working days (an extension's limit)
 * @param over20 responded in more than 20 working days
 * @param notResponded no Stage 1 response recorded on or before the report date
 * @param averageWorkingDays the mean over the complaints responded to, to one decimal place (half-up); null when none
 */
public record Stage1Timeliness(
        long statutoryComplaints,
        Figure within10,
        Figure within11To20,
        Figure over20,
        Figure notResponded,
        BigDecimal averageWorkingDays) {}
