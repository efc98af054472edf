package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts of a complaint as received. They do not change as the complaint moves through its stages.
 *
 * @param team the responsible team, or null when the complainant did not know and the team has not yet decided
 * @param lateMatter the matter complained about happened more than a year before receipt (it may still be accepted)
 * @param imported a past complaint brought in from an old system: history only, it never triggers reminders or email
 */
public record Intake(
        LocalDate receivedOn,
        Route route,
        Procedure procedure,
        Complainant complainant,
        boolean viaAdvocate,
        ChildDetails child,
        TeamName team,
        List<IssueCategory> issues,
        String description,
        String desiredOutcome,
        LocalDate matterOccurredOn,
        boolean lateMatter,
        boolean imported) {
    public Intake {
        if (receivedOn == null || route == null || procedure == null || complainant == null) {
            throw new IllegalArgumentException("a complaint needs its date received, route, procedure and complainant");
        }
        child = child == null ? ChildDetails.UNKNOWN : child;
        issues = issues == null ? List.of() : List.copyOf(issues);
    }
}
