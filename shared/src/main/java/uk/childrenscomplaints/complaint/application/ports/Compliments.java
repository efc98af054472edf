package uk.childrenscomplaints.complaint.application.ports;

import java.time.LocalDate;
import java.util.List;
import uk.childrenscomplaints.complaint.model.Compliment;

/** The collection of compliments, which the annual report counts beside complaints. */
public interface Compliments {
    void add(Compliment compliment);

    /** Compliments received from {@code from} to {@code to} inclusive, oldest first. */
    List<Compliment> receivedBetween(LocalDate from, LocalDate to);
}
