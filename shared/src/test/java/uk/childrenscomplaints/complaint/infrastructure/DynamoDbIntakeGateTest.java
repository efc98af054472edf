package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.childrenscomplaints.complaint.infrastructure.TransactionCancellations.cancelled;
import static uk.childrenscomplaints.complaint.infrastructure.TransactionCancellations.conditionFailed;
import static uk.childrenscomplaints.complaint.infrastructure.TransactionCancellations.conflict;
import static uk.childrenscomplaints.complaint.infrastructure.TransactionCancellations.keyHeldBy;
import static uk.childrenscomplaints.complaint.infrastructure.TransactionCancellations.none;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import uk.childrenscomplaints.complaint.application.ports.IdempotencyKeys;
import uk.childrenscomplaints.complaint.application.ports.IntakeGate;
import uk.childrenscomplaints.complaint.model.ComplaintId;

/**
 * The gate's transaction path (decision 036), against a client that answers as DynamoDB would: the exact request it
 * builds, and what each cancellation DynamoDB can send back means. The step-by-step path is tested against dynalite
 * ({@code DynamoDbIntakeGateIT}), and the calls a new complaint makes by {@code SubmittingComplaintCallsIT}.
 */
class DynamoDbIntakeGateTest {
    private static final Instant THU_2026_12_24_1015 = Instant.parse("2026-12-24T10:15:00Z");
    private static final ComplaintId MINE = new ComplaintId("3f2b9c4e-0d7a-4e61-9b18-5a0c6e2d7f13");
    private static final ComplaintId EARLIER = new ComplaintId("8a41d0e2-6c3b-4f57-a9e0-1b7d2c5f3e48");
    private static final IdempotencyKeys.Key KEY =
            new IdempotencyKeys.Key("api:key-1", MINE, "fingerprint-1", THU_2026_12_24_1015.plusSeconds(86_400));
    private static final IntakeGate.Limit SOURCE = new IntakeGate.Limit(
            "source#abc#2026-12-24T10:00:00Z",
            5,
            Instant.parse("2026-12-24T12:00:00Z"),
            Instant.parse("2026-12-24T11:00:00Z"));
    private static final IntakeGate.Limit EMAIL = new IntakeGate.Limit(
            "email#def#2026-12-24", 3, Instant.parse("2026-12-26T00:00:00Z"), Instant.parse("2026-12-25T00:00:00Z"));

    /** Answers transactions from a queue (an exception to throw, or null for success) and records every call. */
    private static final class Dynamo implements DynamoDbClient {
        final List<SdkRequest> calls = new ArrayList<>();
        final Deque<RuntimeException> transactions = new ArrayDeque<>();
        Map<String, AttributeValue> stored = Map.of();

        @Override
        public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
            calls.add(request);
            RuntimeException next = transactions.poll();
            if (next != null) {
                throw next;
            }
            return TransactWriteItemsResponse.builder().build();
        }

        @Override
        public PutItemResponse putItem(PutItemRequest request) {
            calls.add(request);
            return PutItemResponse.builder().build();
        }

        @Override
        public UpdateItemResponse updateItem(UpdateItemRequest request) {
            calls.add(request);
            return UpdateItemResponse.builder().build();
        }

        @Override
        public GetItemResponse getItem(GetItemRequest request) {
            calls.add(request);
            return GetItemResponse.builder().item(stored).build();
        }

        @Override
        public DeleteItemResponse deleteItem(DeleteItemRequest request) {
            calls.add(request);
            return DeleteItemResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {}
    }

    private final Dynamo dynamo = new Dynamo();
    private final DynamoDbIntakeGate gate = new DynamoDbIntakeGate(dynamo, "complaints");

