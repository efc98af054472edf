package uk.childrenscomplaints.complaint.infrastructure;

import static uk.childrenscomplaints.complaint.infrastructure.Attrs.s;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import uk.childrenscomplaints.complaint.application.ports.Compliments;
import uk.childrenscomplaints.complaint.model.Compliment;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.TeamName;

/**
 * Compliments in the complaints table, as their own items ({@code COMPLIMENT#<id>}). They use the quarter index under
 * their own partition ({@code COMPLIMENTS#Q#2009-10#1}), so a period is one query per quarter and a complaint query
 * never meets a compliment.
 */
public final class DynamoDbCompliments implements Compliments {
    private static final int MAX_QUARTERS = 40;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbCompliments(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    static String quarterPk(FinancialQuarter q) {
        return "COMPLIMENTS#" + ComplaintItem.quarterPk(q);
    }

    @Override
    public void add(Compliment c) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(ComplaintItem.PK, s("COMPLIMENT#" + c.id()));
        item.put(ComplaintItem.SK, s("COMPLIMENT"));
        item.put("type", s("compliment"));
        item.put("id", s(c.id()));
        item.put("team", s(c.team().value()));
        item.put("receivedOn", s(c.receivedOn().toString()));
        item.put("fromWhom", s(c.fromWhom()));
        item.put("text", s(c.text()));
        item.put("quarterPk", s(quarterPk(FinancialQuarter.of(c.receivedOn()))));
        item.put("quarterSk", s(c.receivedOn() + "#" + c.id()));
        // In the retention index until the retention run removes who it was from and what it said (decision 027).
        item.put(DataProtectionItem.RETENTION_PK, s(DataProtectionItem.COMPLIMENTS));
        item.put(DataProtectionItem.RETENTION_SK, s(c.receivedOn() + "#" + c.id()));
        dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
    }

    @Override
    public List<Compliment> receivedBetween(LocalDate from, LocalDate to) {
        List<Compliment> found = new ArrayList<>();
        if (to.isBefore(from)) {
            return found;
        }
        FinancialQuarter q = FinancialQuarter.of(from);
        for (int n = 0; !q.firstDay().isAfter(to) && n < MAX_QUARTERS; n++, q = q.next()) {
            Map<String, AttributeValue> start = null;
            do {
                QueryRequest.Builder query = QueryRequest.builder()
                        .tableName(table)
                        .indexName(DynamoDbComplaints.QUARTER_INDEX)
                        .keyConditionExpression("quarterPk = :q AND quarterSk BETWEEN :from AND :to")
                        .expressionAttributeValues(
                                Map.of(":q", s(quarterPk(q)), ":from", s(from + "#"), ":to", s(to + "#~")));
                if (start != null) {
                    query.exclusiveStartKey(start);
                }
                QueryResponse response = dynamo.query(query.build());
                response.items()
                        .forEach(item -> found.add(new Compliment(
                                Attrs.str(item, "id"),
                                new TeamName(Attrs.str(item, "team")),
                                Attrs.localDate(item, "receivedOn"),
                                Attrs.str(item, "fromWhom"),
                                Attrs.str(item, "text"))));
                start = response.hasLastEvaluatedKey()
                                && !response.lastEvaluatedKey().isEmpty()
                        ? response.lastEvaluatedKey()
                        : null;
            } while (start != null);
        }
        return found;
    }
}
