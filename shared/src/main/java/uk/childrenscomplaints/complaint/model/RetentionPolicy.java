package uk.childrenscomplaints.complaint.model;

import java.time.Period;

/**
 * How long personal data is kept (docs/data-protection.md), from configuration. The version is recorded on each
 * complaint anonymised under it, so a later change of policy can tell which rule removed what.
 *
 * @param complaints from a closed complaint's last date (imported history too)
 * @param compliments from the day a compliment was received
 */
public record RetentionPolicy(String version, Period complaints, Period compliments) {
    public RetentionPolicy {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a retention policy needs a version");
        }
        if (complaints == null || complaints.isNegative() || complaints.isZero()) {
            throw new IllegalArgumentException("a retention period must be more than zero");
        }
        if (compliments == null || compliments.isNegative() || compliments.isZero()) {
            throw new IllegalArgumentException("a retention period must be more than zero");
        }
    }

    /** Six years for both, as the public form promises. */
    public static RetentionPolicy sixYears(String version) {
        return new RetentionPolicy(version, Period.ofYears(6), Period.ofYears(6));
    }
}