    @Test
    void theTransactionPutsTheKeyIfFreeOrExpiredAndAddsToEachCounterBelowItsLimitAskingForTheKeysHolderOnRefusal() {
        IntakeGate.Result result = gate.pass(KEY, List.of(SOURCE, EMAIL), THU_2026_12_24_1015);

        assertThat(result).isEqualTo(new IntakeGate.Result.Passed());
        assertThat(dynamo.calls).hasSize(1);
        var request = (TransactWriteItemsRequest) dynamo.calls.get(0);
        assertThat(request.transactItems()).hasSize(3);
        Put put = request.transactItems().get(0).put();
        assertThat(put.tableName()).isEqualTo("complaints");
        assertThat(put.item())
                .isEqualTo(Map.of(
                        "pk", AttributeValue.fromS(DynamoDbIdempotencyKeys.pk("api:key-1")),
                        "sk", AttributeValue.fromS("IDEMPOTENCY"),
                        "complaintId", AttributeValue.fromS(MINE.value()),
                        "fingerprint", AttributeValue.fromS("fingerprint-1"),
                        "expiresAt", AttributeValue.fromN("1798193700"),
                        "expiryPk", AttributeValue.fromS("EXPIRES")));
        assertThat(put.conditionExpression()).isEqualTo("attribute_not_exists(pk) OR #exp < :now");
        assertThat(put.expressionAttributeNames()).isEqualTo(Map.of("#exp", "expiresAt"));
        assertThat(put.expressionAttributeValues()).isEqualTo(Map.of(":now", AttributeValue.fromN("1798107300")));
        assertThat(put.returnValuesOnConditionCheckFailure()).isEqualTo(ReturnValuesOnConditionCheckFailure.ALL_OLD);

        Update source = request.transactItems().get(1).update();
        assertThat(source.tableName()).isEqualTo("complaints");
        assertThat(source.key())
                .isEqualTo(Map.of(
                        "pk", AttributeValue.fromS("LIMIT#source#abc#2026-12-24T10:00:00Z"),
                        "sk", AttributeValue.fromS("LIMIT")));
        assertThat(source.updateExpression()).isEqualTo("ADD #c :one SET #exp = :exp, #xpk = :xpk");
        assertThat(source.conditionExpression()).isEqualTo("attribute_not_exists(#c) OR #c < :limit");
        assertThat(source.expressionAttributeNames())
                .isEqualTo(Map.of("#c", "count", "#exp", "expiresAt", "#xpk", "expiryPk"));
        assertThat(source.expressionAttributeValues())
                .isEqualTo(Map.of(
                        ":one", AttributeValue.fromN("1"),
                        ":limit", AttributeValue.fromN("5"),
                        ":exp", AttributeValue.fromN("1798113600"),
                        ":xpk", AttributeValue.fromS("EXPIRES")));
        Update email = request.transactItems().get(2).update();
        assertThat(email.key().get("pk")).isEqualTo(AttributeValue.fromS("LIMIT#email#def#2026-12-24"));
        assertThat(email.expressionAttributeValues().get(":limit")).isEqualTo(AttributeValue.fromN("3"));
        assertThat(email.expressionAttributeValues().get(":exp")).isEqualTo(AttributeValue.fromN("1798243200"));
    }

    @Test
    void aKeyTakenOnThu_2026_12_24IsAnsweredWithItsHoldersComplaintAndFingerprintFromTheRefusalWithoutARead() {
        dynamo.transactions.add(cancelled(keyHeldBy(EARLIER, "fingerprint-0"), none(), none()));

        IntakeGate.Result result = gate.pass(KEY, List.of(SOURCE, EMAIL), THU_2026_12_24_1015);

        assertThat(result).isEqualTo(new IntakeGate.Result.KeyTaken(EARLIER, "fingerprint-0"));
        assertThat(dynamo.calls).hasSize(1);
    }

    @Test
    void aKeyTakenIsAnsweredBeforeAFullLimitSoAReplayIsNeverRefused() {
        dynamo.transactions.add(cancelled(keyHeldBy(EARLIER, "fingerprint-1"), conditionFailed(), none()));

        IntakeGate.Result result = gate.pass(KEY, List.of(SOURCE, EMAIL), THU_2026_12_24_1015);

        assertThat(result).isEqualTo(new IntakeGate.Result.KeyTaken(EARLIER, "fingerprint-1"));
    }

    @Test
    void whenTheRefusalCarriesNoHolderTheKeyIsReadConsistently() {
        dynamo.transactions.add(cancelled(conditionFailed(), none(), none()));
        dynamo.stored = keyHeldBy(EARLIER, "fingerprint-0").item();

        IntakeGate.Result result = gate.pass(KEY, List.of(SOURCE, EMAIL), THU_2026_12_24_1015);

        assertThat(result).isEqualTo(new IntakeGate.Result.KeyTaken(EARLIER, "fingerprint-0"));
        assertThat(dynamo.calls).hasSize(2);
        assertThat(((GetItemRequest) dynamo.calls.get(1)).consistentRead()).isTrue();
    }

    @Test
    void theSourcesFullHourOnThu_2026_12_24IsRefusedUntil11AndNothingIsGivenBackOrReleased() {
        dynamo.transactions.add(cancelled(none(), conditionFailed(), none()));

        IntakeGate.Result result = gate.pass(KEY, List.of(SOURCE, EMAIL), THU_2026_12_24_1015);

        assertThat(result).isEqualTo(new IntakeGate.Result.Refused(Instant.parse("2026-12-24T11:00:00Z")));
        assertThat(dynamo.calls).hasSize(1);
    }

