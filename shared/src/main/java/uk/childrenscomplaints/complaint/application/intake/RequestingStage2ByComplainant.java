package uk.childrenscomplaints.complaint.application.intake;

import java.util.Optional;
import uk.childrenscomplaints.complaint.application.casework.CaseCommand;
import uk.childrenscomplaints.complaint.application.casework.CaseResult;
import uk.childrenscomplaints.complaint.application.casework.HandlingComplaints;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;

/**
 * The complainant asks for Stage 2 through their signed status link (the link is checked at the edge). The request is
 * dated today and goes through the same rules as one recorded by staff: within the window after the Stage 1 response,
 * or at once when that response is overdue.
 */
public final class RequestingStage2ByComplainant {
    public static final String ACTOR = "complainant (status link)";

    private final Complaints complaints;
    private final HandlingComplaints handling;

    public RequestingStage2ByComplainant(Complaints complaints, HandlingComplaints handling) {
        this.complaints = complaints;
        this.handling = handling;
    }

    public CaseResult request(ComplaintId id, String reasons) {
        Optional<Complaint> found = complaints.find(id);
        if (found.isEmpty()) {
            return new CaseResult.NotFound();
        }
        Complaint c = found.get();
        return handling.change(c, c.version(), new CaseCommand.RequestStage2(handling.today(), reasons, false), ACTOR);
    }
}
