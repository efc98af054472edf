package uk.childrenscomplaints.complaint.infrastructure;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Whether a failure means an AWS service the code depends on is unreachable, stalled or overloaded: worth a 503 and a
 * retry. A refusal of a well-formed request that will be refused again (4xx other than throttling) is not: that is a
 * fault of ours, and a 500.
 */
public final class AwsOutage {
    private AwsOutage() {}

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // Connection refused or reset, a call or attempt timeout (ApiCallTimeoutException and its kin).
            if (t instanceof SdkClientException) {
                return true;
            }
            if (t instanceof AwsServiceException service) {
                return service.statusCode() >= 500 || service.isThrottlingException();
            }
        }
        return false;
    }
}
