package uk.childrenscomplaints.local.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Plays the table's stream, which dynalite does not have (decision 035): after every invocation the runtime makes,
 * and once a second, it reads the outbox index (keys only, as the sweep does) and invokes template.yaml's
 * OutboxRelayFunction with a KEYS_ONLY stream event naming the complaints found. One background thread, so never two
 * passes at once, and never on the thread that answers an HTTP request.
 */
final class LocalOutboxRelay implements AutoCloseable {
    static final String FUNCTION = "OutboxRelayFunction";
    private static final String OUTBOX_INDEX = "outbox-index";

    private final LocalFunction relay;
    private final DynamoDbClient dynamo;
    private final String table;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "local-outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean nudged = new AtomicBoolean();
    private final AtomicLong sequence = new AtomicLong();

    LocalOutboxRelay(LocalFunction relay, DynamoDbClient dynamo, String table) {
        this.relay = relay;
        this.dynamo = dynamo;
        this.table = table;
    }

    /**
     * Starts the once-a-second pass, after building the relay's handler with an empty batch, so the first complaint's
     * acknowledgement does not wait on that cold start.
     */
    LocalOutboxRelay start() {
        thread.execute(() -> {
            try {
                relay.invoke(Map.of("Records", List.of()));
            } catch (RuntimeException e) {
                System.err.println("Outbox relay did not start: " + e.getClass().getName());
            }
        });
        thread.scheduleWithFixedDelay(this::passSafely, 1, 1, TimeUnit.SECONDS);
        return this;
    }

    /** Something may have changed: one pass soon, however many invocations ask for it meanwhile. */
    void nudge() {
        if (nudged.compareAndSet(false, true)) {
            try {
                thread.execute(() -> {
                    nudged.set(false);
                    passSafely();
                });
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                nudged.set(false);
            }
        }
    }

    /** Runs one pass now, on the relay's thread, and waits for it (up to a minute): for tests and the terminal. */
    void drain() {
        try {
            thread.submit(this::passSafely).get(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the local outbox relay did not finish a pass", e);
        }
    }

    private void passSafely() {
        try {
            List<Map<String, AttributeValue>> owing = owing();
            if (!owing.isEmpty()) {
                relay.invoke(streamEvent(owing));
            }
        } catch (RuntimeException e) {
            // The class only: a message may quote data. The outbox stays owed and the next pass tries again.
            System.err.println("Outbox relay pass failed: " + e.getClass().getName());
        }
    }

    /** The keys of every complaint in the sparse outbox index; the index projects keys only. */
    private List<Map<String, AttributeValue>> owing() {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder query = QueryRequest.builder()
                    .tableName(table)
                    .indexName(OUTBOX_INDEX)
                    .keyConditionExpression("outboxPk = :owed")
                    .expressionAttributeValues(Map.of(":owed", AttributeValue.fromS("OWED")));
            if (start != null) {
                query.exclusiveStartKey(start);
            }
            QueryResponse page = dynamo.query(query.build());
            keys.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return keys;
    }

    /** A DynamoDB stream event as Lambda delivers one for a KEYS_ONLY stream: each item's key, nothing else. */
    private Map<String, Object> streamEvent(List<Map<String, AttributeValue>> owing) {
        List<Object> records = new ArrayList<>();
        for (Map<String, AttributeValue> item : owing) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put(
                    "Keys",
                    Map.of(
                            "pk",
                            Map.of("S", item.get("pk").s()),
                            "sk",
                            Map.of("S", item.get("sk").s())));
            change.put("SequenceNumber", String.format("%024d", sequence.incrementAndGet()));
            change.put("StreamViewType", "KEYS_ONLY");
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("eventName", "MODIFY");
            record.put("eventSource", "aws:dynamodb");
            record.put("dynamodb", change);
            records.add(record);
        }
        return Map.of("Records", records);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
