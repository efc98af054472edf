package uk.childrenscomplaints.complaint.infrastructure;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import uk.childrenscomplaints.complaint.application.ports.DeliveryFailed;

/**
 * Tells a send that certainly did not reach SES from one whose outcome is unknown (decision 025). SES takes no
 * idempotency key, so a send that was written and never answered may have gone: retrying it at once is what sent the
 * quarterly report twice. Certain: SES answered with an error (throttling, a refusal, its own fault), or no
 * connection was ever made (refused, no route, no such host, the connection timing out). Everything else (an attempt
 * or call timeout, a read timing out, a connection reset after writing) is unknown.
 */
public final class SesSendFailures {

    private SesSendFailures() {}

    public static DeliveryFailed of(String what, SdkException e) {
        String message = SdkFailures.describe(what, e);
        return certainlyNotSent(e) ? new DeliveryFailed(message, null) : DeliveryFailed.outcomeUnknown(message);
    }

    static boolean certainlyNotSent(SdkException e) {
        if (e instanceof AwsServiceException) {
            return true;
        }
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException) {
                return true;
            }
            if (t instanceof SocketTimeoutException timeout
                    && timeout.getMessage() != null
                    && timeout.getMessage().toLowerCase(java.util.Locale.ROOT).contains("connect")) {
                return true;
            }
        }
        return false;
    }
}
