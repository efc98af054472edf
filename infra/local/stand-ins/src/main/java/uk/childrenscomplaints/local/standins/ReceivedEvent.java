package uk.childrenscomplaints.local.standins;

import java.time.Instant;
import java.util.List;

/**
 * One event as {@link LocalEventBus} took it: the PutEvents entry, the id it was given, and the rules in
 * template.yaml that would have fired for it on AWS.
 */
public record ReceivedEvent(
        String eventId,
        String busName,
        String source,
        String detailType,
        String detail,
        Instant time,
        List<String> matchedRules) {

    public ReceivedEvent {
        matchedRules = List.copyOf(matchedRules);
    }
}
