package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;

/**
 * A complainant whose Stage 1 response is overdue (no response, and no valid extension) may ask for Stage 2 at once.
 * A late response does not take the right away once it has arisen. Days the clock was stopped do not count.
 */
public final class Stage2EntitlementPolicy {
    private Stage2EntitlementPolicy() {}

    public static boolean isEntitled(Complaint c, LocalDate today) {
        return isEntitled(c, today, c.running().stage1DueOn());
    }

    /**
     * @param runningDueOn the Stage 1 running due date ({@link RunningDeadlines}): moved on by the days the clock was
     *     stopped; never passed while it is stopped
     */
    public static boolean isEntitled(Complaint c, LocalDate today, LocalDate runningDueOn) {
        if (c.parts().stage2EntitledOn() != null) {
            return true;
        }
        Stage1Record s1 = c.parts().stage1();
        LocalDate due = runningDueOn;
        return c.state() == ComplaintState.STAGE1_OPEN
                && s1 != null
                && !s1.isResponded()
                && !c.isPaused()
                && due != null
                && today.isAfter(due);
    }
}
