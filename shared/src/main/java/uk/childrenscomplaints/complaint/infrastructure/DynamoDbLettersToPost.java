package uk.childrenscomplaints.complaint.infrastructure;

import static uk.childrenscomplaints.complaint.infrastructure.Attrs.s;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.str;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.ports.LetterKind;
import uk.childrenscomplaints.complaint.application.ports.LettersToPost;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.Reference;

/**
 * Letters to post as items of their own in the complaints table, all in one partition ({@code pk = LETTERS}, {@code sk
 * = <complaint id>#<outbox key>}): a council posts a handful a day, so one Query reads the whole list and no index is
 * needed. The task is a conditional {@code PutItem} (only if absent) and the posting a conditional update (only if
 * not posted yet), so a schedule firing twice, or two staff pressing the button, adds or records nothing twice. The
 * outbox puts "letter to post" on the timeline as it settles the email (no call of its own on the submission's path);
 * the complaint records a posting itself, before the task is marked here (decision 040). Items hold the reference and the letter's name, never a name or an
 * address (the letter is rendered from the complaint when asked for).
 */
public final class DynamoDbLettersToPost implements LettersToPost {
    static final String PK = "LETTERS";
    private static final String POSTED_ON = "postedOn";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    public DynamoDbLettersToPost(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    private static Map<String, AttributeValue> key(ComplaintId id, String key) {
        return Map.of(ComplaintItem.PK, s(PK), ComplaintItem.SK, s(id.value() + "#" + key));
    }

    @Override
    public boolean owe(ComplaintId id, Reference reference, String key, LetterKind kind) {
        LocalDate today = LocalDate.now(clock.withZone(CouncilTime.ZONE));
        Map<String, AttributeValue> item = new HashMap<>(key(id, key));
        item.put("type", s("letter-to-post"));
        item.put("complaintId", s(id.value()));
        item.put("reference", s(reference.toString()));
        item.put("outboxKey", s(key));
        item.put("letter", s(kind.slug()));
        item.put("owedOn", s(today.toString()));
        try {
            dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
        return true;
    }

    @Override
    public List<LetterToPost> waiting() {
        return query(QueryRequest.builder()
                        .tableName(table)
                        .keyConditionExpression("pk = :pk")
                        .filterExpression("attribute_not_exists(" + POSTED_ON + ")")
                        .expressionAttributeValues(Map.of(":pk", s(PK)))
                        .build())
                .stream()
                .sorted(Comparator.comparing(LetterToPost::owedOn)
                        .thenComparing(l -> l.reference().toString()))
                .toList();
    }

    /** In the order they were owed: by day, then by the version of the change that owed them (decision 040). */
    @Override
    public List<LetterToPost> of(ComplaintId id) {
        return query(QueryRequest.builder()
                        .tableName(table)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :id)")
                        .expressionAttributeValues(Map.of(":pk", s(PK), ":id", s(id.value() + "#")))
                        .build())
                .stream()
                .sorted(Comparator.comparing(LetterToPost::owedOn).thenComparingLong(l -> versionOf(l.key())))
                .toList();
    }

    /** A key's {@code @<version>}; 0 for the acknowledgement and the other keys without one. */
    private static long versionOf(String key) {
        int at = key.lastIndexOf('@');
        try {
            return at < 0 ? 0 : Long.parseLong(key.substring(at + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public Optional<LetterToPost> find(ComplaintId id, String key) {
        Map<String, AttributeValue> item = dynamo.getItem(
                        r -> r.tableName(table).key(key(id, key)).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(read(item));
    }

    @Override
    public PostResult markPosted(ComplaintId id, String key, LocalDate postedOn, String by) {
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(key(id, key))
                    .updateExpression("SET " + POSTED_ON + " = :on, postedBy = :by")
                    .conditionExpression("attribute_exists(pk) AND attribute_not_exists(" + POSTED_ON + ")")
                    .expressionAttributeValues(Map.of(":on", s(postedOn.toString()), ":by", s(by))));
        } catch (ConditionalCheckFailedException e) {
            return find(id, key).isPresent() ? PostResult.ALREADY_POSTED : PostResult.NOT_FOUND;
        }
        return PostResult.POSTED;
    }

    private List<LetterToPost> query(QueryRequest request) {
        List<LetterToPost> out = new ArrayList<>();
        dynamo.queryPaginator(request).items().forEach(item -> out.add(read(item)));
        return out;
    }

    private static LetterToPost read(Map<String, AttributeValue> item) {
        String posted = str(item, POSTED_ON);
        return new LetterToPost(
                new ComplaintId(str(item, "complaintId")),
                Reference.restore(str(item, "reference")),
                str(item, "outboxKey"),
                LetterKind.bySlug(str(item, "letter")).orElseThrow(),
                LocalDate.parse(str(item, "owedOn")),
                posted == null ? null : LocalDate.parse(posted),
                str(item, "postedBy"));
    }
}
