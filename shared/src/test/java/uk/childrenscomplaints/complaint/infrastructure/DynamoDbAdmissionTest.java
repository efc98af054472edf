package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.childrenscomplaints.complaint.infrastructure.TransactionCancellations.cancelled;
import static uk.childrenscomplaints.complaint.infrastructure.TransactionCancellations.conditionFailed;
import static uk.childrenscomplaints.complaint.infrastructure.TransactionCancellations.conflict;
import static uk.childrenscomplaints.complaint.infrastructure.TransactionCancellations.keyHeldBy;
import static uk.childrenscomplaints.complaint.infrastructure.TransactionCancellations.none;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
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
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.ports.IdempotencyKeys;
import uk.childrenscomplaints.complaint.application.ports.IntakeGate;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.Procedure;

/**
 * A new complaint's admission in one transaction (decision 042), against a client that answers as DynamoDB would: the
 * exact request, the counter read once per container and year, and what each cancellation DynamoDB can send back
 * means, with the cancellations built by the SDK's own builders. The step-by-step path runs against dynalite in the
 * intake ITs, and the calls on the wire are counted by {@code SubmittingComplaintCallsIT}.
 */
class DynamoDbAdmissionTest {
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
    private static final Map<String, AttributeValue> COUNTER_2026 =
            Map.of("pk", AttributeValue.fromS("COUNTER#REFERENCE#2026"), "sk", AttributeValue.fromS("COUNTER"));
    /** Made as the submission makes it: received on Thursday 24 December 2026, owing the notices on receipt. */
    private static final IntakeGate.Made MADE = new IntakeGate.Made(2026, reference -> {
        Complaint c = Complaint.receive(
                MINE,
                reference,
                ComplaintFixtures.intake(LocalDate.of(2026, 12, 24), Procedure.STATUTORY_CHILDRENS),
                LocalDate.of(2027, 1, 12),
                new Change("complainant (online form)", THU_2026_12_24_1015));
        c.owe(Notifications.ON_RECEIPT);
        return c;
    });

    /**
     * Answers transactions from a queue (an exception to throw, or null for success), the counter's read from
     * {@link #counter} (null: no counter item), the steps' writes as dynalite would, and records every call.
     */
    private static final class Dynamo implements DynamoDbClient {
        final List<SdkRequest> calls = new ArrayList<>();
        final Deque<RuntimeException> transactions = new ArrayDeque<>();
        Integer counter = 41;

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
        public GetItemResponse getItem(GetItemRequest request) {
            calls.add(request);
            return counter == null
                    ? GetItemResponse.builder().build()
                    : GetItemResponse.builder()
                            .item(Map.of("lastNumber", AttributeValue.fromN(counter.toString())))
                            .build();
        }

        @Override
        public PutItemResponse putItem(PutItemRequest request) {
            calls.add(request);
            return PutItemResponse.builder().build();
        }

        @Override
        public UpdateItemResponse updateItem(UpdateItemRequest request) {
            calls.add(request);
            if (request.key().equals(COUNTER_2026)) {
                counter = counter == null ? 1 : counter + 1;
                return UpdateItemResponse.builder()
                        .attributes(Map.of("lastNumber", AttributeValue.fromN(counter.toString())))
                        .build();
            }
            return UpdateItemResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {}
    }

    private final Dynamo dynamo = new Dynamo();
    private final DynamoDbIntakeGate gate =
            new DynamoDbIntakeGate(dynamo, "complaints", Clock.fixed(THU_2026_12_24_1015, ZoneOffset.UTC));

    private static CancellationReason counterAt(int number) {
        return CancellationReason.builder()
                .code("ConditionalCheckFailed")
                .message("The conditional request failed")
                .item(Map.of(
                        "pk", COUNTER_2026.get("pk"),
                        "sk", COUNTER_2026.get("sk"),
                        "lastNumber", AttributeValue.fromN(Integer.toString(number))))
                .build();
    }

    private IntakeGate.Admission admitBoth() {
        return gate.admit(KEY, List.of(SOURCE, EMAIL), THU_2026_12_24_1015, MADE);
    }

