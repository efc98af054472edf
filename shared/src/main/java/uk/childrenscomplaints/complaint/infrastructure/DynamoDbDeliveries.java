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
import uk.childrenscomplaints.complaint.application.ports.MessageId;
import uk.childrenscomplaints.complaint.application.ports.SendLease;

/**
 * Marks of scheduled sends as their own items in the complaints table ({@code DELIVERY#<key>}). A claim is a lease:
 * the item carries {@code leaseUntil} (epoch seconds) until the send is accepted, when {@code sentAt} replaces it for
 * good. A claim is written when there is no item, or when the item was never marked sent and its lease has run out
 * (its claimant died between claim and send). A marker written before leases existed has neither attribute and counts
 * as sent: nothing shows whether it went, and a report mailed twice is the lesser harm only when it is known to be
 * lost. A release deletes only the claim this instance made (its random token must still be on the item, not yet
 * sent), so it can never undo another run's claim.
 */
public final class DynamoDbDeliveries implements Deliveries {
    static final String PK_PREFIX = "DELIVERY#";
    static final String SK = "DELIVERY";
    static final String LEASE_UNTIL = "leaseUntil";
    static final String SENT_AT = "sentAt";
    /** When a send whose outcome is unknown was handed over; the claim is kept until SES confirms it or it expires. */
    static final String AWAITING = "awaitingConfirmationSince";

    private static final Pattern KEY = Pattern.compile("[a-z0-9#-]{1,200}");
    /**
     * How long a marker is kept (decision 027): far longer than any schedule fires twice for the same week or quarter
     * (days), and its key names the week or quarter, so no later send could be taken for it.
     */
    static final java.time.Duration KEPT = java.time.Duration.ofDays(400);

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
        item.put(LEASE_UNTIL, Attrs.n(SendLease.expiryAt(clock.instant())));
        item.put(Attrs.EXPIRES_AT, Attrs.n(clock.instant().plus(KEPT).getEpochSecond()));
        item.put(DynamoDbRetention.EXPIRY_PK, s(DynamoDbRetention.EXPIRES));
        try {
            dynamo.putItem(r -> r.tableName(table)
                    .item(item)
                    .conditionExpression("attribute_not_exists(pk) OR (attribute_not_exists(" + SENT_AT + ") AND "
                            + LEASE_UNTIL + " < :now)")
                    .expressionAttributeValues(
                            Map.of(":now", Attrs.n(clock.instant().getEpochSecond()))));
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
        myClaims.put(key, token);
        return true;
    }

    @Override
    public void markSent(String key) {
        myClaims.remove(key);
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(key(key))
                    .updateExpression("SET " + SENT_AT + " = :now REMOVE " + LEASE_UNTIL + ", " + AWAITING)
                    .conditionExpression("attribute_exists(pk) AND attribute_not_exists(" + SENT_AT + ")")
                    .expressionAttributeValues(Map.of(":now", s(clock.instant().toString()))));
        } catch (ConditionalCheckFailedException e) {
            // SES's confirmation marked it first (decision 025): the first mark stands.
        }
    }

    @Override
    public void awaitConfirmation(String key) {
        String token = myClaims.remove(key);
        if (token == null) {
            return;
        }
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(key(key))
                    .updateExpression("SET " + AWAITING + " = :now")
                    .conditionExpression("claimToken = :mine AND attribute_not_exists(" + SENT_AT + ")")
                    .expressionAttributeValues(Map.of(":now", s(clock.instant().toString()), ":mine", s(token))));
        } catch (ConditionalCheckFailedException e) {
            // Confirmed already, or the claim was taken over: nothing is awaited on this instance's behalf.
        }
    }

    @Override
    public boolean confirmSent(String key, MessageId messageId) {
        if (!KEY.matcher(key).matches()) {
            return false;
        }
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(key(key))
                    .updateExpression(
                            "SET " + SENT_AT + " = :now, messageId = :id REMOVE " + LEASE_UNTIL + ", " + AWAITING)
                    .conditionExpression("attribute_exists(pk) AND attribute_not_exists(" + SENT_AT + ")")
                    .expressionAttributeValues(
                            Map.of(":now", s(clock.instant().toString()), ":id", s(messageId.value()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false; // marked sent before, or never claimed here: nothing to change
        }
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
                    .conditionExpression("claimToken = :mine AND attribute_not_exists(" + SENT_AT + ")")
                    .expressionAttributeValues(Map.of(":mine", s(token))));
        } catch (ConditionalCheckFailedException e) {
            // Already gone, sent, or not ours: nothing of this instance's to give back.
        }
    }
}
