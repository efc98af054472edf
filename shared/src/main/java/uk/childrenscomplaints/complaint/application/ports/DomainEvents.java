package uk.childrenscomplaints.complaint.application.ports;

/** Publishes domain events to the bus. Events carry ids, teams, categories and dates only: no personal data. */
public interface DomainEvents {
    void publish(DomainEvent event);
}
