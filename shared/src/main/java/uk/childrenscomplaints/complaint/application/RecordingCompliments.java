package uk.childrenscomplaints.complaint.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.childrenscomplaints.complaint.model.Compliment;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.Teams;

/**
 * Compliments about a team, recorded by the complaints team (or a responding manager for their own team) and counted
 * in the annual report. On success the result is {@code Done} with no complaint.
 */
public final class RecordingCompliments {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Compliments compliments;
    private final Teams teams;
    private final Clock clock;

    public RecordingCompliments(Compliments compliments, Teams teams, Clock clock) {
        this.compliments = compliments;
        this.teams = teams;
        this.clock = clock;
    }

    public CaseResult record(StaffMember who, TeamName team, LocalDate receivedOn, String fromWhom, String text) {
        if (!who.has(Role.COMPLAINTS_TEAM) && !(team != null && Permissions.managesTeamOf(who, team))) {
            return new CaseResult.Forbidden("your role does not allow recording this compliment");
        }
        List<FieldError> errors = new ArrayList<>();
        Optional<TeamName> known = team == null ? Optional.empty() : teams.find(team.value());
        if (known.isEmpty()) {
            errors.add(new FieldError("team", "Choose one of the council's teams"));
        }
        if (receivedOn == null) {
            errors.add(new FieldError("receivedOn", "Enter the date the compliment was received"));
        } else if (receivedOn.isAfter(LocalDate.now(clock.withZone(LONDON)))) {
            errors.add(new FieldError("receivedOn", "The date cannot be in the future"));
        }
        if (fromWhom == null || fromWhom.isBlank()) {
            errors.add(new FieldError("fromWhom", "Say who the compliment is from"));
        }
        if (text == null || text.isBlank()) {
            errors.add(new FieldError("text", "Enter what the compliment says"));
        }
        if (!errors.isEmpty()) {
            return new CaseResult.Invalid(errors);
        }
        compliments.add(new Compliment(UUID.randomUUID().toString(), known.get(), receivedOn, fromWhom.trim(),
                text.trim()));
        return new CaseResult.Done(null);
    }

    /** Compliments received in the period that {@code who} may see, oldest first. */
    public List<Compliment> list(StaffMember who, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            return List.of();
        }
        return compliments.receivedBetween(from, to).stream()
                .filter(c -> Permissions.seesEveryTeam(who) || Permissions.managesTeamOf(who, c.team()))
                .sorted(Comparator.comparing(Compliment::receivedOn))
                .toList();
    }
}
