package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.ports.IdempotencyKeys;
import uk.childrenscomplaints.complaint.application.ports.IntakeGate;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;

/**
 * The gate against dynalite, which has no {@code TransactWriteItems} (decision 036): what dynalite answers is exactly
 * what the gate takes for "no transactions here"; it asks once per client, then goes step by step, and a refused
 * submission leaves nothing behind there too. A new complaint's admission (decision 042) is then the steps as before:
 * the key, the limits, the counter's {@code ADD} and the complaint's put.
 */
@ExtendWith(LocalAwsExtension.class)
class DynamoDbIntakeGateIT {
    private static final Instant THU_2026_12_24_1015 = Instant.parse("2026-12-24T10:15:00Z");

    private final LocalAws aws;
    private final String table;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final DynamoDbClient counted;

    DynamoDbIntakeGateIT(LocalAws aws) {
        this.aws = aws;
        this.table = aws.createFreshTable();
        this.counted = DynamoDbClient.builder()
                .endpointOverride(aws.dynamoEndpoint())
                .region(Region.EU_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                        calls.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
                    }
                }))
                .build();
    }

    private static IdempotencyKeys.Key key(String key) {
        return new IdempotencyKeys.Key(
                "api:" + key, ComplaintId.random(), "fingerprint-" + key, THU_2026_12_24_1015.plusSeconds(86_400));
    }

    private static IntakeGate.Limit source(int limit) {
        return new IntakeGate.Limit(
                "source#abc#2026-12-24T10:00:00Z",
                limit,
                Instant.parse("2026-12-24T12:00:00Z"),
                Instant.parse("2026-12-24T11:00:00Z"));
    }

    private static IntakeGate.Limit email(int limit) {
        return new IntakeGate.Limit(
                "email#def#2026-12-24",
                limit,
                Instant.parse("2026-12-26T00:00:00Z"),
                Instant.parse("2026-12-25T00:00:00Z"));
    }

    private Map<String, Map<String, AttributeValue>> items() {
        Map<String, Map<String, AttributeValue>> byPk = new java.util.TreeMap<>();
        aws.dynamoDb()
                .scan(r -> r.tableName(table))
                .items()
                .forEach(i -> byPk.put(i.get("pk").s(), i));
        return byPk;
    }

    @Test
    void dynaliteAnswersTransactWriteItemsWithExactlyTheUnknownOperationTheGateLooksFor() {
        assertThatThrownBy(() -> counted.transactWriteItems(r -> r.transactItems(List.of())))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnknownOperationException");
                    assertThat(DynamoDbIntakeGate.unknownOperation(e)).isTrue();
                });
    }

    @Test
    void againstDynaliteTheGateAsksForTheTransactionOnceThenClaimsAndCountsStepByStep() {
        DynamoDbIntakeGate gate = new DynamoDbIntakeGate(counted, table);

        IntakeGate.Result first = gate.pass(key("k1"), List.of(source(5), email(3)), THU_2026_12_24_1015);
        IntakeGate.Result second = gate.pass(key("k2"), List.of(source(5), email(3)), THU_2026_12_24_1015);

        assertThat(List.of(first, second)).containsOnly(new IntakeGate.Result.Passed());
        assertThat(calls)
                .containsExactly(
                        "TransactWriteItems",
                        "PutItem",
                        "UpdateItem",
                        "UpdateItem",
                        "PutItem",
                        "UpdateItem",
                        "UpdateItem");
        assertThat(items().get("LIMIT#source#abc#2026-12-24T10:00:00Z").get("count"))
                .isEqualTo(AttributeValue.fromN("2"));
        assertThat(items().get("LIMIT#email#def#2026-12-24").get("count")).isEqualTo(AttributeValue.fromN("2"));
        assertThat(items())
                .containsKey(DynamoDbIdempotencyKeys.pk("api:k1"))
                .containsKey(DynamoDbIdempotencyKeys.pk("api:k2"));
    }

    @Test
    void aKeyTakenStepByStepNamesItsHolderAndCountsNothing() {
        DynamoDbIntakeGate gate = new DynamoDbIntakeGate(counted, table);
        IdempotencyKeys.Key held = key("k1");
        gate.pass(held, List.of(source(5), email(3)), THU_2026_12_24_1015);
        var before = items();

        IntakeGate.Result again = gate.pass(key("k1"), List.of(source(5), email(3)), THU_2026_12_24_1015);

        assertThat(again).isEqualTo(new IntakeGate.Result.KeyTaken(held.complaintId(), "fingerprint-k1"));
        assertThat(items()).isEqualTo(before);
    }

    @Test
    void aFullEmailLimitStepByStepIsRefusedUntilMidnightAndLeavesTheKeyAndTheSourceCountAsTheyWere() {
        DynamoDbIntakeGate gate = new DynamoDbIntakeGate(counted, table);
        gate.pass(key("k1"), List.of(source(5), email(1)), THU_2026_12_24_1015);
        var before = items();

        IntakeGate.Result refused = gate.pass(key("k2"), List.of(source(5), email(1)), THU_2026_12_24_1015);

        assertThat(refused).isEqualTo(new IntakeGate.Result.Refused(Instant.parse("2026-12-25T00:00:00Z")));
        assertThat(items()).isEqualTo(before);
    }

    /** Made as the submission makes it, for the complaint id the key names. */
    private static IntakeGate.Made made(IdempotencyKeys.Key key) {
        return new IntakeGate.Made(2026, reference -> {
            Complaint c = Complaint.receive(
                    key.complaintId(),
                    reference,
                    ComplaintFixtures.intake(LocalDate.of(2026, 12, 24), Procedure.STATUTORY_CHILDRENS),
                    LocalDate.of(2027, 1, 12),
                    new Change("complainant (online form)", THU_2026_12_24_1015));
            c.owe(Notifications.ON_RECEIPT);
            return c;
        });
    }

    @Test
    void againstDynaliteANewComplaintIsAdmittedStepByStepAfterOneReadAndOneRefusedTransactionAndNumberedInTurn() {
        DynamoDbIntakeGate gate =
                new DynamoDbIntakeGate(counted, table, Clock.fixed(THU_2026_12_24_1015, ZoneOffset.UTC));
        IdempotencyKeys.Key first = key("k1");
        IdempotencyKeys.Key second = key("k2");

        var one = (IntakeGate.Admission.Admitted)
                gate.admit(first, List.of(source(5), email(3)), THU_2026_12_24_1015, made(first));
        var two = (IntakeGate.Admission.Admitted)
                gate.admit(second, List.of(source(5), email(3)), THU_2026_12_24_1015, made(second));

        assertThat(one.complaint().reference()).hasToString("CSC-2026-0001");
        assertThat(two.complaint().reference()).hasToString("CSC-2026-0002");
        assertThat(calls)
                .containsExactly(
                        "GetItem",
                        "TransactWriteItems",
                        "PutItem",
                        "UpdateItem",
                        "UpdateItem",
                        "UpdateItem",
                        "PutItem",
                        "PutItem",
                        "UpdateItem",
                        "UpdateItem",
                        "UpdateItem",
                        "PutItem");
        var stored = items();
        assertThat(stored.get("COUNTER#REFERENCE#2026").get("lastNumber")).isEqualTo(AttributeValue.fromN("2"));
        assertThat(stored.get("COMPLAINT#" + first.complaintId().value()).get("reference"))
                .isEqualTo(AttributeValue.fromS("CSC-2026-0001"));
        assertThat(stored.get("COMPLAINT#" + second.complaintId().value())
                        .get("outbox")
                        .ss())
                .containsExactlyInAnyOrderElementsOf(Notifications.ON_RECEIPT);
    }

    @Test
    void aFullLimitAgainstDynaliteTakesNoReferenceAndStoresNothing() {
        DynamoDbIntakeGate gate =
                new DynamoDbIntakeGate(counted, table, Clock.fixed(THU_2026_12_24_1015, ZoneOffset.UTC));
        IdempotencyKeys.Key first = key("k1");
        gate.admit(first, List.of(source(5), email(1)), THU_2026_12_24_1015, made(first));
        var before = items();
        IdempotencyKeys.Key second = key("k2");

        IntakeGate.Admission refused =
                gate.admit(second, List.of(source(5), email(1)), THU_2026_12_24_1015, made(second));

        assertThat(refused).isEqualTo(new IntakeGate.Result.Refused(Instant.parse("2026-12-25T00:00:00Z")));
        assertThat(items()).isEqualTo(before);
    }
}
