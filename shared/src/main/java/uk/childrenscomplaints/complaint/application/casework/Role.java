package uk.childrenscomplaints.complaint.application.casework;

import java.util.Arrays;
import java.util.Optional;

/** What a member of staff may do, named as the sign-in service's groups name it. See docs/roles-and-states.md. */
public enum Role {
    COMPLAINTS_TEAM("complaints-team"),
    RESPONDING_MANAGER("responding-manager"),
    DIRECTOR("director");

    private final String group;

    Role(String group) {
        this.group = group;
    }

    public String group() {
        return group;
    }

    /** The role for a group name, exactly as written; empty for any other group. */
    public static Optional<Role> fromGroup(String group) {
        return Arrays.stream(values()).filter(r -> r.group.equals(group)).findFirst();
    }
}
