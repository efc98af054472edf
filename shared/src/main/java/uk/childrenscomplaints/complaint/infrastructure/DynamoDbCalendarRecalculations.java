package uk.childrenscomplaints.complaint.infrastructure;

import static uk.childrenscomplaints.complaint.infrastructure.Attrs.s;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.childrenscomplaints.complaint.application.ports.CalendarRecalculations;

/**
 * The calendar version the sweep last recalculated for, as one item ({@code CALENDAR#RECALCULATED}) in the complaints
 * table: its version, the holidays it counted (dates only), the first day it was seen, and whether a later day's pass
 * settled it. Overwritten whole: two sweeps writing it at once write the same facts. No index keys, no personal data.
 */
public final class DynamoDbCalendarRecalculations implements CalendarRecalculations {
    static final String PK = "CALENDAR#RECALCULATED";
    static final String SK = "CALENDAR";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbCalendarRecalculations(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    private static Map<String, AttributeValue> key() {
        return Map.of(ComplaintItem.PK, s(PK), ComplaintItem.SK, s(SK));
    }

    @Override
    public Optional<Done> last() {
        Map<String, AttributeValue> item = dynamo.getItem(
                        r -> r.tableName(table).key(key()).consistentRead(true))
                .item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        Set<LocalDate> holidays =
                Attrs.strSet(item, "holidays").stream().map(LocalDate::parse).collect(Collectors.toSet());
        return Optional.of(new Done(
                Attrs.str(item, ComplaintItem.CALENDAR_VERSION),
                holidays,
                Attrs.localDate(item, "since"),
                Attrs.flag(item, "settled")));
    }

    @Override
    public void record(Done done) {
        Map<String, AttributeValue> item = new HashMap<>(key());
        item.put("type", s("calendar-recalculation"));
        item.put(ComplaintItem.CALENDAR_VERSION, s(done.version()));
        item.put("since", Attrs.date(done.since()));
        item.put("settled", AttributeValue.fromBool(done.settled()));
        if (!done.holidays().isEmpty()) {
            item.put(
                    "holidays",
                    AttributeValue.fromSs(done.holidays().stream()
                            .map(LocalDate::toString)
                            .sorted()
                            .toList()));
        }
        dynamo.putItem(r -> r.tableName(table).item(item));
    }
}
