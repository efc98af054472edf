package uk.childrenscomplaints.complaint.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The council's configurable list of responsible teams, from its profile. Each team has a code, which staff, the
 * records and the team managers use, and a public name, which is all the public ever sees: internal codes mean
 * nothing to a parent and say more about the council's structure than it may want to publish. Both match
 * case-insensitively; a team given without a public name is shown by its code.
 */
public record Teams(List<TeamName> names, Map<TeamName, String> publicNames) {

    public Teams {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("at least one team must be configured");
        }
        names = List.copyOf(names);
        Map<TeamName, String> shown = new LinkedHashMap<>();
        for (TeamName name : names) {
            String given = publicNames.get(name);
            shown.put(name, given == null || given.isBlank() ? name.value() : given.trim());
        }
        publicNames = Map.copyOf(shown);
    }

    public Teams(List<TeamName> names) {
        this(names, Map.of());
    }

    /** Teams by code alone: each is shown by its code. */
    public static Teams of(String... names) {
        return new Teams(java.util.Arrays.stream(names).map(TeamName::new).toList());
    }

    /**
     * Teams as a profile lists them, {@code CODE=Public name} each; an entry without {@code =} is its own public
     * name.
     */
    public static Teams fromEntries(List<String> entries) {
        List<TeamName> names = new java.util.ArrayList<>();
        Map<TeamName, String> publicNames = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            TeamName code = new TeamName(equals < 0 ? entry : entry.substring(0, equals));
            names.add(code);
            publicNames.put(code, equals < 0 ? code.value() : entry.substring(equals + 1));
        }
        return new Teams(names, publicNames);
    }

    /** What the public is shown for the team: its public name. */
    public String publicName(TeamName team) {
        return find(team.value()).map(publicNames::get).orElse(team.value());
    }

    /** The team by its code or its public name (the public form sends the public name). */
    public Optional<TeamName> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim();
        return names.stream()
                .filter(t ->
                        t.value().equalsIgnoreCase(wanted) || publicNames.get(t).equalsIgnoreCase(wanted))
                .findFirst();
    }
}
