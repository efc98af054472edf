package uk.childrenscomplaints.complaint.application;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.childrenscomplaints.complaint.model.Complaint;

/** A complaint was referred to the Ombudsman. Ids, team, the state it left and dates only. */
public record OmbudsmanReferred(Complaint complaint) implements DomainEvent {
    @Override
    public String type() {
        return "OmbudsmanReferred";
    }

    @Override
    public String complaintId() {
        return complaint.id().value();
    }

    @Override
    public Map<String, Object> detail() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("complaintId", complaint.id().value());
        d.put("reference", complaint.reference().toString());
        d.put("team", complaint.intake().team() == null ? "unknown" : complaint.intake().team().value());
        d.put("receivedOn", complaint.intake().receivedOn().toString());
        if (complaint.parts().ombudsman() != null) {
            d.put("referredOn", complaint.parts().ombudsman().referredOn().toString());
            d.put("referredFrom", String.valueOf(complaint.parts().ombudsman().referredFrom().code()));
        }
        return d;
    }
}
