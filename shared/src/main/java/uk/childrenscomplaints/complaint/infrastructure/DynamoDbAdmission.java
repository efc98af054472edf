package uk.childrenscomplaints.complaint.infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import uk.childrenscomplaints.complaint.application.ports.IdempotencyKeys;
import uk.childrenscomplaints.complaint.application.ports.IntakeGate.Admission;
import uk.childrenscomplaints.complaint.application.ports.IntakeGate.Limit;
import uk.childrenscomplaints.complaint.application.ports.IntakeGate.Made;
import uk.childrenscomplaints.complaint.application.ports.IntakeGate.Result;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.Reference;

/**
 * A new complaint admitted in one {@code TransactWriteItems} (decision 042): the key's put and the limits' updates as
 * the gate writes them, the reference counter moved from the number this container last knew to the next, and the
 * complaint's put under that next number. A transaction returns no values, so the counter cannot be added to and read
 * in it; instead each container remembers the last number it saw per financial year (read once, consistently, when it
 * knows none) and makes the counter's update conditional on it. When another container took numbers since, the
 * counter's refusal carries the current number ({@code ALL_OLD}) and the complaint is made again with the next one.
 */
final class DynamoDbAdmission {
    static final String LAST_NUMBER = "lastNumber";
    static final String CREATE_COUNTER = "attribute_not_exists(" + LAST_NUMBER + ")";
    static final String COUNTER_AT_KNOWN = LAST_NUMBER + " = :known";
    static final String SET_NEXT = "SET " + LAST_NUMBER + " = :next";

    /**
     * Transactions per admission at most. Each retry after a stale counter carries the number DynamoDB has just
     * returned, so it fails again only if yet another container took a number in that moment.
     */
    static final int ATTEMPTS = 5;

    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoDbIdempotencyKeys keys;
    private final Clock clock;
    /** The last reference number this container saw, per financial year; 0: the year has no counter yet. */
    private final Map<Integer, Integer> lastKnown = new ConcurrentHashMap<>();

    DynamoDbAdmission(DynamoDbClient dynamo, String table, DynamoDbIdempotencyKeys keys, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.keys = keys;
        this.clock = clock;
    }

    Admission admit(IdempotencyKeys.Key key, List<Limit> limits, Instant now, Made made) {
        int year = made.financialYear();
        int last = lastKnown.computeIfAbsent(year, this::read);
        for (int attempt = 1; ; attempt++) {
            Complaint complaint = made.complaintFor().apply(new Reference(year, last + 1));
            try {
                dynamo.transactWriteItems(request(key, limits, now, year, last, complaint));
                lastKnown.put(year, last + 1);
                return new Admission.Admitted(complaint);
            } catch (TransactionCanceledException e) {
                List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
                Optional<Admission> said = outcome(reasons, key, limits, now);
                if (said.isPresent()) {
                    return said.get();
                }
                int counter = counterIndex(key, limits);
                boolean moved = DynamoDbIntakeGate.failed(reasons, counter);
                if (moved) {
                    last = numberIn(reasons.get(counter));
                    lastKnown.put(year, last);
                } else if (!DynamoDbIntakeGate.worthRetrying(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    // A conflict alone is already taken for an outage; a counter that kept moving is made one.
                    throw moved ? new CounterKeptMoving(e) : e;
                }
            }
        }
    }

    /**
     * The items in order: the key's put, each limit's update, the counter's update, the complaint's put; so the
     * cancellation's reasons, one per item, come in that order too.
     */
    TransactWriteItemsRequest request(
            IdempotencyKeys.Key key, List<Limit> limits, Instant now, int year, int last, Complaint complaint) {
        List<TransactWriteItem> items = new ArrayList<>(limits.size() + 3);
        if (key != null) {
            items.add(DynamoDbIntakeGate.keyPut(table, key, now));
        }
        for (Limit limit : limits) {
            items.add(DynamoDbIntakeGate.limitUpdate(table, limit));
        }
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":next", Attrs.n((long) last + 1));
        if (last > 0) {
            values.put(":known", Attrs.n((long) last));
        }
        items.add(TransactWriteItem.builder()
                .update(Update.builder()
                        .tableName(table)
                        .key(DynamoDbComplaints.referenceCounterKey(year))
                        .updateExpression(SET_NEXT)
                        .conditionExpression(last > 0 ? COUNTER_AT_KNOWN : CREATE_COUNTER)
                        .expressionAttributeValues(values)
                        // The current number comes back with a refusal, so the retry needs no read.
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build())
                .build());
        items.add(TransactWriteItem.builder()
                .put(Put.builder()
                        .tableName(table)
                        .item(ComplaintItem.newItem(complaint, clock.instant()))
                        .conditionExpression("attribute_not_exists(pk)")
                        .build())
                .build());
        // The SDK fills in a fresh ClientRequestToken per call: its own retries of one request cannot write twice,
        // and a retry of ours with another number is another request.
        return TransactWriteItemsRequest.builder().transactItems(items).build();
    }

    /**
     * What a cancellation answers, most telling first: the key taken (so a replay is never refused by a limit), a limit
     * full, the complaint there already. Empty when the transaction may go again: only the counter had moved on, or
     * another write held an item, or the key's holder has gone since.
     */
    private Optional<Admission> outcome(
            List<CancellationReason> reasons, IdempotencyKeys.Key key, List<Limit> limits, Instant now) {
        int first = 0;
        if (key != null) {
            first = 1;
            if (DynamoDbIntakeGate.failed(reasons, 0)) {
                Optional<Admission> taken = keys.holder(
                                reasons.get(0).hasItem() ? reasons.get(0).item() : Map.of(), key, now)
                        .map(holder -> new Result.KeyTaken(holder.complaintId(), holder.fingerprint()));
                if (taken.isPresent()) {
                    return taken;
                }
            }
        }
        for (int i = 0; i < limits.size(); i++) {
            if (DynamoDbIntakeGate.failed(reasons, first + i)) {
                return Optional.of(new Result.Refused(limits.get(i).retryAfter()));
            }
        }
        if (DynamoDbIntakeGate.failed(reasons, counterIndex(key, limits) + 1)) {
            return Optional.of(new Admission.AlreadyStored());
        }
        return Optional.empty();
    }

    private static int counterIndex(IdempotencyKeys.Key key, List<Limit> limits) {
        return (key == null ? 0 : 1) + limits.size();
    }

    /** The counter as its refusal returned it; none returned means no counter yet. */
    private static int numberIn(CancellationReason reason) {
        return reason.hasItem() ? number(reason.item()) : 0;
    }

    private int read(int year) {
        var response = dynamo.getItem(r -> r.tableName(table)
                .key(DynamoDbComplaints.referenceCounterKey(year))
                .consistentRead(true)
                .projectionExpression(LAST_NUMBER));
        return response.hasItem() ? number(response.item()) : 0;
    }

    private static int number(Map<String, AttributeValue> item) {
        AttributeValue number = item.get(LAST_NUMBER);
        return number == null ? 0 : Integer.parseInt(number.n());
    }

    /**
     * The counter moved on between every attempt: other containers are numbering complaints as fast as this one tries.
     * Nothing was written; it passes for an outage ({@link AwsOutage}), a 503 the client may retry.
     */
    static final class CounterKeptMoving extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CounterKeptMoving(TransactionCanceledException last) {
            super("the reference counter moved on at each of " + ATTEMPTS + " attempts", last);
        }
    }
}
