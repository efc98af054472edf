package uk.childrenscomplaints.deadlines;

import io.micronaut.context.annotation.ConfigurationProperties;
import uk.childrenscomplaints.complaint.model.RetentionPolicy;

/**
 * The retention policy (docs/data-protection.md), from {@code complaints.retention} in shared's complaints.properties,
 * set by template.yaml's environment: the policy's version (recorded on each complaint it anonymises) and the years
 * kept.
 */
@ConfigurationProperties("complaints.retention")
public record RetentionConfiguration(String policyVersion, int complaintYears, int complimentYears) {
    public RetentionPolicy policy() {
        return new RetentionPolicy(
                policyVersion, java.time.Period.ofYears(complaintYears), java.time.Period.ofYears(complimentYears));
    }
}
