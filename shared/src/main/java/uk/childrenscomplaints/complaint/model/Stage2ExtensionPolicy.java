package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;

/**
 * A Stage 2 investigation may run past its 25 working days only to a date the complainant has been told of, with a
 * reason, and never past 65 working days from its start (the agreed statement, else the request; SI 2006/1738 reg.
 * 17). Each extension must move the due date on; a later one may replace an earlier one within the same limit.
 */
public final class Stage2ExtensionPolicy {
    private Stage2ExtensionPolicy() {}

    /**
     * @param latestAllowed STAGE2_INVESTIGATION_LIMIT counted from {@link Stage2Record#clockStartsOn()}
     */
    public static Decision check(
            Stage2Record stage2,
            LocalDate newDue,
            String reason,
            LocalDate complainantToldOn,
            LocalDate latestAllowed) {
        if (stage2 == null) {
            return new Decision.Refused("this complaint has no Stage 2 record to extend");
        }
        if (reason == null || reason.isBlank()) {
            return new Decision.Refused("give the reason the investigation needs more than 25 working days");
        }
        if (complainantToldOn == null) {
            return new Decision.Refused("tell the complainant about the extension before recording it");
        }
        if (complainantToldOn.isBefore(stage2.requestedOn())) {
            return new Decision.Refused(
                    "the complainant cannot have been told before Stage 2 was requested, " + stage2.requestedOn());
        }
        LocalDate current = stage2.effectiveDueOn();
        if (current != null && !newDue.isAfter(current)) {
            return new Decision.Refused("the new due date must be after the current due date, " + current);
        }
        if (newDue.isAfter(latestAllowed)) {
            return new Decision.Refused("Stage 2 can run to " + latestAllowed + " at the latest (65 working days from "
                    + stage2.clockStartsOn() + ")");
        }
        return new Decision.Allowed(ComplaintState.STAGE2_INVESTIGATING);
    }
}
