package uk.childrenscomplaints.complaint.application.ports;

import java.time.LocalDate;
import java.util.Optional;

/** What the import of past complaints leaves behind for other rules: the earliest day an imported one was received. */
public interface ImportedHistory {
    /** Empty when nothing was ever imported. */
    Optional<LocalDate> earliestReceived();

    /** Keeps the earlier of this day and the one recorded, however many imports run at once. */
    void recordEarliestReceived(LocalDate day);
}
