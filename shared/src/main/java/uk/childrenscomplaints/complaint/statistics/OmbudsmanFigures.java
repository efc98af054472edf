package uk.childrenscomplaints.complaint.statistics;

import java.util.Map;
import uk.childrenscomplaints.complaint.model.OmbudsmanDecision;

/**
 * Statutory complaints referred to the Ombudsman by the report date, and the Ombudsman's decisions on them.
 *
 * @param decisions every decision, in the enum's order, with 0 where none was made
 * @param awaitingDecision referrals with no decision recorded by the report date
 */
public record OmbudsmanFigures(long referrals, Map<OmbudsmanDecision, Long> decisions, long awaitingDecision) {
    public OmbudsmanFigures {
        decisions = Breakdowns.frozen(decisions);
    }
}
