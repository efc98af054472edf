package uk.childrenscomplaints.complaint.infrastructure;

import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import uk.childrenscomplaints.complaint.model.ComplaintId;

/**
 * Cancelled transactions as DynamoDB answers them, built with the SDK's own builders: one reason per item, in the
 * request's order, for the intake gate's and the admission's tests.
 */
final class TransactionCancellations {
    private TransactionCancellations() {}

    static CancellationReason none() {
        return CancellationReason.builder().code("None").build();
    }

    static CancellationReason conditionFailed() {
        return CancellationReason.builder()
                .code("ConditionalCheckFailed")
                .message("The conditional request failed")
                .build();
    }

    static CancellationReason conflict() {
        return CancellationReason.builder()
                .code("TransactionConflict")
                .message("Transaction is ongoing for the item")
                .build();
    }

    static CancellationReason keyHeldBy(ComplaintId id, String fingerprint) {
        return CancellationReason.builder()
                .code("ConditionalCheckFailed")
                .message("The conditional request failed")
                .item(Map.of(
                        "pk", AttributeValue.fromS(DynamoDbIdempotencyKeys.pk("api:key-1")),
                        "sk", AttributeValue.fromS("IDEMPOTENCY"),
                        "complaintId", AttributeValue.fromS(id.value()),
                        "fingerprint", AttributeValue.fromS(fingerprint),
                        "expiresAt", AttributeValue.fromN("1798193700")))
                .build();
    }

    static TransactionCanceledException cancelled(CancellationReason... reasons) {
        return (TransactionCanceledException) TransactionCanceledException.builder()
                .message("Transaction cancelled, please refer cancellation reasons for specific reasons")
                .cancellationReasons(reasons)
                .statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("TransactionCanceledException")
                        .serviceName("DynamoDb")
                        .build())
                .build();
    }
}
