package uk.childrenscomplaints.local.standins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

class TemplateTablesTest {

    private final CreateTableRequest request =
            TemplateTables.from(SamTemplate.locate()).createTableRequest("complaints-test");

    @Test
    void theRequestCarriesTheChosenNameAndTheTemplatesBilling() {
        assertThat(request.tableName()).isEqualTo("complaints-test");
        assertThat(request.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(request.provisionedThroughput()).isNull();
    }

    @Test
    void everyKeyAttributeIsDeclaredAsAStringButTheExpiryNumber() {
        assertThat(request.attributeDefinitions())
                .allSatisfy(a -> assertThat(a.attributeTypeAsString())
                        .isEqualTo(a.attributeName().equals("expiresAt") ? "N" : "S"))
                .extracting(a -> a.attributeName())
                .containsExactlyInAnyOrder(
                        "pk",
                        "sk",
                        "deadlinePk",
                        "deadlineSk",
                        "quarterPk",
                        "quarterSk",
                        "outboxPk",
                        "outboxSk",
                        "statusPk",
                        "statusSk",
                        "lookupPk",
                        "lookupSk",
                        "retentionPk",
                        "retentionSk",
                        "expiryPk",
                        "expiresAt",
                        "referenceKey",
                        "emailKey",
                        "phoneKey",
                        "nameKey");
    }

    @Test
    void everyIndexKeepsItsKeysAndProjection() {
        assertThat(request.globalSecondaryIndexes())
                .extracting(GlobalSecondaryIndex::indexName)
                .containsExactly(
                        "deadline-index",
                        "quarter-index",
                        "outbox-index",
                        "status-index",
                        "lookup-index",
                        "retention-index",
                        "expiry-index",
                        "reference-index",
                        "email-index",
                        "phone-index",
                        "name-index");
        GlobalSecondaryIndex deadline = request.globalSecondaryIndexes().get(0);
        assertThat(deadline.keySchema())
                .extracting(KeySchemaElement::attributeName)
                .containsExactly("deadlinePk", "deadlineSk");
        GlobalSecondaryIndex expiry = request.globalSecondaryIndexes().get(6);
        assertThat(expiry.keySchema())
                .extracting(KeySchemaElement::attributeName)
                .containsExactly("expiryPk", "expiresAt");
        assertThat(request.globalSecondaryIndexes())
                .extracting(i -> i.projection().projectionType())
                .containsExactly(
                        ProjectionType.ALL,
                        ProjectionType.ALL,
                        ProjectionType.KEYS_ONLY,
                        ProjectionType.ALL,
                        ProjectionType.ALL,
                        ProjectionType.ALL,
                        ProjectionType.KEYS_ONLY,
                        ProjectionType.KEYS_ONLY,
                        ProjectionType.KEYS_ONLY,
                        ProjectionType.KEYS_ONLY,
                        ProjectionType.KEYS_ONLY);
    }

    @Test
    void encryptionAndRecoverySettingsStayInTheCloudOnly() {
        assertThat(request.sseSpecification()).isNull();
    }

    /** dynalite answers UnknownOperationException to UpdateTimeToLive: the template's TTL must not reach it. */
    @Test
    void theTemplatesTimeToLiveIsDeclaredButLeftOutOfTheLocalTable() {
        java.util.Map<String, Object> ttl = SamTemplate.asMap(SamTemplate.locate()
                .resource(TemplateTables.from(SamTemplate.locate()).logicalId())
                .properties()
                .get("TimeToLiveSpecification"));
        assertThat(ttl).containsEntry("AttributeName", "expiresAt").containsEntry("Enabled", true);
        // The expiry index keys on expiresAt (decision 027), so only the TTL setting itself must stay away.
        assertThat(request.toString()).doesNotContain("TimeToLive");
    }
}