    @Test
    void theEmailsFullDayOnThu_2026_12_24IsRefusedUntilMidnightAndNothingIsGivenBackOrReleased() {
        dynamo.transactions.add(cancelled(none(), none(), conditionFailed()));

        IntakeGate.Result result = gate.pass(KEY, List.of(SOURCE, EMAIL), THU_2026_12_24_1015);

        assertThat(result).isEqualTo(new IntakeGate.Result.Refused(Instant.parse("2026-12-25T00:00:00Z")));
        assertThat(dynamo.calls).hasSize(1);
    }

    @Test
    void bothLimitsFullIsRefusedUntilTheSourcesWindowEndsAsTheStepsWouldSay() {
        dynamo.transactions.add(cancelled(none(), conditionFailed(), conditionFailed()));

        IntakeGate.Result result = gate.pass(KEY, List.of(SOURCE, EMAIL), THU_2026_12_24_1015);

        assertThat(result).isEqualTo(new IntakeGate.Result.Refused(Instant.parse("2026-12-24T11:00:00Z")));
    }

    @Test
    void withoutAKeyTheFirstReasonIsTheFirstLimits() {
        dynamo.transactions.add(cancelled(none(), conditionFailed()));

        IntakeGate.Result result = gate.pass(null, List.of(SOURCE, EMAIL), THU_2026_12_24_1015);

        assertThat(result).isEqualTo(new IntakeGate.Result.Refused(Instant.parse("2026-12-25T00:00:00Z")));
        assertThat(((TransactWriteItemsRequest) dynamo.calls.get(0)).transactItems())
                .allSatisfy(item -> assertThat(item.update()).isNotNull());
    }

    @Test
    void aConflictWithAnotherWriteWroteNothingSoTheSameTransactionGoesAgain() {
        dynamo.transactions.add(cancelled(none(), conflict(), none()));

        IntakeGate.Result result = gate.pass(KEY, List.of(SOURCE, EMAIL), THU_2026_12_24_1015);

        assertThat(result).isEqualTo(new IntakeGate.Result.Passed());
        assertThat(dynamo.calls).hasSize(2).allSatisfy(c -> assertThat(c).isEqualTo(dynamo.calls.get(0)));
    }

    @Test
    void aConflictThreeTimesOverIsThrownAndTakenForAnOutage() {
        for (int i = 0; i < 3; i++) {
            dynamo.transactions.add(cancelled(none(), conflict(), none()));
        }

        assertThatThrownBy(() -> gate.pass(KEY, List.of(SOURCE, EMAIL), THU_2026_12_24_1015))
                .isInstanceOf(TransactionCanceledException.class)
                .satisfies(e -> assertThat(AwsOutage.is(e)).isTrue());
        assertThat(dynamo.calls).hasSize(3);
    }

    @Test
    void aRefusedRequestOfAnotherKindIsThrownAtOnceAndTheTransactionIsTriedAgainNextTime() {
        DynamoDbException invalid = (DynamoDbException) DynamoDbException.builder()
                .statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("ValidationException")
                        .errorMessage("One or more parameter values were invalid")
                        .build())
                .build();
        dynamo.transactions.add(invalid);

        assertThatThrownBy(() -> gate.pass(KEY, List.of(SOURCE, EMAIL), THU_2026_12_24_1015))
                .isSameAs(invalid);
        gate.pass(KEY, List.of(SOURCE, EMAIL), THU_2026_12_24_1015);

        assertThat(dynamo.calls)
                .hasSize(2)
                .allSatisfy(c -> assertThat(c).isInstanceOf(TransactWriteItemsRequest.class));
    }

    @Test
    void anUnknownOperationIsRememberedAndEveryPassAfterGoesStepByStep() {
        dynamo.transactions.add((DynamoDbException) DynamoDbException.builder()
                .statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("UnknownOperationException")
                        .build())
                .build());

        gate.pass(KEY, List.of(SOURCE, EMAIL), THU_2026_12_24_1015);
        gate.pass(KEY, List.of(SOURCE, EMAIL), THU_2026_12_24_1015);

        assertThat(dynamo.calls.stream().map(c -> c.getClass().getSimpleName()))
                .containsExactly(
                        "TransactWriteItemsRequest",
                        "PutItemRequest",
                        "UpdateItemRequest",
                        "UpdateItemRequest",
                        "PutItemRequest",
                        "UpdateItemRequest",
                        "UpdateItemRequest");
    }

    @Test
    void staffLoggingHasOnlyTheKeySoItIsOneConditionalPutAndNoTransaction() {
        IntakeGate.Result result = gate.pass(KEY, List.of(), THU_2026_12_24_1015);

        assertThat(result).isEqualTo(new IntakeGate.Result.Passed());
        assertThat(dynamo.calls).singleElement().isInstanceOf(PutItemRequest.class);
    }
}
