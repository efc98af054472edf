package uk.childrenscomplaints.complaint.model;

/**
 * A team's open cases at the end of a financial quarter, as staff counted them. The report sets complaints against it
 * ("140 complaints equate to 4% of the 3199 cases open at the end of the period").
 */
public record OpenCaseload(FinancialQuarter quarter, TeamName team, int openCases) {
    public OpenCaseload {
        if (quarter == null || team == null) {
            throw new IllegalArgumentException("an open caseload needs its quarter and team");
        }
        if (openCases < 0) {
            throw new IllegalArgumentException("open cases cannot be fewer than 0");
        }
    }
}
