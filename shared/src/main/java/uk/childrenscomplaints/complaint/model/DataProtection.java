package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;

/**
 * What data protection says about one complaint (issue 15): a legal hold (never anonymised while it stands), a
 * restriction (only the complaints team may see it), and, once its personal data is gone, when and under which
 * retention policy. The reasons are staff's words, shown on the complaint and kept on the timeline.
 */
public record DataProtection(
        String holdReason,
        LocalDate heldSince,
        String restrictionReason,
        LocalDate restrictedSince,
        LocalDate anonymisedOn,
        String retentionPolicy) {

    public static final DataProtection NONE = new DataProtection(null, null, null, null, null, null);

    public boolean isHeld() {
        return heldSince != null;
    }

    public boolean isRestricted() {
        return restrictedSince != null;
    }

    public boolean isAnonymised() {
        return anonymisedOn != null;
    }

    DataProtection held(String reason, LocalDate since) {
        return new DataProtection(reason, since, restrictionReason, restrictedSince, anonymisedOn, retentionPolicy);
    }

    DataProtection restricted(String reason, LocalDate since) {
        return new DataProtection(holdReason, heldSince, reason, since, anonymisedOn, retentionPolicy);
    }

    /** A restriction stays in force, but its reason (staff's free text) goes with the rest of the words. */
    DataProtection anonymised(LocalDate on, String policy) {
        return new DataProtection(
                holdReason,
                heldSince,
                restrictionReason == null ? null : Anonymisation.REMOVED,
                restrictedSince,
                on,
                policy);
    }
}