    private TransactWriteItemsRequest transaction(int index) {
        return (TransactWriteItemsRequest) dynamo.calls.get(index);
    }

    private static String reference(IntakeGate.Admission admission) {
        return ((IntakeGate.Admission.Admitted) admission)
                .complaint()
                .reference()
                .toString();
    }

    @Test
    void aColdContainerReadsTheCounterOnceThenWritesKeyLimitsCounterAndComplaintInOneTransaction() {
        IntakeGate.Admission admitted = admitBoth();

        assertThat(reference(admitted)).isEqualTo("CSC-2026-0042");
        assertThat(dynamo.calls).hasSize(2);
        var read = (GetItemRequest) dynamo.calls.get(0);
        assertThat(read.key()).isEqualTo(COUNTER_2026);
        assertThat(read.consistentRead()).isTrue();
        var items = transaction(1).transactItems();
        assertThat(items).hasSize(5);
        assertThat(items.get(0)).isEqualTo(DynamoDbIntakeGate.keyPut("complaints", KEY, THU_2026_12_24_1015));
        assertThat(items.get(0).put().returnValuesOnConditionCheckFailure())
                .isEqualTo(ReturnValuesOnConditionCheckFailure.ALL_OLD);
        assertThat(items.get(1)).isEqualTo(DynamoDbIntakeGate.limitUpdate("complaints", SOURCE));
        assertThat(items.get(2)).isEqualTo(DynamoDbIntakeGate.limitUpdate("complaints", EMAIL));

        Update counter = items.get(3).update();
        assertThat(counter.tableName()).isEqualTo("complaints");
        assertThat(counter.key()).isEqualTo(COUNTER_2026);
        assertThat(counter.updateExpression()).isEqualTo("SET lastNumber = :next");
        assertThat(counter.conditionExpression()).isEqualTo("lastNumber = :known");
        assertThat(counter.expressionAttributeValues())
                .isEqualTo(Map.of(":known", AttributeValue.fromN("41"), ":next", AttributeValue.fromN("42")));
        assertThat(counter.returnValuesOnConditionCheckFailure())
                .isEqualTo(ReturnValuesOnConditionCheckFailure.ALL_OLD);

        Put complaint = items.get(4).put();
        assertThat(complaint.tableName()).isEqualTo("complaints");
        assertThat(complaint.conditionExpression()).isEqualTo("attribute_not_exists(pk)");
        assertThat(complaint.returnValuesOnConditionCheckFailure()).isNull();
        Complaint written = ((IntakeGate.Admission.Admitted) admitted).complaint();
        assertThat(complaint.item()).isEqualTo(ComplaintItem.newItem(written, THU_2026_12_24_1015));
        assertThat(complaint.item().get("pk")).isEqualTo(AttributeValue.fromS("COMPLAINT#" + MINE.value()));
        assertThat(complaint.item().get("reference")).isEqualTo(AttributeValue.fromS("CSC-2026-0042"));
        assertThat(complaint.item().get("outbox").ss()).containsExactlyInAnyOrderElementsOf(Notifications.ON_RECEIPT);
    }

    @Test
    void aWarmContainerKnowsTheNumberItWroteLastAndAdmitsTheNextComplaintInOneCall() {
        admitBoth();
        dynamo.calls.clear();

        IntakeGate.Admission admitted = admitBoth();

        assertThat(reference(admitted)).isEqualTo("CSC-2026-0043");
        assertThat(dynamo.calls).singleElement().isInstanceOf(TransactWriteItemsRequest.class);
        assertThat(transaction(0).transactItems().get(3).update().expressionAttributeValues())
                .isEqualTo(Map.of(":known", AttributeValue.fromN("42"), ":next", AttributeValue.fromN("43")));
    }

