package uk.childrenscomplaints.complaint.application.casework;

import java.util.Set;
import uk.childrenscomplaints.complaint.model.TeamName;

/**
 * A signed-in member of staff: the name that goes on the timeline, their roles, and (for responding managers) the
 * teams they answer for.
 */
public record StaffMember(String username, Set<Role> roles, Set<TeamName> teams) {
    public StaffMember {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a member of staff needs a username");
        }
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        teams = teams == null ? Set.of() : Set.copyOf(teams);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
