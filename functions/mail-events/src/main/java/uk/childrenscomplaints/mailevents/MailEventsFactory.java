package uk.childrenscomplaints.mailevents;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import uk.childrenscomplaints.complaint.application.deadlines.ConfirmingSends;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.Deliveries;

/** The one use case only this function needs; its repositories are shared's beans. */
@Factory
public class MailEventsFactory {

    @Singleton
    ConfirmingSends confirmingSends(Complaints complaints, Deliveries deliveries) {
        return new ConfirmingSends(complaints, deliveries);
    }
}
