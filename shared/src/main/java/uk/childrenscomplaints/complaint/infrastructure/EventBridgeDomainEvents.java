package uk.childrenscomplaints.complaint.infrastructure;

import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;
import uk.childrenscomplaints.complaint.application.ports.DeliveryFailed;
import uk.childrenscomplaints.complaint.application.ports.DomainEvent;
import uk.childrenscomplaints.complaint.application.ports.DomainEvents;
import uk.childrenscomplaints.json.JsonText;

/** Publishes each domain event as one EventBridge entry: detail-type is the event's type, detail its JSON. */
public final class EventBridgeDomainEvents implements DomainEvents {

    private final EventBridgeClient client;
    private final String busName;
    private final String source;

    public EventBridgeDomainEvents(EventBridgeClient client, String busName, String source) {
        this.client = client;
        this.busName = busName;
        this.source = source;
    }

    @Override
    public void publish(DomainEvent event) {
        String detail = detailOf(event);
        PutEventsResponse response;
        try {
            response = client.putEvents(r -> r.entries(e -> e.eventBusName(busName)
                    .source(source)
                    .detailType(event.type())
                    .detail(detail)));
        } catch (SdkException e) {
            throw new DeliveryFailed(
                    SdkFailures.describe(
                            "EventBridge did not take " + event.type() + " for complaint " + event.complaintId(), e),
                    null);
        }
        // PutEvents answers 200 even when an entry is refused; the refusal is only in the body.
        if (response.failedEntryCount() != null && response.failedEntryCount() > 0) {
            PutEventsResultEntry entry =
                    response.entries().isEmpty() ? null : response.entries().get(0);
            throw new DeliveryFailed(
                    "EventBridge refused " + event.type() + " for complaint " + event.complaintId() + ": "
                            + (entry == null ? "no entry result" : entry.errorCode()),
                    null);
        }
    }

    /**
     * Everything a publish does short of calling EventBridge, for an event of this type and detail: SnapStart priming
     * writes a detail shaped like a real one in memory; nothing leaves the function.
     */
    public PutEventsRequest rehearse(String type, Map<String, Object> detail) {
        String json = JsonText.of(detail);
        return PutEventsRequest.builder()
                .entries(e ->
                        e.eventBusName(busName).source(source).detailType(type).detail(json))
                .build();
    }

    private static String detailOf(DomainEvent event) {
        try {
            return JsonText.of(event.detail());
        } catch (IllegalArgumentException e) {
            throw new DeliveryFailed(
                    "Could not write the detail of " + event.type() + " for complaint " + event.complaintId(), null);
        }
    }
}
