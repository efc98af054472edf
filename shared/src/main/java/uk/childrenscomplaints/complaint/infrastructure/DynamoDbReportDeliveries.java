package uk.childrenscomplaints.complaint.infrastructure;

import static uk.childrenscomplaints.complaint.infrastructure.Attrs.s;

import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import uk.childrenscomplaints.complaint.application.ReportDeliveries;

/**
 * Delivery markers in the complaints table: {@code pk = REPORT#<key>}, {@code sk = DELIVERY} once claimed, and one
 * {@code sk = RESENT#<instant>} item per deliberate re-send. They carry no index keys, so no query meets them.
 */
public final class DynamoDbReportDeliveries implements ReportDeliveries {
    static final String DELIVERY_SK = "DELIVERY";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbReportDeliveries(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    static String pk(String key) {
        return "REPORT#" + key;
    }

    @Override
    public boolean claim(String key, Instant at) {
        try {
            dynamo.putItem(r -> r.tableName(table)
                    .item(Map.of(ComplaintItem.PK, s(pk(key)), ComplaintItem.SK, s(DELIVERY_SK),
                            "type", s("report-delivery"), "claimedAt", s(at.toString())))
                    .conditionExpression("attribute_not_exists(pk)"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public void release(String key) {
        dynamo.deleteItem(r -> r.tableName(table)
                .key(Map.of(ComplaintItem.PK, s(pk(key)), ComplaintItem.SK, s(DELIVERY_SK))));
    }

    @Override
    public void recordResend(String key, Instant at) {
        try {
            dynamo.putItem(r -> r.tableName(table)
                    .item(Map.of(ComplaintItem.PK, s(pk(key)), ComplaintItem.SK, s("RESENT#" + at),
                            "type", s("report-resend"), "resentAt", s(at.toString())))
                    .conditionExpression("attribute_not_exists(pk)"));
        } catch (ConditionalCheckFailedException e) {
            // Two re-sends in the same instant: one record says it as well as two.
        }
    }
}
