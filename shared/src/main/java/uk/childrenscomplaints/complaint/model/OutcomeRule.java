package uk.childrenscomplaints.complaint.model;

import java.util.Collection;

/**
 * A complaint's overall outcome from its issues, as the report counts it: upheld if any issue is upheld, partially
 * upheld if none is but some is partially upheld, otherwise not upheld.
 */
public final class OutcomeRule {
    private OutcomeRule() {}

    public static Outcome overall(Collection<IssueOutcome> issueOutcomes) {
        if (issueOutcomes.contains(IssueOutcome.UPHELD)) {
            return Outcome.UPHELD;
        }
        if (issueOutcomes.contains(IssueOutcome.PARTIALLY_UPHELD)) {
            return Outcome.PARTIALLY_UPHELD;
        }
        return Outcome.NOT_UPHELD;
    }
}
