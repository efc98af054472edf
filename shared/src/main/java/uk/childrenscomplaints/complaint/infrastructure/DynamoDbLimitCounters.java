package uk.childrenscomplaints.complaint.infrastructure;

import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import uk.childrenscomplaints.complaint.application.ports.LimitCounters;

/**
 * Abuse-limit counters as items {@code pk = LIMIT#<name>} (the name holds a keyed hash and the window, never an
 * address), counted with a conditional {@code ADD}: two requests at the same moment cannot both take the last place.
 * {@code expiresAt} is the table's TTL attribute; the window is in the name, so an old item is never read again.
 */
public final class DynamoDbLimitCounters implements LimitCounters {
    static final String SK = "LIMIT";
    static final String COUNT = "count";
    /** Counting one, as both the single update and the intake gate's transaction write it. */
    static final String ADD_ONE = "ADD #c :one SET #exp = :exp, #xpk = :xpk";

    static final String BELOW_LIMIT = "attribute_not_exists(#c) OR #c < :limit";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbLimitCounters(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean addIfBelow(String counter, int limit, Instant expiresAt) {
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(key(counter))
                    .updateExpression(ADD_ONE)
                    .conditionExpression(BELOW_LIMIT)
                    .expressionAttributeNames(addNames())
                    .expressionAttributeValues(addValues(limit, expiresAt)));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    static Map<String, String> addNames() {
        return Map.of("#c", COUNT, "#exp", Attrs.EXPIRES_AT, "#xpk", DynamoDbRetention.EXPIRY_PK);
    }

    static Map<String, AttributeValue> addValues(int limit, Instant expiresAt) {
        return Map.of(
                ":xpk", AttributeValue.fromS(DynamoDbRetention.EXPIRES),
                ":one", AttributeValue.fromN("1"),
                ":limit", AttributeValue.fromN(Integer.toString(limit)),
                ":exp", AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond())));
    }

    @Override
    public void giveBack(String counter) {
        try {
            var response = dynamo.updateItem(r -> r.tableName(table)
                    .key(key(counter))
                    .updateExpression("ADD #c :minus")
                    .conditionExpression("#c > :zero")
                    .expressionAttributeNames(Map.of("#c", COUNT))
                    .expressionAttributeValues(
                            Map.of(":minus", AttributeValue.fromN("-1"), ":zero", AttributeValue.fromN("0")))
                    .returnValues(ReturnValue.UPDATED_NEW));
            if ("0".equals(response.attributes().get(COUNT).n())) {
                // A counter this request alone made leaves nothing behind; one another request added to meanwhile
                // stays.
                dynamo.deleteItem(r -> r.tableName(table)
                        .key(key(counter))
                        .conditionExpression("#c = :zero")
                        .expressionAttributeNames(Map.of("#c", COUNT))
                        .expressionAttributeValues(Map.of(":zero", AttributeValue.fromN("0"))));
            }
        } catch (ConditionalCheckFailedException e) {
            // Nothing to give back (the item expired and went, or another request took it to nothing first).
        }
    }

    static Map<String, AttributeValue> key(String counter) {
        return Map.of(
                ComplaintItem.PK, AttributeValue.fromS("LIMIT#" + counter),
                ComplaintItem.SK, AttributeValue.fromS(SK));
    }
}
