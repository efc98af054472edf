package uk.childrenscomplaints.complaint.infrastructure;

import static uk.childrenscomplaints.complaint.infrastructure.Attrs.date;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.s;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.str;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import uk.childrenscomplaints.complaint.application.ports.AccessLog;
import uk.childrenscomplaints.complaint.application.ports.PersonIndex;
import uk.childrenscomplaints.complaint.model.ComplaintId;

/**
 * The access log in the complaints table (decision 029), as items of their own so that reading a complaint never reads
 * its accesses: {@code pk = ACCESS#<complaint id>} (or {@code ACCESS#REPORTS#<yyyy-MM>} for a report),
 * {@code sk = <instant>#<uuid>}, and, in the same item, {@code lookupPk = ACCESSED-BY#<staff id>} with
 * {@code lookupSk = <instant>#<uuid>} for a director's listing through {@code lookup-index}. One PutItem per access;
 * {@code expiresAt} lets DynamoDB delete it after the retention period. Also the person lookup of that index
 * ({@code lookupPk = PERSON#<person key>} on complaint items), which a subject access request reads.
 */
public final class DynamoDbAccessLog implements AccessLog, PersonIndex {
    static final String LOOKUP_INDEX = "lookup-index";
    static final String LOOKUP_PK = "lookupPk";
    static final String LOOKUP_SK = "lookupSk";
    /** Fixed width, so that the sort keys order as the instants do. */
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final DynamoDbClient dynamo;
    private final String table;
    private final Period retention;

    public DynamoDbAccessLog(DynamoDbClient dynamo, String table, Period retention) {
        this.dynamo = dynamo;
        this.table = table;
        this.retention = retention;
    }

    /** The index key a complaint's item carries for its complainant's person key. */
    static String personLookup(String personKey) {
        return "PERSON#" + personKey;
    }

    static String staffLookup(String staffId) {
        return "ACCESSED-BY#" + staffId;
    }

    @Override
    public void record(AccessEvent e) {
        String sortKey = MOMENT.format(e.at()) + "#" + UUID.randomUUID();
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(
                ComplaintItem.PK,
                s(
                        e.complaintId() != null
                                ? "ACCESS#" + e.complaintId()
                                : "ACCESS#REPORTS#" + e.at().toString().substring(0, 7)));
        item.put(ComplaintItem.SK, s(sortKey));
        item.put("type", s("access"));
        item.put("at", s(e.at().toString()));
        item.put("staffId", s(e.staffId()));
        item.put("roles", Attrs.strings(e.roles()));
        item.put("teams", Attrs.strings(e.teams()));
        item.put("route", s(e.route()));
        item.put("complaintId", s(e.complaintId()));
        item.put("periodFrom", date(e.periodFrom()));
        item.put("periodTo", date(e.periodTo()));
        item.put("team", s(e.team()));
        item.put(LOOKUP_PK, s(staffLookup(e.staffId())));
        item.put(LOOKUP_SK, s(sortKey));
        item.put(
                Attrs.EXPIRES_AT,
                Attrs.n(e.at().atZone(ZoneOffset.UTC).plus(retention).toEpochSecond()));
        // DynamoDB's TTL runs late and dynalite's never: the weekly retention run removes it too (decision 027).
        var expiry = DynamoDbRetention.inExpiryIndex();
        item.put(expiry.getKey(), expiry.getValue());
        item.values().removeIf(v -> v == null);
        // A random sort key never meets an existing item, so the condition only guards against a clash of uuids.
        dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
    }

    @Override
    public AccessPage ofComplaint(String complaintId, String pageToken, int pageSize) {
        QueryRequest.Builder query = QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s("ACCESS#" + complaintId)))
                .scanIndexForward(false)
                .consistentRead(true)
                .limit(pageSize);
        return page(query, pageToken, ComplaintItem.PK, "ACCESS#" + complaintId);
    }

    @Override
    public AccessPage byStaff(String staffId, Instant from, Instant to, String pageToken, int pageSize) {
        QueryRequest.Builder query = QueryRequest.builder()
                .tableName(table)
                .indexName(LOOKUP_INDEX)
                .keyConditionExpression("lookupPk = :who AND lookupSk BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(
                        ":who",
                        s(staffLookup(staffId)),
                        ":from",
                        s(MOMENT.format(from)),
                        // Sort keys of the last millisecond before {@code to} still sort below this bound.
                        ":to",
                        s(MOMENT.format(to.minusMillis(1)) + "#~")))
                .scanIndexForward(false)
                .limit(pageSize);
        return page(query, pageToken, LOOKUP_PK, staffLookup(staffId));
    }

    @Override
    public List<ComplaintId> complaintsOf(String personKey) {
        List<ComplaintId> ids = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder query = QueryRequest.builder()
                    .tableName(table)
                    .indexName(LOOKUP_INDEX)
                    .keyConditionExpression("lookupPk = :who")
                    .expressionAttributeValues(Map.of(":who", s(personLookup(personKey))))
                    .projectionExpression("pk");
            if (start != null) {
                query.exclusiveStartKey(start);
            }
            QueryResponse response = dynamo.query(query.build());
            for (Map<String, AttributeValue> item : response.items()) {
                String pk = str(item, ComplaintItem.PK);
                if (pk != null && pk.startsWith("COMPLAINT#")) {
                    ids.add(new ComplaintId(pk.substring("COMPLAINT#".length())));
                }
            }
            start = response.hasLastEvaluatedKey()
                            && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey()
                    : null;
        } while (start != null);
        return ids;
    }

    /**
     * One page from {@code pageToken} on. A token that is not one this listing gave (edited in the address, or of
     * another complaint or member) is ignored and the listing starts from the newest, rather than failing.
     */
    private AccessPage page(QueryRequest.Builder query, String pageToken, String partitionKey, String partition) {
        startKey(pageToken, partitionKey, partition).ifPresent(query::exclusiveStartKey);
        QueryResponse response = dynamo.query(query.build());
        List<AccessEvent> events =
                response.items().stream().map(DynamoDbAccessLog::event).toList();
        String next =
                response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                        ? PageTokens.encode(response.lastEvaluatedKey())
                        : null;
        return new AccessPage(events, next);
    }

    private static java.util.Optional<Map<String, AttributeValue>> startKey(
            String pageToken, String partitionKey, String partition) {
        if (pageToken == null) {
            return java.util.Optional.empty();
        }
        try {
            Map<String, AttributeValue> key = PageTokens.decode(pageToken);
            return partition.equals(str(key, partitionKey)) ? java.util.Optional.of(key) : java.util.Optional.empty();
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return java.util.Optional.empty();
        }
    }

    private static AccessEvent event(Map<String, AttributeValue> item) {
        return new AccessEvent(
                Instant.parse(str(item, "at")),
                str(item, "staffId"),
                Attrs.strList(item, "roles"),
                Attrs.strList(item, "teams"),
                str(item, "route"),
                str(item, "complaintId"),
                Attrs.localDate(item, "periodFrom"),
                Attrs.localDate(item, "periodTo"),
                str(item, "team"));
    }
}
