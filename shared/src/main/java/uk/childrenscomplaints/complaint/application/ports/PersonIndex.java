package uk.childrenscomplaints.complaint.application.ports;

import java.util.List;
import uk.childrenscomplaints.complaint.model.ComplaintId;

/**
 * The complaints made by one person, found by their person key (the hash {@code PersonKeys} makes of a normalised
 * email or phone) through an index, so a subject access request never scans the table and no index holds a contact
 * detail in clear.
 */
public interface PersonIndex {

    /** Ids of every complaint whose complainant has this key, oldest received first. */
    List<ComplaintId> complaintsOf(String personKey);
}
