package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import uk.childrenscomplaints.clock.model.CouncilTime;

/**
 * The legal hold and the restriction (issue 15), apart from {@link Complaint} to keep it small. Neither moves the
 * complaint through its stages, so both are allowed in any state, closed ones included: an Ombudsman investigation or
 * litigation can begin years after closure. Each change is one timeline entry with its reason.
 */
public final class LegalHold {
    static final String HOLD_PLACED = "legal hold placed";
    static final String HOLD_LIFTED = "legal hold lifted";
    static final String RESTRICTED = "restricted";
    static final String RESTRICTION_LIFTED = "restriction lifted";

    private LegalHold() {}

    /** Keeps the complaint from anonymisation until lifted: it leaves the retention index with this write. */
    public static Decision place(Complaint c, String reason, Change change) {
        DataProtection now = c.dataProtection();
        Decision refused = refusedWhenAnonymisedOrBlank(now, reason, "give the reason for the legal hold");
        if (refused != null) {
            return refused;
        }
        if (now.isHeld()) {
            return new Decision.Refused("a legal hold is already in place, since " + now.heldSince());
        }
        return c.protect(now.held(reason.trim(), day(change)), change, HOLD_PLACED, "Legal hold: " + reason.trim());
    }

    public static Decision lift(Complaint c, String reason, Change change) {
        DataProtection now = c.dataProtection();
        Decision refused = refusedWhenAnonymisedOrBlank(now, reason, "give the reason the legal hold is lifted");
        if (refused != null) {
            return refused;
        }
        if (!now.isHeld()) {
            return new Decision.Refused("there is no legal hold to lift");
        }
        return c.protect(now.held(null, null), change, HOLD_LIFTED, "Legal hold lifted: " + reason.trim());
    }

    /** Only the complaints team sees a restricted complaint; it still counts in the statistics. */
    public static Decision restrict(Complaint c, String reason, Change change) {
        DataProtection now = c.dataProtection();
        Decision refused = refusedWhenAnonymisedOrBlank(now, reason, "give the reason for restricting the complaint");
        if (refused != null) {
            return refused;
        }
        if (now.isRestricted()) {
            return new Decision.Refused("the complaint is already restricted, since " + now.restrictedSince());
        }
        return c.protect(
                now.restricted(reason.trim(), day(change)), change, RESTRICTED, "Restricted: " + reason.trim());
    }

    public static Decision liftRestriction(Complaint c, String reason, Change change) {
        DataProtection now = c.dataProtection();
        Decision refused = refusedWhenAnonymisedOrBlank(now, reason, "give the reason the restriction is lifted");
        if (refused != null) {
            return refused;
        }
        if (!now.isRestricted()) {
            return new Decision.Refused("the complaint is not restricted");
        }
        return c.protect(
                now.restricted(null, null), change, RESTRICTION_LIFTED, "Restriction lifted: " + reason.trim());
    }

    private static Decision refusedWhenAnonymisedOrBlank(DataProtection now, String reason, String ask) {
        if (now.isAnonymised()) {
            return new Decision.Refused("the complaint's personal data was removed on " + now.anonymisedOn());
        }
        if (reason == null || reason.isBlank()) {
            return new Decision.Refused(ask);
        }
        return null;
    }

    private static LocalDate day(Change change) {
        return LocalDate.ofInstant(change.at(), CouncilTime.ZONE);
    }
}
