package uk.childrenscomplaints.complaint.infrastructure;

import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Whether a failure means an AWS service the code depends on is unreachable, stalled or overloaded: worth a 503 and a
 * retry. A refusal of a well-formed request that will be refused again (4xx other than throttling) is not: that is a
 * fault of ours, and a 500.
 */
public final class AwsOutage {
    private static final Set<String> BUSY =
            Set.of("TransactionConflict", "ThrottlingError", "ProvisionedThroughputExceeded", "RequestLimitExceeded");

    private AwsOutage() {}

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // Connection refused or reset, a call or attempt timeout (ApiCallTimeoutException and its kin).
            if (t instanceof SdkClientException) {
                return true;
            }
            if (t instanceof DynamoDbAdmission.CounterKeptMoving) {
                return true;
            }
            if (t instanceof TransactionCanceledException cancelled && busy(cancelled)) {
                return true;
            }
            if (t instanceof AwsServiceException service) {
                return service.statusCode() >= 500 || service.isThrottlingException();
            }
        }
        return false;
    }

    /**
     * A transaction (a 400) cancelled only because its items were busy or throttled, no condition failing: the same
     * request may pass in a moment (decision 036).
     */
    private static boolean busy(TransactionCanceledException cancelled) {
        return cancelled.hasCancellationReasons()
                && cancelled.cancellationReasons().stream().anyMatch(r -> BUSY.contains(r.code()))
                && cancelled.cancellationReasons().stream()
                        .allMatch(r -> r.code() == null || "None".equals(r.code()) || BUSY.contains(r.code()));
    }
}
