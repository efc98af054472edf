package uk.childrenscomplaints.complaint.infrastructure;

import static uk.childrenscomplaints.complaint.infrastructure.Attrs.s;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import uk.childrenscomplaints.complaint.application.ports.ComplaintLookup;
import uk.childrenscomplaints.complaint.model.Complaint;

/**
 * Staff search's lookups (decision 030): a Query on one keys-only index for the complaints' keys, then BatchGetItem
 * (consistent) for the complaints themselves. The indexes hold only keys, so a change to a complaint costs them no
 * write unless it changes a key, and they hold no one's details, only hashes.
 */
public final class DynamoDbComplaintSearch implements ComplaintLookup {
    public static final String REFERENCE_INDEX = "reference-index";
    public static final String EMAIL_INDEX = "email-index";
    public static final String PHONE_INDEX = "phone-index";
    public static final String NAME_INDEX = "name-index";
    /** BatchGetItem's own limit. */
    static final int BATCH = 100;
    /** Rounds of unprocessed keys retried before the search fails rather than answering short. */
    private static final int MAX_ROUNDS = 8;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbComplaintSearch(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public List<Complaint> byReference(String referenceMatchKey) {
        return read(keys(REFERENCE_INDEX, ComplaintItem.REFERENCE_KEY, referenceMatchKey, null, null));
    }

    @Override
    public List<Complaint> byEmailKey(String key, LocalDate from, LocalDate to) {
        return read(keys(EMAIL_INDEX, ComplaintItem.EMAIL_KEY, key, from, to));
    }

    @Override
    public List<Complaint> byPhoneKey(String key, LocalDate from, LocalDate to) {
        return read(keys(PHONE_INDEX, ComplaintItem.PHONE_KEY, key, from, to));
    }

    @Override
    public List<Complaint> byFamilyNameKey(String key, LocalDate from, LocalDate to) {
        return read(keys(NAME_INDEX, ComplaintItem.NAME_KEY, key, from, to));
    }

    /** The table keys of every item under {@code value}, received between the dates when given (quarterSk). */
    private List<Map<String, AttributeValue>> keys(
            String index, String attribute, String value, LocalDate from, LocalDate to) {
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        if (value == null) {
            return found;
        }
        Map<String, String> names = new HashMap<>(Map.of("#k", attribute));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":k", s(value)));
        String condition = "#k = :k";
        if (from != null || to != null) {
            // quarterSk is <receivedOn>#<id>; "~" sorts after every id character.
            names.put("#r", "quarterSk");
            values.put(":from", s((from == null ? "0000-01-01" : from.toString()) + "#"));
            values.put(":to", s((to == null ? "9999-12-31" : to.toString()) + "#~"));
            condition += " AND #r BETWEEN :from AND :to";
        }
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder query = QueryRequest.builder()
                    .tableName(table)
                    .indexName(index)
                    .keyConditionExpression(condition)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values);
            if (start != null) {
                query.exclusiveStartKey(start);
            }
            QueryResponse response = dynamo.query(query.build());
            for (Map<String, AttributeValue> item : response.items()) {
                found.add(Map.of(
                        ComplaintItem.PK, item.get(ComplaintItem.PK), ComplaintItem.SK, item.get(ComplaintItem.SK)));
            }
            start = response.hasLastEvaluatedKey()
                            && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey()
                    : null;
        } while (start != null);
        return found;
    }

    private List<Complaint> read(List<Map<String, AttributeValue>> keys) {
        List<Complaint> complaints = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += BATCH) {
            List<Map<String, AttributeValue>> pending = keys.subList(i, Math.min(keys.size(), i + BATCH));
            for (int round = 0; !pending.isEmpty(); round++) {
                if (round == MAX_ROUNDS) {
                    throw new IllegalStateException("DynamoDB left " + pending.size() + " complaints unread");
                }
                if (round > 0) {
                    pause(round);
                }
                List<Map<String, AttributeValue>> asked = pending;
                BatchGetItemResponse response = dynamo.batchGetItem(r -> r.requestItems(Map.of(
                        table,
                        KeysAndAttributes.builder()
                                .keys(asked)
                                .consistentRead(true)
                                .build())));
                response.responses().getOrDefault(table, List.of()).stream()
                        .map(ComplaintItem::toComplaint)
                        .forEach(complaints::add);
                KeysAndAttributes left = response.unprocessedKeys().get(table);
                pending = left == null || !left.hasKeys() ? List.of() : left.keys();
            }
        }
        return complaints;
    }

    /** Unprocessed keys mean the table is busy: wait a little longer each round, as AWS advises. */
    private static void pause(int round) {
        try {
            Thread.sleep(25L << round);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading complaints", e);
        }
    }
}
