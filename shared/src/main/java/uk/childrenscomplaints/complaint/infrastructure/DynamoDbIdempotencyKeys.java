package uk.childrenscomplaints.complaint.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import uk.childrenscomplaints.complaint.application.ports.IdempotencyKeys;
import uk.childrenscomplaints.complaint.model.ComplaintId;

/**
 * Idempotency keys as items of their own: {@code pk = IDEMPOTENCY#<SHA-256 of scope and key>}, holding the complaint's
 * id, the body's fingerprint and {@code expiresAt} (epoch seconds, the table's TTL attribute). DynamoDB deletes an
 * expired item within a day or two, and dynalite never does, so an expired item is treated as absent here.
 */
public final class DynamoDbIdempotencyKeys implements IdempotencyKeys {
    static final String SK = "IDEMPOTENCY";
    static final String COMPLAINT_ID = "complaintId";
    static final String FINGERPRINT = "fingerprint";
    /** Free, or held by a key that has expired (which DynamoDB's TTL may not have deleted yet, and dynalite never). */
    static final String CLAIM_CONDITION = "attribute_not_exists(pk) OR #exp < :now";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbIdempotencyKeys(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Claim claim(Key key, Instant now) {
        Map<String, AttributeValue> item = item(key);
        // Twice at most: a key that expired between the refused put and the read is claimed on the second go.
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                dynamo.putItem(r -> r.tableName(table)
                        .item(item)
                        .conditionExpression(CLAIM_CONDITION)
                        .expressionAttributeNames(claimNames())
                        .expressionAttributeValues(claimValues(now))
                        // DynamoDB returns the holder with the refusal, saving a read; dynalite does not, hence the
                        // read below.
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
                return new Claim.Claimed();
            } catch (ConditionalCheckFailedException e) {
                Optional<Claim.Taken> taken = holder(e.hasItem() ? e.item() : Map.of(), key, now);
                if (taken.isPresent()) {
                    return taken.get();
                }
            }
        }
        throw new IllegalStateException("an idempotency key could be neither claimed nor read");
    }

    /**
     * Who holds the key whose claim was refused: {@code returned}, the holder DynamoDB sent back with the refusal, or
     * when it sent none (dynalite, and perhaps other stand-ins) a consistent read. Empty when the holder has gone or
     * expired since, so the claim may be tried again.
     */
    Optional<Claim.Taken> holder(Map<String, AttributeValue> returned, Key key, Instant now) {
        Map<String, AttributeValue> holder = returned != null && !returned.isEmpty() ? returned : read(key);
        if (holder == null || expired(holder, now)) {
            return Optional.empty();
        }
        return Optional.of(new Claim.Taken(
                new ComplaintId(holder.get(COMPLAINT_ID).s()),
                holder.get(FINGERPRINT).s()));
    }

    /** The key's item, as both the single put and the intake gate's transaction write it. */
    static Map<String, AttributeValue> item(Key key) {
        return Map.of(
                ComplaintItem.PK,
                AttributeValue.fromS(pk(key.scopedKey())),
                ComplaintItem.SK,
                AttributeValue.fromS(SK),
                COMPLAINT_ID,
                AttributeValue.fromS(key.complaintId().value()),
                FINGERPRINT,
                AttributeValue.fromS(key.fingerprint()),
                Attrs.EXPIRES_AT,
                AttributeValue.fromN(Long.toString(key.expiresAt().getEpochSecond())),
                DynamoDbRetention.EXPIRY_PK,
                AttributeValue.fromS(DynamoDbRetention.EXPIRES));
    }

    static Map<String, String> claimNames() {
        return Map.of("#exp", Attrs.EXPIRES_AT);
    }

    static Map<String, AttributeValue> claimValues(Instant now) {
        return Map.of(":now", AttributeValue.fromN(Long.toString(now.getEpochSecond())));
    }

    private Map<String, AttributeValue> read(Key key) {
        var response = dynamo.getItem(
                r -> r.tableName(table).key(itemKey(key.scopedKey())).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? response.item() : null;
    }

    private static boolean expired(Map<String, AttributeValue> item, Instant now) {
        AttributeValue expires = item.get(Attrs.EXPIRES_AT);
        return expires != null && Long.parseLong(expires.n()) < now.getEpochSecond();
    }

    @Override
    public void release(String scopedKey, ComplaintId complaintId) {
        try {
            dynamo.deleteItem(r -> r.tableName(table)
                    .key(itemKey(scopedKey))
                    .conditionExpression("#c = :mine")
                    .expressionAttributeNames(Map.of("#c", COMPLAINT_ID))
                    .expressionAttributeValues(Map.of(":mine", AttributeValue.fromS(complaintId.value()))));
        } catch (ConditionalCheckFailedException e) {
            // Someone else's now (the key expired and was claimed again): theirs to keep.
        }
    }

    static Map<String, AttributeValue> itemKey(String scopedKey) {
        return Map.of(
                ComplaintItem.PK, AttributeValue.fromS(pk(scopedKey)), ComplaintItem.SK, AttributeValue.fromS(SK));
    }

    /** The key is the caller's text (a form token, anything an API client sends): only its hash is stored. */
    static String pk(String scopedKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(scopedKey.getBytes(StandardCharsets.UTF_8));
            return "IDEMPOTENCY#" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
