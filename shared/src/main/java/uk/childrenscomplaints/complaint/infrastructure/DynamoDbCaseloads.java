package uk.childrenscomplaints.complaint.infrastructure;

import static uk.childrenscomplaints.complaint.infrastructure.Attrs.n;
import static uk.childrenscomplaints.complaint.infrastructure.Attrs.s;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import uk.childrenscomplaints.complaint.application.ports.Caseloads;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.OpenCaseload;
import uk.childrenscomplaints.complaint.model.TeamName;

/**
 * Open caseloads in the complaints table: one partition per quarter ({@code CASELOAD#Q#2009-10#1}), one item per team
 * ({@code TEAM#<team in lower case>}), so a report reads its quarter's figures in one query. A new figure replaces the
 * old one whole: it is a correction of one number, and nothing else lives on the item to be lost.
 */
public final class DynamoDbCaseloads implements Caseloads {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbCaseloads(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    static String pk(FinancialQuarter q) {
        return "CASELOAD#" + ComplaintItem.quarterPk(q);
    }

    @Override
    public void record(OpenCaseload c) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(ComplaintItem.PK, s(pk(c.quarter())));
        item.put(ComplaintItem.SK, s("TEAM#" + c.team().value().toLowerCase(Locale.ROOT)));
        item.put("type", s("caseload"));
        item.put("team", s(c.team().value()));
        item.put("financialYear", n((long) c.quarter().financialYear()));
        item.put("quarter", n((long) c.quarter().quarter()));
        item.put("openCases", n((long) c.openCases()));
        dynamo.putItem(r -> r.tableName(table).item(item));
    }

    @Override
    public List<OpenCaseload> atEndOf(FinancialQuarter quarter) {
        List<OpenCaseload> found = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder query = QueryRequest.builder()
                    .tableName(table)
                    .consistentRead(true)
                    .keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", s(pk(quarter))));
            if (start != null) {
                query.exclusiveStartKey(start);
            }
            QueryResponse response = dynamo.query(query.build());
            response.items()
                    .forEach(item -> found.add(new OpenCaseload(
                            quarter,
                            new TeamName(Attrs.str(item, "team")),
                            Attrs.num(item, "openCases").intValue())));
            start = response.hasLastEvaluatedKey()
                            && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey()
                    : null;
        } while (start != null);
        found.sort(Comparator.comparing(c -> c.team().value(), String.CASE_INSENSITIVE_ORDER));
        return found;
    }
}
