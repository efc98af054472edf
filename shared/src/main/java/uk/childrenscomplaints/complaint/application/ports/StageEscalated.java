package uk.childrenscomplaints.complaint.application.ports;

import java.util.Map;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintState;

/** A complaint moved to a later stage of the procedure. Ids, stages, team and dates only. */
public record StageEscalated(Complaint complaint, ComplaintState.Stage from, ComplaintState.Stage to)
        implements DomainEvent {
    @Override
    public String type() {
        return "StageEscalated";
    }

    @Override
    public Map<String, Object> detail() {
        Map<String, Object> d = identity();
        d.put("fromStage", from.name().toLowerCase());
        d.put("toStage", to.name().toLowerCase());
        d.put("receivedOn", complaint.intake().receivedOn().toString());
        if (to == ComplaintState.Stage.STAGE_2 && complaint.parts().stage2() != null) {
            d.put("requestedOn", complaint.parts().stage2().requestedOn().toString());
        }
        if (to == ComplaintState.Stage.STAGE_3 && complaint.parts().stage3() != null) {
            d.put("requestedOn", complaint.parts().stage3().requestedOn().toString());
        }
        return d;
    }
}
