package uk.childrenscomplaints.complaint.application;

import java.util.List;
import uk.childrenscomplaints.complaint.application.deadlines.RelayingOwedNotifications;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.model.Complaint;

/**
 * A repository whose every stored complaint is relayed straight after the write, as the table's stream does in AWS
 * (decision 035): for use-case tests that read the mail a change caused.
 */
public final class RelayedComplaints extends DelegatingComplaints {
    private final RelayingOwedNotifications relay;

    public RelayedComplaints(Complaints inner, RelayingOwedNotifications relay) {
        super(inner);
        this.relay = relay;
    }

    @Override
    public AddResult add(Complaint complaint) {
        AddResult result = super.add(complaint);
        relay.relay(List.of(complaint.id()));
        return result;
    }

    @Override
    public SaveResult save(Complaint complaint, long expectedVersion) {
        SaveResult result = super.save(complaint, expectedVersion);
        if (result == SaveResult.SAVED) {
            relay.relay(List.of(complaint.id()));
        }
        return result;
    }
}
