package uk.childrenscomplaints.workflow.staff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.childrenscomplaints.complaint.application.casework.Role;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.model.TeamName;

/**
 * Who is asking, from the claims API Gateway's JWT authorizer put in {@code requestContext.authorizer.jwt.claims}.
 * The function checks again rather than trusting that every route was given the authorizer: no claims, no data.
 */
public final class StaffClaims {

    /** What the claims say about the caller. */
    public sealed interface Caller {}

    /** No verified claims at all: 401. */
    record Anonymous() implements Caller {}

    /** Signed in, but in none of the service's groups: 403. */
    public record NoRole() implements Caller {}

    public record Member(StaffMember staff) implements Caller {}

    private StaffClaims() {}

    public static Caller from(Map<String, String> claims) {
        if (claims == null || claims.isEmpty()) {
            return new Anonymous();
        }
        String username = first(claims, "cognito:username", "username", "sub");
        if (username == null) {
            return new Anonymous();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : list(claims.get("cognito:groups"))) {
            Role.fromGroup(group).ifPresent(roles::add);
        }
        if (roles.isEmpty()) {
            return new NoRole();
        }
        Set<TeamName> teams = new LinkedHashSet<>();
        String teamList = claims.get("custom:teams");
        if (teamList != null) {
            for (String team : teamList.split(",")) {
                if (!team.isBlank()) {
                    teams.add(new TeamName(team));
                }
            }
        }
        return new Member(new StaffMember(username, Set.copyOf(roles), Set.copyOf(teams)));
    }

    /**
     * A list claim as it may arrive: API Gateway's HTTP API writes a JSON array as {@code [a b]}; a JSON array text
     * ({@code ["a","b"]}) and a comma-separated string are read too, so a change of format cannot grant or lose a role
     * silently: an unknown group name simply matches no role.
     */
    static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return items;
        }
        String text = value.trim();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        for (String item : text.split("[,\\s]+")) {
            String clean = item.trim();
            if (clean.length() >= 2 && clean.startsWith("\"") && clean.endsWith("\"")) {
                clean = clean.substring(1, clean.length() - 1);
            }
            if (!clean.isEmpty()) {
                items.add(clean);
            }
        }
        return items;
    }

    private static String first(Map<String, String> claims, String... names) {
        for (String name : names) {
            String value = claims.get(name);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
