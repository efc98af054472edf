package uk.childrenscomplaints.local.standins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamTemplateTest {

    private final SamTemplate template = SamTemplate.locate();

    @Test
    void theRepositoryRootHoldsTheTemplateAndTheReactorPom() {
        Path root = SamTemplate.repositoryRoot();

        assertThat(root.resolve("template.yaml")).isRegularFile();
        assertThat(root.resolve("infra/local/package.json")).isRegularFile();
    }

    @Test
    void theComplaintsTableIsKeyedOnPkAndSk() {
        SamTemplate.Resource table = template.resource("ComplaintsTable");

        assertThat(table.type()).isEqualTo("AWS::DynamoDB::Table");
        assertThat(table.properties().get("KeySchema"))
                .isEqualTo(List.of(
                        Map.of("AttributeName", "pk", "KeyType", "HASH"),
                        Map.of("AttributeName", "sk", "KeyType", "RANGE")));
        assertThat(table.definition()).containsEntry("DeletionPolicy", "Retain");
    }

    @Test
    void theDeadlineQuarterOutboxAndStatusIndexesHaveTheirOwnKeys() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indexes = (List<Map<String, Object>>)
                template.resource("ComplaintsTable").properties().get("GlobalSecondaryIndexes");

        assertThat(indexes)
                .extracting(i -> i.get("IndexName"))
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
        assertThat(indexes.get(0).get("KeySchema"))
                .isEqualTo(List.of(
                        Map.of("AttributeName", "deadlinePk", "KeyType", "HASH"),
                        Map.of("AttributeName", "deadlineSk", "KeyType", "RANGE")));
        assertThat(indexes.get(1).get("KeySchema"))
                .isEqualTo(List.of(
                        Map.of("AttributeName", "quarterPk", "KeyType", "HASH"),
                        Map.of("AttributeName", "quarterSk", "KeyType", "RANGE")));
        assertThat(indexes.get(2).get("KeySchema"))
                .isEqualTo(List.of(
                        Map.of("AttributeName", "outboxPk", "KeyType", "HASH"),
                        Map.of("AttributeName", "outboxSk", "KeyType", "RANGE")));
        assertThat(indexes.get(3).get("KeySchema"))
                .isEqualTo(List.of(
                        Map.of("AttributeName", "statusPk", "KeyType", "HASH"),
                        Map.of("AttributeName", "statusSk", "KeyType", "RANGE")));
        assertThat(indexes.subList(0, 4))
                .extracting(i -> i.get("Projection"))
                .containsExactly(
                        Map.of("ProjectionType", "ALL"),
                        Map.of("ProjectionType", "ALL"),
                        Map.of("ProjectionType", "KEYS_ONLY"),
                        Map.of("ProjectionType", "ALL"));
    }

    @Test
    void theTableIsEncryptedWithTheCustomerManagedKeyByRef() {
        Map<?, ?> sse =
                (Map<?, ?>) template.resource("ComplaintsTable").properties().get("SSESpecification");

        assertThat(sse.get("KMSMasterKeyId")).isEqualTo(Map.of("Ref", "ComplaintsKey"));
        assertThat(template.resourcesOfType("AWS::KMS::Key")).containsOnlyKeys("ComplaintsKey");
    }

    @Test
    void functionsLearnTheTableNameThroughRefNotALiteral() {
        Map<?, ?> function = (Map<?, ?>) template.globals().get("Function");
        Map<?, ?> variables = (Map<?, ?>) ((Map<?, ?>) function.get("Environment")).get("Variables");

        assertThat(variables.get("TABLE_NAME")).isEqualTo(Map.of("Ref", "ComplaintsTable"));
        assertThat(function.get("Runtime")).isEqualTo("java21");
    }

    @Test
    void theBusIsNamedPerStageAndItsNameIsAnOutput() {
        assertThat(template.resource("ComplaintsBus").properties().get("Name"))
                .isEqualTo(Map.of("Fn::Sub", "complaints-${Stage}"));
        assertThat(((Map<?, ?>) template.outputs().get("ComplaintsBusName")).get("Value"))
                .isEqualTo(Map.of("Fn::GetAtt", List.of("ComplaintsBus", "Name")));
    }

    @Test
    void everyShortTagBecomesItsLongForm(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, """
                Resources:
                  X:
                    Type: Test
                    Properties:
                      Ref: !Ref Stage
                      GetAttScalar: !GetAtt Db.Endpoint.Address
                      GetAttSequence: !GetAtt [Db, Arn]
                      Sub: !Sub arn:${AWS::Partition}:x
                      SubSequence: !Sub ['${A}-x', {A: !Ref Stage}]
                      Join: !Join [',', [a, b]]
                      If: !If [IsProd, 1, 2]
                      Equals: !Equals [!Ref Stage, prod]
                      Not: !Not [!Condition IsProd]
                      And: !And [!Condition A, !Condition B]
                      Or: !Or [!Condition A, !Condition B]
                      Select: !Select [0, !GetAZs '']
                      Split: !Split [',', 'a,b']
                      FindInMap: !FindInMap [M, K, V]
                      ImportValue: !ImportValue shared-vpc
                      Base64: !Base64 hello
                      Cidr: !Cidr ['10.0.0.0/16', 4, 8]
                """);

        Map<String, Object> p = SamTemplate.load(file).resource("X").properties();

        assertThat(p.get("Ref")).isEqualTo(Map.of("Ref", "Stage"));
        assertThat(p.get("GetAttScalar")).isEqualTo(Map.of("Fn::GetAtt", List.of("Db", "Endpoint.Address")));
        assertThat(p.get("GetAttSequence")).isEqualTo(Map.of("Fn::GetAtt", List.of("Db", "Arn")));
        assertThat(p.get("Sub")).isEqualTo(Map.of("Fn::Sub", "arn:${AWS::Partition}:x"));
        assertThat(p.get("SubSequence"))
                .isEqualTo(Map.of("Fn::Sub", List.of("${A}-x", Map.of("A", Map.of("Ref", "Stage")))));
        assertThat(p.get("Join")).isEqualTo(Map.of("Fn::Join", List.of(",", List.of("a", "b"))));
        assertThat(p.get("If")).isEqualTo(Map.of("Fn::If", List.of("IsProd", 1, 2)));
        assertThat(p.get("Equals")).isEqualTo(Map.of("Fn::Equals", List.of(Map.of("Ref", "Stage"), "prod")));
        assertThat(p.get("Not")).isEqualTo(Map.of("Fn::Not", List.of(Map.of("Condition", "IsProd"))));
        assertThat(p.get("And"))
                .isEqualTo(Map.of("Fn::And", List.of(Map.of("Condition", "A"), Map.of("Condition", "B"))));
        assertThat(p.get("Or"))
                .isEqualTo(Map.of("Fn::Or", List.of(Map.of("Condition", "A"), Map.of("Condition", "B"))));
        assertThat(p.get("Select")).isEqualTo(Map.of("Fn::Select", List.of(0, Map.of("Fn::GetAZs", ""))));
        assertThat(p.get("Split")).isEqualTo(Map.of("Fn::Split", List.of(",", "a,b")));
        assertThat(p.get("FindInMap")).isEqualTo(Map.of("Fn::FindInMap", List.of("M", "K", "V")));
        assertThat(p.get("ImportValue")).isEqualTo(Map.of("Fn::ImportValue", "shared-vpc"));
        assertThat(p.get("Base64")).isEqualTo(Map.of("Fn::Base64", "hello"));
        assertThat(p.get("Cidr")).isEqualTo(Map.of("Fn::Cidr", List.of("10.0.0.0/16", 4, 8)));
    }
}
