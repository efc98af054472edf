package uk.childrenscomplaints.local.standins;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Builds tables from the {@code AWS::DynamoDB::Table} in template.yaml, so the local table cannot drift from
 * the deployed one.
 *
 * <p>SSESpecification, PointInTimeRecoverySpecification, TimeToLiveSpecification and streams are left out on
 * purpose: dynalite does not support them, and none of them changes how items are written or queried.
 */
public final class TemplateTables {

    public static final String TABLE_TYPE = "AWS::DynamoDB::Table";

    private static final Duration POLL = Duration.ofMillis(100);

    private final SamTemplate.Resource table;

    private TemplateTables(SamTemplate.Resource table) {
        this.table = table;
    }

    /** The template's only table; refuses to guess when there are several. */
    public static TemplateTables from(SamTemplate template) {
        Map<String, SamTemplate.Resource> tables = template.resourcesOfType(TABLE_TYPE);
        if (tables.size() != 1) {
            throw new IllegalStateException(
                    "Expected one " + TABLE_TYPE + " in template.yaml, found " + tables.keySet());
        }
        return new TemplateTables(tables.values().iterator().next());
    }

    public static TemplateTables from(SamTemplate template, String logicalId) {
        SamTemplate.Resource resource = template.resource(logicalId);
        if (!resource.type().equals(TABLE_TYPE)) {
            throw new IllegalArgumentException(logicalId + " is a " + resource.type() + ", not a table");
        }
        return new TemplateTables(resource);
    }

    public String logicalId() {
        return table.name();
    }

    public CreateTableRequest createTableRequest(String tableName) {
        Map<String, Object> p = table.properties();
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .attributeDefinitions(maps(p.get("AttributeDefinitions")).stream()
                        .map(a -> AttributeDefinition.builder()
                                .attributeName(text(a, "AttributeName"))
                                .attributeType(text(a, "AttributeType"))
                                .build())
                        .toList())
                .keySchema(keySchema(p.get("KeySchema")));
        BillingMode billing =
                p.containsKey("BillingMode") ? BillingMode.fromValue(text(p, "BillingMode")) : BillingMode.PROVISIONED;
        request.billingMode(billing);
        if (billing == BillingMode.PROVISIONED) {
            request.provisionedThroughput(throughput(p.get("ProvisionedThroughput")));
        }
        if (p.containsKey("GlobalSecondaryIndexes")) {
            request.globalSecondaryIndexes(maps(p.get("GlobalSecondaryIndexes")).stream()
                    .map(index -> globalIndex(index, billing))
                    .toList());
        }
        return request.build();
    }

    /** Creates the table and returns once it is ACTIVE. */
    public void createTable(DynamoDbClient client, String tableName) {
        client.createTable(createTableRequest(tableName));
        // The SDK's default is to poll every 20 s; a local table turns ACTIVE in half a second.
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder()
                .client(client)
                .overrideConfiguration(w -> w.backoffStrategy(FixedDelayBackoffStrategy.create(POLL))
                        .maxAttempts(300))
                .build()) {
            waiter.waitUntilTableExists(r -> r.tableName(tableName));
        }
    }

    private static GlobalSecondaryIndex globalIndex(Map<String, Object> index, BillingMode billing) {
        GlobalSecondaryIndex.Builder builder = GlobalSecondaryIndex.builder()
                .indexName(text(index, "IndexName"))
                .keySchema(keySchema(index.get("KeySchema")))
                .projection(projection(SamTemplate.asMap(index.get("Projection"))));
        if (billing == BillingMode.PROVISIONED) {
            builder.provisionedThroughput(throughput(index.get("ProvisionedThroughput")));
        }
        return builder.build();
    }

    private static Projection projection(Map<String, Object> projection) {
        Projection.Builder builder = Projection.builder().projectionType(text(projection, "ProjectionType"));
        if (projection.containsKey("NonKeyAttributes")) {
            builder.nonKeyAttributes(strings(projection.get("NonKeyAttributes")));
        }
        return builder.build();
    }

    private static List<KeySchemaElement> keySchema(Object keys) {
        return maps(keys).stream()
                .map(k -> KeySchemaElement.builder()
                        .attributeName(text(k, "AttributeName"))
                        .keyType(text(k, "KeyType"))
                        .build())
                .toList();
    }

    private static ProvisionedThroughput throughput(Object value) {
        if (value == null) {
            throw new IllegalStateException("PROVISIONED billing needs ProvisionedThroughput in template.yaml");
        }
        Map<String, Object> t = SamTemplate.asMap(value);
        return ProvisionedThroughput.builder()
                .readCapacityUnits(Long.valueOf(text(t, "ReadCapacityUnits")))
                .writeCapacityUnits(Long.valueOf(text(t, "WriteCapacityUnits")))
                .build();
    }

    private static List<Map<String, Object>> maps(Object value) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException("Expected a list in the table definition, got: " + value);
        }
        return list.stream().map(SamTemplate::asMap).toList();
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException("Expected a list in the table definition, got: " + value);
        }
        return list.stream().map(String::valueOf).toList();
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null || value instanceof Map) {
            // An intrinsic here (say !Sub) cannot be resolved locally; better to fail than to guess.
            throw new IllegalStateException(key + " must be a plain value in the table definition, got: " + value);
        }
        return String.valueOf(value);
    }
}
