package uk.childrenscomplaints.complaint.application.ports;

import java.util.Map;
import uk.childrenscomplaints.complaint.model.Complaint;

/** A complaint's outcome was recorded (or it was withdrawn or not investigated). Ids, outcome, team and dates only. */
public record OutcomeRecorded(Complaint complaint) implements DomainEvent {
    @Override
    public String type() {
        return "OutcomeRecorded";
    }

    @Override
    public Map<String, Object> detail() {
        Map<String, Object> d = identity();
        d.put("outcome", complaint.outcome().code());
        d.put("state", complaint.state().code());
        d.put("receivedOn", complaint.intake().receivedOn().toString());
        if (complaint.parts().stage1() != null && complaint.parts().stage1().respondedOn() != null) {
            d.put("stage1RespondedOn", complaint.parts().stage1().respondedOn().toString());
        }
        if (complaint.parts().stage2() != null && complaint.parts().stage2().respondedOn() != null) {
            d.put("stage2RespondedOn", complaint.parts().stage2().respondedOn().toString());
        }
        return d;
    }
}
