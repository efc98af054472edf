package uk.childrenscomplaints.complaint.application.ports;

import java.util.Map;
import uk.childrenscomplaints.complaint.model.Complaint;

/** A complaint was referred to the Ombudsman. Ids, team, the state it left and dates only. */
public record OmbudsmanReferred(Complaint complaint) implements DomainEvent {
    @Override
    public String type() {
        return "OmbudsmanReferred";
    }

    @Override
    public Map<String, Object> detail() {
        Map<String, Object> d = identity();
        d.put("receivedOn", complaint.intake().receivedOn().toString());
        if (complaint.parts().ombudsman() != null) {
            d.put("referredOn", complaint.parts().ombudsman().referredOn().toString());
            d.put(
                    "referredFrom",
                    String.valueOf(complaint.parts().ombudsman().referredFrom().code()));
        }
        return d;
    }
}
