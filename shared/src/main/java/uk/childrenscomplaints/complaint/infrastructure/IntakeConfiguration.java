package uk.childrenscomplaints.complaint.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import uk.childrenscomplaints.complaint.application.intake.IdempotencyPeriods;

/**
 * The intake's settings, from {@code complaints.intake} in shared's {@code complaints.properties} (defaults there): how
 * long idempotency keys last (decision 018) and the abuse limits (decision 019).
 *
 * @param submissionsPerSourcePerHour public submissions from one source address in a clock hour
 * @param submissionsPerEmailPerDay public submissions naming one email address in a London day
 * @param acknowledgementsPerAddressPerDay acknowledgements sent to one address in a London day, from every route
 */
@ConfigurationProperties("complaints.intake")
public record IntakeConfiguration(
        int apiKeyHours,
        int formTokenHours,
        int staffKeyHours,
        int submissionsPerSourcePerHour,
        int submissionsPerEmailPerDay,
        int acknowledgementsPerAddressPerDay) {

    public IntakeConfiguration {
        if (submissionsPerSourcePerHour < 1 || submissionsPerEmailPerDay < 1 || acknowledgementsPerAddressPerDay < 1) {
            throw new IllegalArgumentException("The settings complaints.intake.submissions-per-source-per-hour,"
                    + " submissions-per-email-per-day and acknowledgements-per-address-per-day must be 1 or more");
        }
    }

    public IdempotencyPeriods periods() {
        return new IdempotencyPeriods(
                Duration.ofHours(apiKeyHours), Duration.ofHours(formTokenHours), Duration.ofHours(staffKeyHours));
    }
}
