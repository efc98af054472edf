package uk.childrenscomplaints.relay;

import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.complaint.infrastructure.PrimingStep;
import uk.childrenscomplaints.complaint.infrastructure.SnapStartPriming;

/**
 * What the relay runs before its SnapStart checkpoint (decision 039): a stream record, shaped as DynamoDB sends it,
 * naming a complaint no one has, through its own handler. The record is read, the complaint looked up and not found,
 * and nothing is sent or written.
 */
final class RelayPriming {
    private RelayPriming() {}

    static void register(OutboxRelayHandler handler) {
        PrimingStep.register(handler.getApplicationContext(), "outbox-relay", () -> {
            RelayResponse answer = handler.execute(event());
            return "outbox relay: a stream record through the handler, "
                    + answer.batchItemFailures().size() + " failed";
        });
    }

    static Map<String, Object> event() {
        Map<String, Object> keys = Map.of(
                "pk",
                Map.of("S", "COMPLAINT#" + SnapStartPriming.PRIMING_COMPLAINT_ID),
                "sk",
                Map.of("S", "COMPLAINT"));
        return Map.of(
                "Records",
                List.of(Map.of(
                        "eventName",
                        "MODIFY",
                        "eventSource",
                        "aws:dynamodb",
                        "dynamodb",
                        Map.of("Keys", keys, "SequenceNumber", "priming", "StreamViewType", "KEYS_ONLY"))));
    }
}
