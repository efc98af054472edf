package uk.childrenscomplaints.local.standins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.sesv2.SesV2Client;

@ExtendWith(LocalAwsExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalAwsExtensionIT {

    private final LocalAws aws;

    LocalAwsExtensionIT(LocalAws aws) {
        this.aws = aws;
    }

    @Test
    void anOpenDeadlineIsFoundOnTheDeadlineIndexInDateOrder() {
        put(aws.tableName(), "C#2", "2009-12-29#C2");
        put(aws.tableName(), "C#1", "2009-12-24#C1");
        aws.dynamoDb().putItem(r -> r.tableName(aws.tableName()).item(Map.of("pk", s("C#3"), "sk", s("META"))));

        QueryResponse due = aws.dynamoDb()
                .query(r -> r.tableName(aws.tableName())
                        .indexName("deadline-index")
                        .keyConditionExpression("deadlinePk = :open AND deadlineSk <= :day")
                        .expressionAttributeValues(Map.of(":open", s("OPEN"), ":day", s("2009-12-31~"))));

        assertThat(due.items()).extracting(i -> i.get("pk").s()).containsExactly("C#1", "C#2");
    }

    @Test
    void aSecondTableHasTheTemplatesIndexesAndOnlyItsOwnItems(LocalAws sameAws) {
        String other = sameAws.createFreshTable();
        put(other, "C#9", "2010-01-04#C9");

        assertThat(other).isNotEqualTo(aws.tableName());
        assertThat(aws.dynamoDb().scan(r -> r.tableName(other)).count()).isEqualTo(1);
        assertThat(aws.dynamoDb().describeTable(r -> r.tableName(other)).table().globalSecondaryIndexes())
                .hasSize(11);
    }

    @Test
    @Order(1)
    void anEmailSentThroughSesV2IsReadBackFromTheMailbox() {
        try (SesV2Client ses = sesV2()) {
            ses.sendEmail(r -> r.fromEmailAddress("complaints@council.example")
                    .destination(d -> d.toAddresses("parent@example.org").ccAddresses("team@council.example"))
                    .content(c -> c.simple(m -> m.subject(t -> t.data("We have your complaint"))
                            .body(b -> b.text(t -> t.data("Reference CC-1"))
                                    .html(t -> t.data("<p>Reference CC-1</p>"))))));
        }

        List<SentEmail> emails = aws.mailbox().emails();

        assertThat(emails).singleElement().satisfies(email -> {
            assertThat(email.from()).isEqualTo("complaints@council.example");
            assertThat(email.to()).containsExactly("parent@example.org");
            assertThat(email.cc()).containsExactly("team@council.example");
            assertThat(email.subject()).isEqualTo("We have your complaint");
            assertThat(email.text()).contains("Reference CC-1");
            assertThat(email.html()).contains("<p>Reference CC-1</p>");
        });
    }

    @Test
    @Order(2)
    void aTemplateSendIsStoredRendered() {
        try (SesV2Client ses = sesV2()) {
            ses.createEmailTemplate(r -> r.templateName("acknowledgement")
                    .templateContent(c -> c.subject("Complaint {{ref}}").text("Your reference is {{ref}}")));
            ses.sendEmail(r -> r.fromEmailAddress("complaints@council.example")
                    .destination(d -> d.toAddresses("parent@example.org"))
                    .content(c ->
                            c.template(t -> t.templateName("acknowledgement").templateData("{\"ref\":\"CC-2\"}"))));
        }

        assertThat(aws.mailbox().emailsTo("parent@example.org")).singleElement().satisfies(email -> {
            assertThat(email.subject()).isEqualTo("Complaint CC-2");
            assertThat(email.text()).contains("Your reference is CC-2");
            assertThat(email.html()).isEmpty();
        });
    }

    @Test
    @Order(3)
    void theMailboxIsEmptyAgainForTheNextTest() {
        assertThat(aws.mailbox().emails()).isEmpty();
    }

    private SesV2Client sesV2() {
        return SesV2Client.builder()
                .endpointOverride(aws.sesEndpoint())
                .region(LocalStandIns.REGION)
                .credentialsProvider(LocalStandIns.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    private void put(String table, String pk, String deadlineSk) {
        aws.dynamoDb()
                .putItem(r -> r.tableName(table)
                        .item(Map.of(
                                "pk", s(pk), "sk", s("META"), "deadlinePk", s("OPEN"), "deadlineSk", s(deadlineSk))));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
