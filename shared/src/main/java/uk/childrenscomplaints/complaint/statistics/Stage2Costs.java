package uk.childrenscomplaints.complaint.statistics;

import java.math.BigDecimal;

/**
 * What Stage 2 investigations cost, in whole pounds, over the statutory complaints with a Stage 2 record.
 *
 * @param costedInvestigations Stage 2 investigations with a cost recorded; the average is over these alone, so an
 *     investigation not yet costed does not pull the average down
 * @param averagePounds total over costed investigations, to whole pounds half-up; null when none is costed
 */
public record Stage2Costs(long costedInvestigations, long totalPounds, BigDecimal averagePounds) {}
