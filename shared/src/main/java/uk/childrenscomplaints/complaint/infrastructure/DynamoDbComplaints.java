package uk.childrenscomplaints.complaint.infrastructure;

import static uk.childrenscomplaints.complaint.infrastructure.Attrs.s;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.MessageId;
import uk.childrenscomplaints.complaint.application.ports.NotificationClaim;
import uk.childrenscomplaints.complaint.application.ports.SendLease;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.TimelineEntry;

/**
 * Complaints in one DynamoDB table. Every update is conditional on the version read (optimistic locking) and appends
 * the timeline in the same UpdateItem, so a change and its record are atomic without transactions (which dynalite
 * lacks). Reads of many complaints go through an index; this class never scans.
 */
public final class DynamoDbComplaints implements Complaints {
    public static final String DEADLINE_INDEX = "deadline-index";
    public static final String QUARTER_INDEX = "quarter-index";
    public static final String OUTBOX_INDEX = "outbox-index";
    public static final String STATUS_INDEX = "status-index";

    /** Who the timeline names for a notice the mail service accepted. */
    static final String SENDER_ACTOR = "email sender";

    /** Concurrent conditional writes when adding many complaints at once (an import). */
    static final int WRITERS = 16;

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;
    /** Leases this instance holds, by complaint and key, with their expiry: a release removes only its own. */
    private final Map<String, Long> myLeases = new ConcurrentHashMap<>();

    public DynamoDbComplaints(DynamoDbClient dynamo, String table) {
        this(dynamo, table, Clock.systemUTC());
    }

