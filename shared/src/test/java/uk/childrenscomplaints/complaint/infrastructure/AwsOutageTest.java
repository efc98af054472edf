package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

class AwsOutageTest {

    @Test
    void aRefusedConnectionOrATimedOutCallIsAnOutageEvenWhenWrapped() {
        assertThat(AwsOutage.is(SdkClientException.create("Unable to execute HTTP request: Connection refused")))
                .isTrue();
        assertThat(AwsOutage.is(ApiCallTimeoutException.create(5000))).isTrue();
        assertThat(AwsOutage.is(new IllegalStateException("wrapped", ApiCallTimeoutException.create(5000))))
                .isTrue();
    }

    @Test
    void aServerErrorOrThrottlingIsAnOutageButARefusedRequestIsOurFault() {
        assertThat(AwsOutage.is(DynamoDbException.builder().statusCode(500).build()))
                .isTrue();
        assertThat(AwsOutage.is(ProvisionedThroughputExceededException.builder()
                        .statusCode(400)
                        .awsErrorDetails(AwsErrorDetails.builder()
                                .errorCode("ProvisionedThroughputExceededException")
                                .build())
                        .build()))
                .isTrue();
        assertThat(AwsOutage.is(DynamoDbException.builder().statusCode(400).build()))
                .isFalse();
    }

    @Test
    void aTransactionCancelledByAConflictOrThrottlingIsAnOutageButOneWhoseConditionFailedIsNot() {
        assertThat(AwsOutage.is(cancelled("None", "TransactionConflict"))).isTrue();
        assertThat(AwsOutage.is(cancelled("ThrottlingError", "None"))).isTrue();
        assertThat(AwsOutage.is(cancelled("ConditionalCheckFailed", "TransactionConflict")))
                .isFalse();
        assertThat(AwsOutage.is(cancelled("None", "ValidationError"))).isFalse();
    }

    private static TransactionCanceledException cancelled(String... codes) {
        return (TransactionCanceledException) TransactionCanceledException.builder()
                .statusCode(400)
                .cancellationReasons(java.util.Arrays.stream(codes)
                        .map(code -> CancellationReason.builder().code(code).build())
                        .toList())
                .build();
    }

    @Test
    void anythingElseIsNotAnOutage() {
        assertThat(AwsOutage.is(new NullPointerException())).isFalse();
        assertThat(AwsOutage.is(new UncheckedIOException("x", new java.io.IOException())))
                .isFalse();
    }
}
