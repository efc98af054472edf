package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;

/**
 * A Stage 1 extension is for complex complaints only: it needs a reason, must be made and told to the complainant
 * before the original due date, and may add at most the extension timescale (10 more working days).
 */
public final class ExtensionPolicy {
    private ExtensionPolicy() {}

    public static Decision check(
            Stage1Record stage1,
            LocalDate newDue,
            String reason,
            LocalDate complainantToldOn,
            LocalDate latestAllowed) {
        if (stage1 == null) {
            return new Decision.Refused("only a statutory Stage 1 complaint can be extended");
        }
        if (stage1.isExtended()) {
            return new Decision.Refused("Stage 1 has already been extended once");
        }
        if (reason == null || reason.isBlank()) {
            return new Decision.Refused("give the reason this complaint is complex enough to need more time");
        }
        if (complainantToldOn == null) {
            return new Decision.Refused("tell the complainant about the extension before recording it");
        }
        if (complainantToldOn.isAfter(stage1.dueOn())) {
            return new Decision.Refused("the complainant must be told before the original due date, " + stage1.dueOn());
        }
        if (!newDue.isAfter(stage1.dueOn())) {
            return new Decision.Refused("the new due date must be after the original due date, " + stage1.dueOn());
        }
        if (newDue.isAfter(latestAllowed)) {
            return new Decision.Refused("an extension can run to " + latestAllowed + " at the latest");
        }
        return new Decision.Allowed(ComplaintState.STAGE1_OPEN);
    }
}