    /** @param clock when a notification joins the outbox, for the outbox index's owed-since key */
    public DynamoDbComplaints(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public AddResult add(Complaint complaint) {
        try {
            dynamo.putItem(r -> r.tableName(table)
                    .item(ComplaintItem.newItem(complaint, clock.instant()))
                    .conditionExpression("attribute_not_exists(pk)"));
            return AddResult.ADDED;
        } catch (ConditionalCheckFailedException e) {
            return AddResult.ALREADY_EXISTS;
        }
    }

    /**
     * One conditional PutItem per complaint (BatchWriteItem cannot be conditional), {@value #WRITERS} at a time, so
     * 5,000 rows fit well inside the API's 30 seconds. A write that fails after the SDK's retries is counted, not
     * thrown: the caller imports the same file again and the rows already stored are skipped.
     */
    @Override
    public AddCounts addAll(List<Complaint> complaints) {
        if (complaints.isEmpty()) {
            return new AddCounts(0, 0, 0);
        }
        ExecutorService writers = Executors.newFixedThreadPool(Math.min(WRITERS, complaints.size()));
        try {
            List<Future<AddResult>> results = new ArrayList<>();
            for (Complaint c : complaints) {
                results.add(writers.submit(() -> add(c)));
            }
            int added = 0;
            int existing = 0;
            int failed = 0;
            for (Future<AddResult> result : results) {
                try {
                    if (result.get() == AddResult.ADDED) {
                        added++;
                    } else {
                        existing++;
                    }
                } catch (ExecutionException e) {
                    failed++;
                }
            }
            return new AddCounts(added, existing, failed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while adding complaints", e);
        } finally {
            writers.shutdownNow();
        }
    }

    @Override
    public Optional<Complaint> find(ComplaintId id) {
        var response = dynamo.getItem(
                r -> r.tableName(table).key(ComplaintItem.key(id)).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(ComplaintItem.toComplaint(response.item()))
                : Optional.empty();
    }

    @Override
    public SaveResult save(Complaint complaint, long expectedVersion) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> sets = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        int i = 0;
        for (var entry : ComplaintItem.attributes(complaint).entrySet()) {
            if (ComplaintItem.NOT_OVERWRITTEN.contains(entry.getKey())) {
                continue;
            }
            String name = "#a" + i;
            names.put(name, entry.getKey());
            if (entry.getValue() == null) {
                removes.add(name);
            } else {
                values.put(":a" + i, entry.getValue());
                sets.add(name + " = :a" + i);
            }
            i++;
        }
        names.put("#v", ComplaintItem.VERSION);
        names.put("#t", ComplaintItem.TIMELINE);
        values.put(":expected", Attrs.n(expectedVersion));
        values.put(":next", Attrs.n(expectedVersion + 1));
        values.put(":new", ComplaintItem.timeline(complaint.newTimelineEntries()));
        values.put(":empty", AttributeValue.fromL(List.of()));
        sets.add("#v = :next");
        String adds = "";
        if (!complaint.newlyOwed().isEmpty()) {
            // Owed notifications join the outbox in the same write as the change that owes them.
            names.put("#o", ComplaintItem.OUTBOX);
            names.put("#opk", ComplaintItem.OUTBOX_PK);
            names.put("#osk", ComplaintItem.OUTBOX_SK);
            values.put(":owed", AttributeValue.fromSs(List.copyOf(complaint.newlyOwed())));
            values.put(":owedPk", s(ComplaintItem.OWED));
            values.put(":owedSk", s(ComplaintItem.outboxSk(complaint, clock.instant())));
            sets.add("#opk = :owedPk");
            // Owed already: it has been owed since then, not since now.
            sets.add("#osk = if_not_exists(#osk, :owedSk)");
            adds = " ADD #o :owed";
        }
        if (!complaint.carriedSent().isEmpty()) {
            // A moved due date's notices already sent for the old date count as sent, in the same write (decision 022).
            names.put("#sent", ComplaintItem.SENT);
            values.put(":carried", AttributeValue.fromSs(List.copyOf(complaint.carriedSent())));
            adds = (adds.isEmpty() ? " ADD " : adds + ", ") + "#sent :carried";
        }
        if (complaint.timelineRewritten()) {
            // Anonymisation (decision 027): the words and actors of every entry go, so the list is written whole.
            values.put(":new", ComplaintItem.timeline(complaint.timeline()));
            values.remove(":empty");
            sets.add("#t = :new");
        } else {
            sets.add("#t = list_append(if_not_exists(#t, :empty), :new)");
        }
        String update = "SET " + String.join(", ", sets) + adds
                + (removes.isEmpty() ? "" : " REMOVE " + String.join(", ", removes));
        try {
            dynamo.updateItem(UpdateItemRequest.builder()
                    .tableName(table)
                    .key(ComplaintItem.key(complaint.id()))
                    .updateExpression(update)
                    .conditionExpression("#v = :expected")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .build());
            return SaveResult.SAVED;
        } catch (ConditionalCheckFailedException e) {
            return SaveResult.STALE;
        }
    }

    @Override
    public Page findDueBy(LocalDate date, String pageToken, int pageSize) {
        // "~" sorts after every id character, so the bound takes in all complaints due on the date itself.
        return page(
                QueryRequest.builder()
                        .tableName(table)
                        .indexName(DEADLINE_INDEX)
                        .keyConditionExpression("deadlinePk = :open AND deadlineSk <= :until")
                        .expressionAttributeValues(
                                Map.of(":open", s(ComplaintItem.OPEN_DEADLINES), ":until", s(date + "#~")))
                        .limit(pageSize),
                pageToken);
    }

    @Override
    public IdPage withOutbox(String pageToken, int pageSize) {
        QueryRequest.Builder query = QueryRequest.builder()
                .tableName(table)
                .indexName(OUTBOX_INDEX)
                .keyConditionExpression("outboxPk = :owed")
                .expressionAttributeValues(Map.of(":owed", s(ComplaintItem.OWED)))
                .limit(pageSize);
        if (pageToken != null) {
            query.exclusiveStartKey(PageTokens.decode(pageToken));
        }
        QueryResponse response = dynamo.query(query.build());
        // The index projects keys only: the caller reads each complaint afresh before sending anything.
        List<ComplaintId> ids = response.items().stream()
                .map(item -> new ComplaintId(item.get(ComplaintItem.PK).s().substring("COMPLAINT#".length())))
                .toList();
        return new IdPage(ids, nextToken(response));
    }

    @Override
    public OwedNotifications owedNotifications() {
        // Counting reads only the keys-only index; the oldest is its first key, which sorts by owed-since.
        int count = 0;
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder query = QueryRequest.builder()
                    .tableName(table)
                    .indexName(OUTBOX_INDEX)
                    .keyConditionExpression("outboxPk = :owed")
                    .select(Select.COUNT)
                    .expressionAttributeValues(Map.of(":owed", s(ComplaintItem.OWED)));
            if (start != null) {
                query.exclusiveStartKey(start);
            }
            QueryResponse response = dynamo.query(query.build());
            count += response.count();
            start = response.hasLastEvaluatedKey()
                            && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey()
                    : null;
        } while (start != null);
        if (count == 0) {
            return new OwedNotifications(0, Optional.empty());
        }
        QueryResponse first = dynamo.query(q -> q.tableName(table)
                .indexName(OUTBOX_INDEX)
                .keyConditionExpression("outboxPk = :owed")
                .scanIndexForward(true)
                .limit(1)
                .expressionAttributeValues(Map.of(":owed", s(ComplaintItem.OWED))));
        Optional<Instant> oldest = first.items().stream()
                .findFirst()
                .map(item -> ComplaintItem.owedSince(
                        item.get(ComplaintItem.OUTBOX_SK).s()));
        return new OwedNotifications(count, oldest);
    }

    private static String nextToken(QueryResponse response) {
        return response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? PageTokens.encode(response.lastEvaluatedKey())
                : null;
    }

    @Override
    public List<Complaint> receivedIn(FinancialQuarter quarter, LocalDate from, LocalDate to) {
        List<Complaint> found = new ArrayList<>();
        String token = null;
        do {
            Page page = page(
                    QueryRequest.builder()
                            .tableName(table)
                            .indexName(QUARTER_INDEX)
                            .keyConditionExpression("quarterPk = :q AND quarterSk BETWEEN :from AND :to")
                            .expressionAttributeValues(Map.of(
                                    ":q",
                                    s(ComplaintItem.quarterPk(quarter)),
                                    ":from",
                                    s(from + "#"),
                                    ":to",
                                    s(to + "#~"))),
                    token);
            found.addAll(page.items());
            token = page.nextPageToken();
        } while (token != null);
        return found;
    }

    @Override
    public List<Complaint> inState(ComplaintState state, TeamName team) {
        List<Complaint> found = new ArrayList<>();
        String token = null;
        do {
            QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName(STATUS_INDEX);
            if (team == null) {
                query.keyConditionExpression("statusPk = :state")
                        .expressionAttributeValues(Map.of(":state", s(ComplaintItem.statusPk(state))));
            } else {
                query.keyConditionExpression("statusPk = :state AND begins_with(statusSk, :team)")
                        .expressionAttributeValues(Map.of(
                                ":state", s(ComplaintItem.statusPk(state)), ":team", s(ComplaintItem.statusSk(team))));
            }
            Page page = page(query, token);
            found.addAll(page.items());
            token = page.nextPageToken();
        } while (token != null);
        return found;
    }

    private Page page(QueryRequest.Builder query, String pageToken) {
        if (pageToken != null) {
            query.exclusiveStartKey(PageTokens.decode(pageToken));
        }
        QueryResponse response = dynamo.query(query.build());
        List<Complaint> items =
                response.items().stream().map(ComplaintItem::toComplaint).toList();
        return new Page(items, nextToken(response), response.count());
    }

    @Override
    public Reference nextReference(int financialYear) {
        var response = dynamo.updateItem(r -> r.tableName(table)
                .key(referenceCounterKey(financialYear))
                .updateExpression("ADD lastNumber :one")
                .expressionAttributeValues(Map.of(":one", Attrs.n(1L)))
                .returnValues(ReturnValue.UPDATED_NEW));
        return new Reference(
                financialYear,
                Integer.parseInt(response.attributes().get("lastNumber").n()));
    }

    /** A financial year's reference counter, which the intake's transaction also moves on (decision 042). */
    static Map<String, AttributeValue> referenceCounterKey(int financialYear) {
        return Map.of(ComplaintItem.PK, s("COUNTER#REFERENCE#" + financialYear), ComplaintItem.SK, s("COUNTER"));
    }

    /**
     * The claim is a lease: {@code lease:<key>} holds its expiry in epoch seconds. It is taken when the key is not
     * marked sent and no unexpired lease holds it. A key both marked sent and still in the outbox is a claim written
     * before leases existed (it was marked at claim and taken off the outbox only after the send), so it is read as
     * an expired lease and sent once more: such a notice may have been lost, never confirmed.
     */
    @Override
    public NotificationClaim claimNotification(ComplaintId id, String key) {
        long now = clock.instant().getEpochSecond();
        long expiry = SendLease.expiryAt(clock.instant());
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(ComplaintItem.key(id))
                    .updateExpression("SET #lease = :expiry")
                    .conditionExpression("attribute_exists(pk) AND (NOT contains(#sent, :k) OR contains(#o, :k))"
                            + " AND (attribute_not_exists(#lease) OR #lease < :now)")
                    .expressionAttributeNames(Map.of(
                            "#sent",
                            ComplaintItem.SENT,
                            "#o",
                            ComplaintItem.OUTBOX,
                            "#lease",
                            ComplaintItem.lease(key)))
                    .expressionAttributeValues(Map.of(":k", s(key), ":expiry", Attrs.n(expiry), ":now", Attrs.n(now))));
            myLeases.put(leaseId(id, key), expiry);
            return NotificationClaim.CLAIMED;
        } catch (ConditionalCheckFailedException e) {
            return whyNotClaimed(id, key);
        }
    }

    private NotificationClaim whyNotClaimed(ComplaintId id, String key) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                        .key(ComplaintItem.key(id))
                        .consistentRead(true)
                        .projectionExpression("#sent, #o, #lease")
                        .expressionAttributeNames(Map.of(
                                "#sent",
                                ComplaintItem.SENT,
                                "#o",
                                ComplaintItem.OUTBOX,
                                "#lease",
                                ComplaintItem.lease(key))))
                .item();
        if (item == null || item.isEmpty()) {
            return NotificationClaim.ALREADY_SENT; // no such complaint: nothing to send
        }
        boolean sent = item.containsKey(ComplaintItem.SENT)
                && item.get(ComplaintItem.SENT).ss().contains(key);
        boolean owed = item.containsKey(ComplaintItem.OUTBOX)
                && item.get(ComplaintItem.OUTBOX).ss().contains(key);
        return sent && !owed ? NotificationClaim.ALREADY_SENT : NotificationClaim.HELD;
    }

    /** Removes only the lease this instance took (its expiry still on the item), never a later claimant's. */
    @Override
    public void releaseNotification(ComplaintId id, String key) {
        Long expiry = myLeases.remove(leaseId(id, key));
        if (expiry == null) {
            return;
        }
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(ComplaintItem.key(id))
                    .updateExpression("REMOVE #lease")
                    .conditionExpression("attribute_exists(pk) AND #lease = :mine")
                    .expressionAttributeNames(Map.of("#lease", ComplaintItem.lease(key)))
                    .expressionAttributeValues(Map.of(":mine", Attrs.n(expiry))));
        } catch (ConditionalCheckFailedException e) {
            // Gone, or expired and taken over by another run: nothing of this instance's to give back.
        }
    }

    @Override
    public void markNotificationSent(ComplaintId id, String key, Optional<MessageId> messageId) {
        // Proof the mail service accepted it, for staff reading the case and for matching a bounce; no address.
        settle(
                id,
                key,
                messageId.map(m -> new TimelineEntry(
                        clock.instant(),
                        SENDER_ACTOR,
                        "notice sent",
                        key + " accepted by the mail service as message " + m.value())));
    }

    @Override
    public void awaitConfirmation(ComplaintId id, String key) {
        Long expiry = myLeases.remove(leaseId(id, key));
        if (expiry == null) {
            return;
        }
        TimelineEntry entry = new TimelineEntry(
                clock.instant(),
                SENDER_ACTOR,
                "notice awaiting SES confirmation",
                key + " was handed to the mail service, which did not answer in time; it is marked sent when the"
                        + " mail service confirms it, or sent again after " + Instant.ofEpochSecond(expiry));
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(ComplaintItem.key(id))
                    .updateExpression("SET #t = list_append(if_not_exists(#t, :none), :entry)")
                    // Only while this instance's lease still holds: the lease is what keeps other runs off it.
                    .conditionExpression("attribute_exists(pk) AND #lease = :mine")
                    .expressionAttributeNames(Map.of("#t", ComplaintItem.TIMELINE, "#lease", ComplaintItem.lease(key)))
                    .expressionAttributeValues(Map.of(
                            ":entry",
                            ComplaintItem.timeline(List.of(entry)),
                            ":none",
                            AttributeValue.fromL(List.of()),
                            ":mine",
                            Attrs.n(expiry))));
        } catch (ConditionalCheckFailedException e) {
            // Confirmed already, or the lease was taken over: nothing is awaited on this instance's behalf.
        }
    }

    @Override
    public boolean confirmNotificationSent(ComplaintId id, String key, MessageId messageId) {
        return settle(
                id,
                key,
                Optional.of(new TimelineEntry(
                        clock.instant(),
                        SENDER_ACTOR,
                        "notice sent",
                        key + " confirmed sent by the mail service as message " + messageId.value())));
    }

    @Override
    public void markNotificationSuppressed(ComplaintId id, String key, String why) {
        settle(id, key, Optional.of(new TimelineEntry(clock.instant(), SENDER_ACTOR, "notice suppressed", why)));
    }

    @Override
    public void markNotificationSettled(ComplaintId id, String key, String action, String detail) {
        settle(id, key, Optional.of(new TimelineEntry(clock.instant(), SENDER_ACTOR, action, detail)));
    }

    /**
     * Conditional on the key not being marked sent yet (or being an old-format claim, still in the outbox), so a late
     * sender's mark after SES's confirmation, or a second confirmation, changes nothing (decision 025).
     */
    private boolean settle(ComplaintId id, String key, Optional<TimelineEntry> entry) {
        myLeases.remove(leaseId(id, key));
        Map<String, String> names = new HashMap<>(
                Map.of("#sent", ComplaintItem.SENT, "#o", ComplaintItem.OUTBOX, "#lease", ComplaintItem.lease(key)));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":key", AttributeValue.fromSs(List.of(key))));
        String set = "";
        if (entry.isPresent()) {
            names.put("#t", ComplaintItem.TIMELINE);
            values.put(":entry", ComplaintItem.timeline(List.of(entry.get())));
            values.put(":none", AttributeValue.fromL(List.of()));
            set = " SET #t = list_append(if_not_exists(#t, :none), :entry)";
        }
        String expression = "ADD #sent :key DELETE #o :key REMOVE #lease" + set;
        values.put(":k", s(key));
        UpdateItemResponse response;
        try {
            response = dynamo.updateItem(r -> r.tableName(table)
                    .key(ComplaintItem.key(id))
                    .updateExpression(expression)
                    .conditionExpression("attribute_exists(pk) AND (NOT contains(#sent, :k) OR contains(#o, :k))")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW));
        } catch (ConditionalCheckFailedException e) {
            return false; // settled before (by the mail service's confirmation, or by the sender): nothing to add
        }
        leaveOutboxIndexIfSettled(id, response.attributes());
        return true;
    }

    private static String leaseId(ComplaintId id, String key) {
        return id.value() + "|" + key;
    }

    @Override
    public void removeFromOutbox(ComplaintId id, String key) {
        var response = dynamo.updateItem(r -> r.tableName(table)
                .key(ComplaintItem.key(id))
                .updateExpression("DELETE #o :key")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(Map.of("#o", ComplaintItem.OUTBOX))
                .expressionAttributeValues(Map.of(":key", AttributeValue.fromSs(List.of(key))))
                .returnValues(ReturnValue.ALL_NEW));
        leaveOutboxIndexIfSettled(id, response.attributes());
    }

    private void leaveOutboxIndexIfSettled(ComplaintId id, Map<String, AttributeValue> now) {
        if (now.containsKey(ComplaintItem.OUTBOX_PK) && !now.containsKey(ComplaintItem.OUTBOX)) {
            // DynamoDB drops a set once empty; then take the complaint out of the sparse outbox index.
            try {
                dynamo.updateItem(r -> r.tableName(table)
                        .key(ComplaintItem.key(id))
                        .updateExpression("REMOVE outboxPk, outboxSk")
                        .conditionExpression("attribute_not_exists(#o)")
                        .expressionAttributeNames(Map.of("#o", ComplaintItem.OUTBOX)));
            } catch (ConditionalCheckFailedException e) {
                // Something was owed again in between; the complaint rightly stays in the index.
            }
        }
    }
}
