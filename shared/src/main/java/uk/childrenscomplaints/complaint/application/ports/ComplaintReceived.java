package uk.childrenscomplaints.complaint.application.ports;

import java.util.Map;
import uk.childrenscomplaints.complaint.model.Coded;
import uk.childrenscomplaints.complaint.model.Complaint;

/** A complaint has been received. Ids, team, categories and dates only. */
public record ComplaintReceived(Complaint complaint) implements DomainEvent {
    @Override
    public String type() {
        return "ComplaintReceived";
    }

    @Override
    public Map<String, Object> detail() {
        Map<String, Object> d = identity();
        d.put("procedure", complaint.intake().procedure().code());
        d.put("route", complaint.intake().route().code());
        d.put(
                "categories",
                complaint.intake().issues().stream().map(Coded::code).toList());
        d.put("receivedOn", complaint.intake().receivedOn().toString());
        if (complaint.parts().stage1() != null) {
            d.put("stage1DueOn", complaint.parts().stage1().dueOn().toString());
        }
        d.put("lateMatter", complaint.intake().lateMatter());
        return d;
    }
}
