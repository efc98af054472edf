package uk.childrenscomplaints.complaint.infrastructure;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Describes an SDK failure by its kind, error code, status and request id only. The SDK's own messages can
 * quote what was sent (SES names unverified addresses, for one), so they are never passed on, and neither is the
 * exception itself: a logged cause would carry them into the logs.
 */
public final class SdkFailures {

    private SdkFailures() {}

    public static String describe(String what, SdkException e) {
        StringBuilder message =
                new StringBuilder(what).append(": ").append(e.getClass().getSimpleName());
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            message.append(" (code ")
                    .append(service.awsErrorDetails().errorCode())
                    .append(", HTTP ")
                    .append(service.statusCode())
                    .append(", request ")
                    .append(service.requestId())
                    .append(')');
        } else {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root != e) {
                message.append(" caused by ").append(root.getClass().getSimpleName());
            }
        }
        return message.toString();
    }
}