    @Test
    void theFirstComplaintOfAFinancialYearWithNoCounterCreatesItAtOne() {
        dynamo.counter = null;

        IntakeGate.Admission admitted = admitBoth();

        assertThat(reference(admitted)).isEqualTo("CSC-2026-0001");
        Update counter = transaction(1).transactItems().get(3).update();
        assertThat(counter.conditionExpression()).isEqualTo("attribute_not_exists(lastNumber)");
        assertThat(counter.expressionAttributeValues()).isEqualTo(Map.of(":next", AttributeValue.fromN("1")));
    }

    @Test
    void aCounterAnotherContainerMovedOnTo45IsRetriedOnceWithTheNumberTheRefusalCarriedAnd46InTheComplaint() {
        dynamo.transactions.add(cancelled(none(), none(), none(), counterAt(45), none()));

        IntakeGate.Admission admitted = admitBoth();

        assertThat(reference(admitted)).isEqualTo("CSC-2026-0046");
        assertThat(dynamo.calls).hasSize(3);
        var retried = transaction(2).transactItems();
        assertThat(retried.get(3).update().conditionExpression()).isEqualTo("lastNumber = :known");
        assertThat(retried.get(3).update().expressionAttributeValues())
                .isEqualTo(Map.of(":known", AttributeValue.fromN("45"), ":next", AttributeValue.fromN("46")));
        assertThat(retried.get(4).put().item().get("reference")).isEqualTo(AttributeValue.fromS("CSC-2026-0046"));
        assertThat(retried.get(0)).isEqualTo(transaction(1).transactItems().get(0));

        dynamo.calls.clear();
        assertThat(reference(admitBoth())).isEqualTo("CSC-2026-0047");
        assertThat(dynamo.calls).hasSize(1);
    }

    @Test
    void aCounterThatWasNotThereAfterAllIsCreatedOnTheRetry() {
        dynamo.transactions.add(cancelled(none(), none(), none(), conditionFailed(), none()));

        IntakeGate.Admission admitted = admitBoth();

        assertThat(reference(admitted)).isEqualTo("CSC-2026-0001");
        Update retried = transaction(2).transactItems().get(3).update();
        assertThat(retried.conditionExpression()).isEqualTo("attribute_not_exists(lastNumber)");
    }

    @Test
    void aKeyTakenOnThu_2026_12_24IsAnsweredWithItsHolderAndTakesNoNumber() {
        dynamo.transactions.add(cancelled(keyHeldBy(EARLIER, "fingerprint-0"), none(), none(), none(), none()));

        IntakeGate.Admission admission = admitBoth();

        assertThat(admission).isEqualTo(new IntakeGate.Result.KeyTaken(EARLIER, "fingerprint-0"));
        assertThat(dynamo.calls).hasSize(2);
        dynamo.calls.clear();
        assertThat(reference(admitBoth())).isEqualTo("CSC-2026-0042");
    }

    @Test
    void aKeyTakenIsAnsweredBeforeAFullLimitOrAMovedCounterSoAReplayIsNeverRefused() {
        dynamo.transactions.add(
                cancelled(keyHeldBy(EARLIER, "fingerprint-1"), conditionFailed(), none(), counterAt(50), none()));

        assertThat(admitBoth()).isEqualTo(new IntakeGate.Result.KeyTaken(EARLIER, "fingerprint-1"));
        assertThat(dynamo.calls).hasSize(2);
    }

    @Test
    void theSourcesFullHourOnThu_2026_12_24IsRefusedUntil11WithNothingWrittenAndNoRetry() {
        dynamo.transactions.add(cancelled(none(), conditionFailed(), none(), none(), none()));

        assertThat(admitBoth()).isEqualTo(new IntakeGate.Result.Refused(Instant.parse("2026-12-24T11:00:00Z")));
        assertThat(dynamo.calls).hasSize(2);
    }

    @Test
    void theEmailsFullDayIsRefusedUntilMidnightEvenWhenTheCounterHadMovedToo() {
        dynamo.transactions.add(cancelled(none(), none(), conditionFailed(), counterAt(44), none()));

        assertThat(admitBoth()).isEqualTo(new IntakeGate.Result.Refused(Instant.parse("2026-12-25T00:00:00Z")));
        assertThat(dynamo.calls).hasSize(2);
    }

