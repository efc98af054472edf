package uk.childrenscomplaints.complaint.infrastructure;

import static uk.childrenscomplaints.complaint.infrastructure.Attrs.s;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.RetentionIndex;
import uk.childrenscomplaints.complaint.model.Anonymisation;

/**
 * The retention run's reads (decision 027), apart from {@link DynamoDbComplaints}: two sparse indexes, queried, never
 * scanned. {@code retention-index} ({@code retentionPk}, {@code retentionSk}, projecting all) holds closed complaints
 * by the day their retention period runs from; {@code expiry-index} ({@code expiryPk}, {@code expiresAt}, keys only)
 * holds every short-lived item by its expiry, because DynamoDB's TTL deletes only some days late and dynalite not at
 * all.
 */
public final class DynamoDbRetention implements RetentionIndex {
    public static final String RETENTION_INDEX = DataProtectionItem.RETENTION_INDEX;
    public static final String EXPIRY_INDEX = "expiry-index";
    /** The one partition of the expiry index; the items in it are few (keys and counters of days, not years). */
    static final String EXPIRY_PK = "expiryPk";

    static final String EXPIRES = "EXPIRES";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbRetention(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** The attribute that puts a short-lived item in the expiry index: written with its {@code expiresAt}. */
    static Map.Entry<String, AttributeValue> inExpiryIndex() {
        return Map.entry(EXPIRY_PK, AttributeValue.fromS(EXPIRES));
    }

    @Override
    public Complaints.Page closedBy(LocalDate lastDate, String pageToken, int pageSize) {
        QueryRequest.Builder query = QueryRequest.builder()
                .tableName(table)
                .indexName(RETENTION_INDEX)
                .keyConditionExpression("retentionPk = :closed AND retentionSk <= :last")
                // "~" sorts after every id character, so the bound takes in the day itself.
                .expressionAttributeValues(Map.of(":closed", s(DataProtectionItem.CLOSED), ":last", s(lastDate + "#~")))
                .limit(pageSize);
        if (pageToken != null) {
            query.exclusiveStartKey(PageTokens.decode(pageToken));
        }
        QueryResponse response = dynamo.query(query.build());
        return new Complaints.Page(
                response.items().stream().map(ComplaintItem::toComplaint).toList(), next(response), response.count());
    }

    @Override
    public IdsPage complimentsBy(LocalDate receivedOn, String pageToken, int pageSize) {
        QueryRequest.Builder query = QueryRequest.builder()
                .tableName(table)
                .indexName(RETENTION_INDEX)
                .keyConditionExpression("retentionPk = :compliments AND retentionSk <= :last")
                .expressionAttributeValues(
                        Map.of(":compliments", s(DataProtectionItem.COMPLIMENTS), ":last", s(receivedOn + "#~")))
                .limit(pageSize);
        if (pageToken != null) {
            query.exclusiveStartKey(PageTokens.decode(pageToken));
        }
        QueryResponse response = dynamo.query(query.build());
        return new IdsPage(response.items().stream().map(i -> i.get("id").s()).toList(), next(response));
    }

    @Override
    public boolean anonymiseCompliment(String id, LocalDate on, String policyVersion) {
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(Map.of("pk", s("COMPLIMENT#" + id), "sk", s("COMPLIMENT")))
                    .updateExpression("SET fromWhom = :removed, #text = :removed, anonymisedOn = :on,"
                            + " retentionPolicy = :policy REMOVE retentionPk, retentionSk")
                    .conditionExpression("attribute_exists(retentionPk)")
                    .expressionAttributeNames(Map.of("#text", "text"))
                    .expressionAttributeValues(Map.of(
                            ":removed",
                            s(Anonymisation.REMOVED),
                            ":on",
                            s(on.toString()),
                            ":policy",
                            s(policyVersion))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public ExpiredPage expiredBy(Instant now, String pageToken, int pageSize) {
        QueryRequest.Builder query = QueryRequest.builder()
                .tableName(table)
                .indexName(EXPIRY_INDEX)
                .keyConditionExpression("expiryPk = :expires AND expiresAt < :now")
                .expressionAttributeValues(Map.of(
                        ":expires", s(EXPIRES), ":now", AttributeValue.fromN(Long.toString(now.getEpochSecond()))))
                .limit(pageSize);
        if (pageToken != null) {
            query.exclusiveStartKey(PageTokens.decode(pageToken));
        }
        QueryResponse response = dynamo.query(query.build());
        List<ExpiredItem> items = response.items().stream()
                .map(i -> new ExpiredItem(i.get("pk").s(), i.get("sk").s()))
                .toList();
        return new ExpiredPage(items, next(response));
    }

    @Override
    public boolean removeExpired(ExpiredItem item, Instant now) {
        try {
            dynamo.deleteItem(r -> r.tableName(table)
                    .key(Map.of("pk", s(item.pk()), "sk", s(item.sk())))
                    .conditionExpression("#exp < :now")
                    .expressionAttributeNames(Map.of("#exp", Attrs.EXPIRES_AT))
                    .expressionAttributeValues(
                            Map.of(":now", AttributeValue.fromN(Long.toString(now.getEpochSecond())))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private static String next(QueryResponse response) {
        return response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? PageTokens.encode(response.lastEvaluatedKey())
                : null;
    }
}
