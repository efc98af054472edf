package uk.childrenscomplaints.complaint.infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import uk.childrenscomplaints.complaint.application.intake.IntakeGateInSteps;
import uk.childrenscomplaints.complaint.application.ports.IdempotencyKeys;
import uk.childrenscomplaints.complaint.application.ports.IntakeGate;

/**
 * The intake gate in DynamoDB (decision 036): the key's conditional put and the counters' conditional updates in one
 * {@code TransactWriteItems}, so a new public complaint pays one call for them, and a refusal writes nothing. The
 * cancellation reasons, one per item in order, say which condition failed; the key's carries its holder
 * ({@code ReturnValuesOnConditionCheckFailure ALL_OLD}), so a replay needs no read. A store that does not know the
 * operation (dynalite answers {@code UnknownOperationException}) is remembered and served step by step, as before the
 * transaction, so one jar runs against AWS, LocalStack and dynalite with no setting. A new complaint's admission adds
 * the reference counter and the complaint to the same transaction ({@link DynamoDbAdmission}, decision 042).
 */
public final class DynamoDbIntakeGate implements IntakeGate {
    static final String UNKNOWN_OPERATION = "UnknownOperationException";
    static final String CONDITION_FAILED = "ConditionalCheckFailed";
    /**
     * No condition decided it (another write held an item for the moment, or the key's holder went between the refusal
     * and its read): nothing was written, and the same transaction may go again.
     */
    private static final Set<String> WORTH_RETRYING = Set.of("None", CONDITION_FAILED, "TransactionConflict");

    private static final int ATTEMPTS = 3;

    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoDbIdempotencyKeys keys;
    private final IntakeGateInSteps steps;
    private final DynamoDbAdmission admission;
    // Per client (this gate has one): a store without transactions will not grow them while the function runs.
    private volatile boolean withoutTransactions;

    public DynamoDbIntakeGate(DynamoDbClient dynamo, String table) {
        this(dynamo, table, Clock.systemUTC());
    }

    /** @param clock when an admitted complaint's notifications joined its outbox, as {@link DynamoDbComplaints} */
    public DynamoDbIntakeGate(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.keys = new DynamoDbIdempotencyKeys(dynamo, table);
        this.steps = new IntakeGateInSteps(
                keys, new DynamoDbLimitCounters(dynamo, table), new DynamoDbComplaints(dynamo, table, clock));
        this.admission = new DynamoDbAdmission(dynamo, table, keys, clock);
    }

    @Override
    public Admission admit(IdempotencyKeys.Key key, List<Limit> limits, Instant now, Made made) {
        if (!withoutTransactions) {
            try {
                return admission.admit(key, limits, now, made);
            } catch (DynamoDbException e) {
                if (!unknownOperation(e)) {
                    throw e;
                }
                withoutTransactions = true;
            }
        }
        return steps.admit(key, limits, now, made);
    }

    @Override
    public Result pass(IdempotencyKeys.Key key, List<Limit> limits, Instant now) {
        // One item is one conditional write either way, and a transaction costs it twice the capacity.
        if (withoutTransactions || (key == null ? 0 : 1) + limits.size() < 2) {
            return steps.pass(key, limits, now);
        }
        TransactWriteItemsRequest request = request(key, limits, now);
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.transactWriteItems(request);
                return new Result.Passed();
            } catch (TransactionCanceledException e) {
                Optional<Result> said = outcome(e, key, limits, now);
                if (said.isPresent()) {
                    return said.get();
                }
                if (attempt == ATTEMPTS || !worthRetrying(e)) {
                    throw e;
                }
            } catch (DynamoDbException e) {
                if (!unknownOperation(e)) {
                    throw e;
                }
                withoutTransactions = true;
                return steps.pass(key, limits, now);
            }
        }
    }

    @Override
    public void giveBack(IdempotencyKeys.Key key, List<Limit> counted) {
        steps.giveBack(key, counted);
    }

    /** The key's put first (its reason is the first), then each limit's update in the order given. */
    TransactWriteItemsRequest request(IdempotencyKeys.Key key, List<Limit> limits, Instant now) {
        List<TransactWriteItem> items = new ArrayList<>(limits.size() + 1);
        if (key != null) {
            items.add(keyPut(table, key, now));
        }
        for (Limit limit : limits) {
            items.add(limitUpdate(table, limit));
        }
        // The SDK fills in ClientRequestToken, so its own retries of this request cannot count twice.
        return TransactWriteItemsRequest.builder().transactItems(items).build();
    }

    /** The key's claim as a transaction's item: the single put's item and condition, the holder back on refusal. */
    static TransactWriteItem keyPut(String table, IdempotencyKeys.Key key, Instant now) {
        return TransactWriteItem.builder()
                .put(Put.builder()
                        .tableName(table)
                        .item(DynamoDbIdempotencyKeys.item(key))
                        .conditionExpression(DynamoDbIdempotencyKeys.CLAIM_CONDITION)
                        .expressionAttributeNames(DynamoDbIdempotencyKeys.claimNames())
                        .expressionAttributeValues(DynamoDbIdempotencyKeys.claimValues(now))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build())
                .build();
    }

    /** A limit's count as a transaction's item: the single update's expression and condition. */
    static TransactWriteItem limitUpdate(String table, Limit limit) {
        return TransactWriteItem.builder()
                .update(Update.builder()
                        .tableName(table)
                        .key(DynamoDbLimitCounters.key(limit.counter()))
                        .updateExpression(DynamoDbLimitCounters.ADD_ONE)
                        .conditionExpression(DynamoDbLimitCounters.BELOW_LIMIT)
                        .expressionAttributeNames(DynamoDbLimitCounters.addNames())
                        .expressionAttributeValues(DynamoDbLimitCounters.addValues(limit.limit(), limit.expiresAt()))
                        .build())
                .build();
    }

    /**
     * What a cancellation means: the key's condition is read first, so a replay is never counted, then the limits'.
     * Empty when no condition failed (a conflict with another write), or the key's holder has gone since.
     */
    Optional<Result> outcome(TransactionCanceledException e, IdempotencyKeys.Key key, List<Limit> limits, Instant now) {
        List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
        int first = 0;
        if (key != null) {
            first = 1;
            if (failed(reasons, 0)) {
                return keys.holder(reasons.get(0).hasItem() ? reasons.get(0).item() : Map.of(), key, now)
                        .map(taken -> new Result.KeyTaken(taken.complaintId(), taken.fingerprint()));
            }
        }
        for (int i = 0; i < limits.size(); i++) {
            if (failed(reasons, first + i)) {
                return Optional.of(new Result.Refused(limits.get(i).retryAfter()));
            }
        }
        return Optional.empty();
    }

    static boolean failed(List<CancellationReason> reasons, int index) {
        return index < reasons.size()
                && CONDITION_FAILED.equals(reasons.get(index).code());
    }

    static boolean worthRetrying(TransactionCanceledException e) {
        return e.hasCancellationReasons()
                && e.cancellationReasons().stream()
                        .allMatch(r -> r.code() == null || WORTH_RETRYING.contains(r.code()));
    }

    /** Exactly dynalite's answer to an operation it lacks: HTTP 400, {@code __type} ...#UnknownOperationException. */
    static boolean unknownOperation(DynamoDbException e) {
        return e.statusCode() == 400
                && e.awsErrorDetails() != null
                && UNKNOWN_OPERATION.equals(e.awsErrorDetails().errorCode());
    }
}
