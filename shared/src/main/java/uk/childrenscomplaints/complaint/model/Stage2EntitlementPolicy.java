package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;

/**
 * A complainant whose Stage 1 response is overdue (no response, and no valid extension) may ask for Stage 2 at once.
 * A late response does not take the right away once it has arisen.
 */
public final class Stage2EntitlementPolicy {
    private Stage2EntitlementPolicy() {}

    public static boolean isEntitled(Complaint c, LocalDate today) {
        if (c.parts().stage2EntitledOn() != null) {
            return true;
        }
        Stage1Record s1 = c.parts().stage1();
        return c.state() == ComplaintState.STAGE1_OPEN
                && s1 != null
                && !s1.isResponded()
                && s1.effectiveDueOn() != null
                && today.isAfter(s1.effectiveDueOn());
    }
}
