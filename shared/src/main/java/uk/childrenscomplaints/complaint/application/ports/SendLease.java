package uk.childrenscomplaints.complaint.application.ports;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a claim to send something holds before another run may take it over. A claim is a lease, not a mark of
 * a send made: a function killed between claim and send (a timeout during a slow SES call, running out of memory, a
 * deployment) never gives its claim back, and a permanent claim would silently drop the notice (issue 13).
 */
public final class SendLease {

    /**
     * Fifteen minutes: three times the longest function timeout in {@code template.yaml} (the sweep's 300 s), so a
     * claim still held after this was made by a function that has certainly stopped, and short enough that the next
     * sweep, or a retried invocation, finds it free. A live function never holds one this long.
     */
    public static final Duration LENGTH = Duration.ofMinutes(15);

    private SendLease() {}

    /** When a lease taken at {@code now} runs out, in whole epoch seconds (as stored). */
    public static long expiryAt(Instant now) {
        return now.plus(LENGTH).getEpochSecond();
    }
}
