package uk.childrenscomplaints.complaint.application.ports;

import java.time.LocalDate;
import java.util.List;
import uk.childrenscomplaints.complaint.model.Complaint;

/**
 * Finding complaints by what identifies them, each from its own index (decision 030): never a scan. Keys are the
 * hashed, normalised forms {@code SearchKeys} gives; {@code from} and {@code to} (either may be null) narrow by the day
 * received inside the index's key range.
 */
public interface ComplaintLookup {

    /** The complaint with this reference (this service's or an old system's, case ignored), if there is one. */
    List<Complaint> byReference(String referenceMatchKey);

    List<Complaint> byEmailKey(String key, LocalDate from, LocalDate to);

    List<Complaint> byPhoneKey(String key, LocalDate from, LocalDate to);

    /** Every complaint whose complainant's last name word has this key; the caller compares the whole name. */
    List<Complaint> byFamilyNameKey(String key, LocalDate from, LocalDate to);
}
