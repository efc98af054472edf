package uk.childrenscomplaints.complaint.application.ports;

import java.util.Map;
import uk.childrenscomplaints.complaint.model.Complaint;

/** The Stage 1 response is overdue and the complainant may now ask for Stage 2. Ids, team and dates only. */
public record Stage2EntitlementFlagged(Complaint complaint) implements DomainEvent {
    @Override
    public String type() {
        return "Stage2EntitlementFlagged";
    }

    @Override
    public Map<String, Object> detail() {
        Map<String, Object> d = identity();
        d.put("stage1DueOn", complaint.parts().stage1().effectiveDueOn().toString());
        d.put("flaggedOn", String.valueOf(complaint.parts().stage2EntitledOn()));
        return d;
    }
}
