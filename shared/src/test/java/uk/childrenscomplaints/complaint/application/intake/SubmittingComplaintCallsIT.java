package uk.childrenscomplaints.complaint.application.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.application.Workflow.POLICY;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import uk.childrenscomplaints.complaint.application.EarliestReceivedDate;
import uk.childrenscomplaints.complaint.application.ReceivedDates;
import uk.childrenscomplaints.complaint.application.deadlines.KeyedHash;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbIntakeGate;
import uk.childrenscomplaints.complaint.model.SampleTeams;

/**
 * Issue 17: a new complaint on the public routes makes at most 3 synchronous AWS calls. A real DynamoDB client, with
 * an SDK interceptor counting every request it puts on the wire, against a local endpoint that answers as DynamoDB
 * does, transactions included (decisions 036 and 042): the key, the limits, the reference counter and the complaint in
 * one transaction, after one read of the counter when the container knows no number for the year yet.
 * The sends are the outbox relay's, after the answer (decision 035), so these are all the request's calls.
 */
class SubmittingComplaintCallsIT {
    private static final Instant THU_2026_12_24_1015 = Instant.parse("2026-12-24T10:15:00Z");

    private final DynamoDbStub stub;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final DynamoDbClient dynamo;
    /** Set: between this container's read of the counter and its transaction, another container takes a number. */
    private volatile boolean numberTakenBeforeNextTransaction;

