package uk.childrenscomplaints.complaint.infrastructure;

import static uk.childrenscomplaints.complaint.infrastructure.Attrs.s;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import uk.childrenscomplaints.complaint.application.ports.Deliveries;

/**
 * Marks of scheduled sends as their own items in the complaints table ({@code DELIVERY#<key>}), written with
 * {@code attribute_not_exists(pk)} so exactly one run claims each send. A release deletes only the claim this
 * instance made (its random token must still be on the item), so it can never undo another run's claim.
 */
public final class DynamoDbDeliveries implements Deliveries {
    static final String PK_PREFIX = "DELIVERY#";
    static final String SK = "DELIVERY";
    private static final Pattern KEY = Pattern.compile("[a-z0-9#-]{1,200}");

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;
    private final Map<String, String> myClaims = new ConcurrentHashMap<>();

    public DynamoDbDeliveries(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    static Map<String, AttributeValue> key(String key) {
        return Map.of(ComplaintItem.PK, s(PK_PREFIX + key), ComplaintItem.SK, s(SK));
    }

    @Override
    public boolean claim(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a delivery key is lower-case letters, digits, - and #");
        }
        String token = UUID.randomUUID().toString();
        Map<String, AttributeValue> item = new HashMap<>(key(key));
        item.put("type", s("delivery"));
        item.put("claimedAt", s(clock.instant().toString()));
        item.put("claimToken", s(token));
        try {
            dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
        myClaims.put(key, token);
        return true;
    }

    @Override
    public void release(String key) {
        String token = myClaims.remove(key);
        if (token == null) {
            return;
        }
        try {
            dynamo.deleteItem(r -> r.tableName(table)
                    .key(key(key))
                    .conditionExpression("claimToken = :mine")
                    .expressionAttributeValues(Map.of(":mine", s(token))));
        } catch (ConditionalCheckFailedException e) {
            // Already gone or not ours: nothing of this instance's to give back.
        }
    }
}
