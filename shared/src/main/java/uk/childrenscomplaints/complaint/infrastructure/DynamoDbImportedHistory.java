package uk.childrenscomplaints.complaint.infrastructure;

import static uk.childrenscomplaints.complaint.infrastructure.Attrs.s;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import uk.childrenscomplaints.complaint.application.ports.ImportedHistory;

/**
 * The earliest received date of any imported complaint, as one item ({@code IMPORTS#HISTORY}) in the complaints table.
 * The update is conditional on the day being earlier than the one stored (ISO dates compare as strings), so two
 * imports at once keep the earlier of their days and a later import never moves it forward. No personal data.
 */
public final class DynamoDbImportedHistory implements ImportedHistory {
    static final String PK = "IMPORTS#HISTORY";
    static final String SK = "IMPORTS";
    private static final String EARLIEST = "earliestReceivedOn";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbImportedHistory(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    private static Map<String, AttributeValue> key() {
        return Map.of(ComplaintItem.PK, s(PK), ComplaintItem.SK, s(SK));
    }

    @Override
    public Optional<LocalDate> earliestReceived() {
        Map<String, AttributeValue> item = dynamo.getItem(
                        r -> r.tableName(table).key(key()).consistentRead(true))
                .item();
        return item == null || !item.containsKey(EARLIEST)
                ? Optional.empty()
                : Optional.of(Attrs.localDate(item, EARLIEST));
    }

    @Override
    public void recordEarliestReceived(LocalDate day) {
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(key())
                    .updateExpression("SET #earliest = :day, #type = :type")
                    .conditionExpression("attribute_not_exists(#earliest) OR #earliest > :day")
                    .expressionAttributeNames(Map.of("#earliest", EARLIEST, "#type", "type"))
                    .expressionAttributeValues(Map.of(":day", Attrs.date(day), ":type", s("imported-history"))));
        } catch (ConditionalCheckFailedException alreadyEarlier) {
            // The stored day is already as early or earlier: nothing to change.
        }
    }
}
