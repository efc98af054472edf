package uk.childrenscomplaints.complaint.application.ports;

import java.util.List;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.OpenCaseload;

/** Each team's open caseload at the end of each quarter, as staff enter it. One figure per team and quarter. */
public interface Caseloads {

    /** Sets the team's figure for the quarter, replacing any figure entered before (a correction). */
    void record(OpenCaseload caseload);

    /** The figures entered for the quarter, one per team that has one, in team name order. */
    List<OpenCaseload> atEndOf(FinancialQuarter quarter);
}
