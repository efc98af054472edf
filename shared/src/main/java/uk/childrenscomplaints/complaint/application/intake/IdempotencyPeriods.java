package uk.childrenscomplaints.complaint.application.intake;

import java.time.Duration;

/**
 * How long an idempotency key names its complaint, by scope. After that the key may be used again for a new complaint;
 * the complaint itself is kept.
 *
 * @param api the JSON API's {@code Idempotency-Key}
 * @param form the form's token, for as long as a form page may sensibly be sent back
 * @param staff a member of staff's {@code Idempotency-Key} when logging a complaint
 */
public record IdempotencyPeriods(Duration api, Duration form, Duration staff) {
    public static final IdempotencyPeriods DEFAULT =
            new IdempotencyPeriods(Duration.ofHours(24), Duration.ofDays(7), Duration.ofHours(24));

    public IdempotencyPeriods {
        for (Duration d : new Duration[] {api, form, staff}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("an idempotency key must be kept for some time");
            }
        }
    }
}
