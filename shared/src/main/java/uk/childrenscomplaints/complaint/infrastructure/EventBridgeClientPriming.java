package uk.childrenscomplaints.complaint.infrastructure;

import io.micronaut.context.BeanContext;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import uk.childrenscomplaints.complaint.application.ports.DomainEvents;

/**
 * The event bus's priming: a {@code ComplaintReceived} detail written as a publish would, and kept. Only when the
 * function's steps built the function's {@link DomainEvents}; nothing is published.
 */
@Singleton
@Requires(classes = EventBridgeClient.class)
class EventBridgeClientPriming implements ClientPriming {
    private final BeanContext beans;
    private final BeanProvider<DomainEvents> events;

    EventBridgeClientPriming(BeanContext beans, BeanProvider<DomainEvents> events) {
        this.beans = beans;
        this.events = events;
    }

    @Override
    public String prime() {
        if (SnapStartPriming.built(beans, DomainEvents.class) && events.get() instanceof EventBridgeDomainEvents bus) {
            bus.rehearse(
                    "ComplaintReceived",
                    Map.of(
                            "complaintId",
                            SnapStartPriming.PRIMING_COMPLAINT_ID,
                            "reference",
                            "CSC/2026/0000",
                            "team",
                            "unknown",
                            "categories",
                            List.of("decision"),
                            "receivedOn",
                            "2026-01-01",
                            "lateMatter",
                            false));
            return "mapped a ComplaintReceived event in memory";
        }
        return "no event bus client built";
    }
}