    SubmittingComplaintCallsIT() throws Exception {
        stub = new DynamoDbStub();
        dynamo = DynamoDbClient.builder()
                .endpointOverride(stub.endpoint())
                .region(Region.EU_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
                        if ("TransactWriteItems".equals(operation) && numberTakenBeforeNextTransaction) {
                            numberTakenBeforeNextTransaction = false;
                            stub.anotherContainerTakesANumber(2026);
                        }
                        boolean complaintsPut = context.request() instanceof PutItemRequest put
                                && put.item().get("pk").s().startsWith("COMPLAINT#");
                        boolean counterRead = context.request() instanceof GetItemRequest get
                                && get.key().get("pk").s().startsWith("COUNTER#");
                        calls.add(
                                complaintsPut
                                        ? "PutItem (the complaint)"
                                        : counterRead ? "GetItem (the counter)" : operation);
                    }
                }))
                .build();
    }

    @AfterEach
    void stop() {
        dynamo.close();
        stub.close();
    }

    private SubmittingComplaint submitting(int perEmailPerDay) {
        Clock clock = Clock.fixed(THU_2026_12_24_1015, ZoneOffset.UTC);
        DynamoDbComplaints complaints = new DynamoDbComplaints(dynamo, "complaints", clock);
        KeyedHash hash = new KeyedHash(() -> "a test secret of thirty-two bytes or more".getBytes());
        return new SubmittingComplaint(
                complaints,
                POLICY,
                SampleTeams.SEED,
                new DynamoDbIntakeGate(dynamo, "complaints"),
                IdempotencyPeriods.DEFAULT,
                new SubmissionLimits(hash, 5, perEmailPerDay, clock),
                EarliestReceivedDate.configuredOnly(ReceivedDates.DEFAULT_EARLIEST),
                clock);
    }

    private static PublicSubmission api(String key) {
        return new PublicSubmission(PublicSubmission.Channel.API, key, "192.0.2.10");
    }

    @Test
    void aNewComplaintOnThu_2026_12_24InAColdContainerIsTwoCallsTheCountersReadAndOneTransaction() {
        SubmissionResult result = submitting(3)
                .submit(SubmittingComplaintIT.online("alex@example.test", "Nobody called back."), api("key-1"));

        assertThat(result).isInstanceOfSatisfying(SubmissionResult.Accepted.class, a -> {
            assertThat(a.replayed()).isFalse();
            assertThat(a.complaint().reference()).hasToString("CSC-2026-0001");
        });
        assertThat(calls).containsExactly("GetItem (the counter)", "TransactWriteItems");
    }

    @Test
    void theNextNewComplaintInAWarmContainerIsOneCall() {
        SubmittingComplaint submitting = submitting(3);
        submitting.submit(SubmittingComplaintIT.online("alex@example.test", "Nobody called back."), api("key-1"));
        calls.clear();

        var second = (SubmissionResult.Accepted) submitting.submit(
                SubmittingComplaintIT.online("sam@example.test", "The visit was cancelled."), api("key-2"));

        assertThat(second.complaint().reference()).hasToString("CSC-2026-0002");
        assertThat(calls).containsExactly("TransactWriteItems");
    }

    @Test
    void whenAnotherContainerTookTheNextNumberTheTransactionIsCancelledAndRetriedWithTheNumberAfterIt() {
        SubmittingComplaint here = submitting(3);
        SubmittingComplaint another = submitting(3);
        here.submit(SubmittingComplaintIT.online("alex@example.test", "Nobody called back."), api("key-1"));
        var theirs = (SubmissionResult.Accepted) another.submit(
                SubmittingComplaintIT.online("sam@example.test", "The visit was cancelled."), api("key-2"));
        calls.clear();

        var mine = (SubmissionResult.Accepted) here.submit(
                SubmittingComplaintIT.online("jo@example.test", "Nobody answered my letter."), api("key-3"));

        assertThat(theirs.complaint().reference()).hasToString("CSC-2026-0002");
        assertThat(mine.complaint().reference()).hasToString("CSC-2026-0003");
        assertThat(mine.replayed()).isFalse();
        assertThat(calls).containsExactly("TransactWriteItems", "TransactWriteItems");
        calls.clear();
        var replayed = (SubmissionResult.Accepted) here.submit(
                SubmittingComplaintIT.online("jo@example.test", "Nobody answered my letter."), api("key-3"));
        assertThat(replayed.complaint().reference()).hasToString("CSC-2026-0003");
        assertThat(replayed.complaint().id()).isEqualTo(mine.complaint().id());
    }

    @Test
    void aReplayWithTheSameAnswersCostsTheTransactionAndOneReadAndTakesNoReference() {
        SubmittingComplaint submitting = submitting(3);
        NewComplaint answers = SubmittingComplaintIT.online("alex@example.test", "Nobody called back.");
        var first = (SubmissionResult.Accepted) submitting.submit(answers, api("key-1"));
        calls.clear();

        var again = (SubmissionResult.Accepted) submitting.submit(answers, api("key-1"));

        assertThat(again.replayed()).isTrue();
        assertThat(again.complaint().reference()).isEqualTo(first.complaint().reference());
        assertThat(calls).containsExactly("TransactWriteItems", "GetItem");
    }

    @Test
    void aSubmissionOverTheEmailsDailyLimitOnThu_2026_12_24CostsOneCallAndWritesNothing() {
        SubmittingComplaint submitting = submitting(1);
        submitting.submit(SubmittingComplaintIT.online("alex@example.test", "Nobody called back."), api("key-1"));
        calls.clear();

        SubmissionResult refused = submitting.submit(
                SubmittingComplaintIT.online("alex@example.test", "And again nobody called."), api("key-2"));

        assertThat(refused).isEqualTo(new SubmissionResult.TooMany(Instant.parse("2026-12-25T00:00:00Z")));
        assertThat(calls).containsExactly("TransactWriteItems");
    }

    @Test
    void whenAnotherContainerTakesANumberBetweenAColdReadAndItsTransactionItIsThreeCallsAndTheNextNumber() {
        numberTakenBeforeNextTransaction = true;

        var mine = (SubmissionResult.Accepted) submitting(3)
                .submit(SubmittingComplaintIT.online("alex@example.test", "Nobody called back."), api("key-1"));

        assertThat(mine.complaint().reference()).hasToString("CSC-2026-0002");
        assertThat(calls).containsExactly("GetItem (the counter)", "TransactWriteItems", "TransactWriteItems");
    }
}