    @Test
    void aComplaintAlreadyStoredUnderItsIdIsTheSameSubmissionThatRacedThisOneAndWon() {
        dynamo.transactions.add(cancelled(none(), none(), none(), none(), conditionFailed()));

        assertThat(admitBoth()).isEqualTo(new IntakeGate.Admission.AlreadyStored());
        assertThat(dynamo.calls).hasSize(2);
    }

    @Test
    void aConflictWithAnotherWriteWroteNothingSoTheSameTransactionGoesAgain() {
        dynamo.transactions.add(cancelled(none(), conflict(), none(), none(), none()));

        assertThat(reference(admitBoth())).isEqualTo("CSC-2026-0042");
        assertThat(dynamo.calls).hasSize(3);
        assertThat(transaction(2)).isEqualTo(transaction(1));
    }

    @Test
    void aCounterThatMovesAtEveryAttemptIsGivenUpAfterFiveAndTakenForAnOutage() {
        for (int i = 0; i < DynamoDbAdmission.ATTEMPTS; i++) {
            dynamo.transactions.add(cancelled(none(), none(), none(), counterAt(50 + i), none()));
        }

        assertThatThrownBy(this::admitBoth)
                .isInstanceOf(DynamoDbAdmission.CounterKeptMoving.class)
                .satisfies(e -> assertThat(AwsOutage.is(e)).isTrue());
        assertThat(dynamo.calls).hasSize(1 + DynamoDbAdmission.ATTEMPTS);
    }

    @Test
    void aConflictAtEveryAttemptIsThrownAsItCameAndTakenForAnOutage() {
        for (int i = 0; i < DynamoDbAdmission.ATTEMPTS; i++) {
            dynamo.transactions.add(cancelled(none(), conflict(), none(), none(), none()));
        }

        assertThatThrownBy(this::admitBoth)
                .isInstanceOf(TransactionCanceledException.class)
                .satisfies(e -> assertThat(AwsOutage.is(e)).isTrue());
    }

    @Test
    void staffLoggingHasTheKeyAndNoLimitsAndTakesTheSamePathKeyCounterAndComplaint() {
        IntakeGate.Admission admitted = gate.admit(KEY, List.of(), THU_2026_12_24_1015, MADE);

        assertThat(reference(admitted)).isEqualTo("CSC-2026-0042");
        var items = transaction(1).transactItems();
        assertThat(items).hasSize(3);
        assertThat(items.get(0).put().item().get("pk").s()).startsWith("IDEMPOTENCY#");
        assertThat(items.get(1).update().key()).isEqualTo(COUNTER_2026);
        assertThat(items.get(2).put().item().get("pk").s()).isEqualTo("COMPLAINT#" + MINE.value());
    }

    @Test
    void aStoreWithoutTransactionsIsRememberedAndAdmitsByKeyLimitsCounterAndPutAsBefore() {
        dynamo.transactions.add((DynamoDbException) DynamoDbException.builder()
                .statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("UnknownOperationException")
                        .build())
                .build());

        IntakeGate.Admission first = admitBoth();
        IntakeGate.Admission second = admitBoth();

        assertThat(reference(first)).isEqualTo("CSC-2026-0042");
        assertThat(reference(second)).isEqualTo("CSC-2026-0043");
        assertThat(dynamo.calls.stream().map(c -> c.getClass().getSimpleName()))
                .containsExactly(
                        "GetItemRequest",
                        "TransactWriteItemsRequest",
                        "PutItemRequest",
                        "UpdateItemRequest",
                        "UpdateItemRequest",
                        "UpdateItemRequest",
                        "PutItemRequest",
                        "PutItemRequest",
                        "UpdateItemRequest",
                        "UpdateItemRequest",
                        "UpdateItemRequest",
                        "PutItemRequest");
        var counted = (UpdateItemRequest) dynamo.calls.get(5);
        assertThat(counted.key()).isEqualTo(COUNTER_2026);
        assertThat(counted.updateExpression()).isEqualTo("ADD lastNumber :one");
    }
}
