package uk.childrenscomplaints.complaint.model;

import java.util.List;
import java.util.Optional;

/** The council's configurable list of responsible teams; names match case-insensitively. */
public record Teams(List<TeamName> names) {
    /** The seed council's teams, from its 2009/10 report. */
    public static final Teams SEED =
            of("SCC", "ECF", "Huntingdon", "Safeguarding and Standards Unit", "EDT", "Kinship", "LAC", "16+");

    public Teams {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("at least one team must be configured");
        }
        names = List.copyOf(names);
    }

    public static Teams of(String... names) {
        return new Teams(java.util.Arrays.stream(names).map(TeamName::new).toList());
    }

    public Optional<TeamName> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return names.stream()
                .filter(t -> t.value().equalsIgnoreCase(name.trim()))
                .findFirst();
    }
}
