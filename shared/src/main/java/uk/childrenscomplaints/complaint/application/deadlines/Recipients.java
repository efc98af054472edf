package uk.childrenscomplaints.complaint.application.deadlines;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintParts;
import uk.childrenscomplaints.complaint.model.Respondent;

/**
 * Who hears about a complaint's deadlines. When the respondent is absent, chasers go to the second respondent (the
 * report asks that one be named for every complaint); with nobody to chase, the complaints team hears instead.
 */
public final class Recipients {
    private final String teamMailbox;
    private final Map<String, String> teamManagers;

    /** @param teamManagers team name (any case) to the team manager's address */
    public Recipients(String teamMailbox, Map<String, String> teamManagers) {
        this.teamMailbox = teamMailbox;
        Map<String, String> lower = new java.util.HashMap<>();
        teamManagers.forEach((team, email) -> lower.put(team.toLowerCase(Locale.ROOT), email));
        this.teamManagers = Map.copyOf(lower);
    }

    public String teamMailbox() {
        return teamMailbox;
    }

    /** The respondent who should act now: the named one, or the second when the first is absent. */
    public Optional<Respondent> activeRespondent(Complaint c) {
        ComplaintParts p = c.parts();
        if (p.respondent() != null && !p.respondent().absent()) {
            return Optional.of(p.respondent());
        }
        return Optional.ofNullable(p.secondRespondent()).filter(r -> !r.absent());
    }

    public List<String> respondentOrTeam(Complaint c) {
        return List.of(activeRespondent(c).map(Respondent::email).orElse(teamMailbox));
    }

    /** Copies for an overdue chaser: the team manager and the second respondent (when not already the recipient). */
    public List<String> overdueCopies(Complaint c, List<String> to) {
        List<String> cc = new ArrayList<>();
        teamManager(c).ifPresent(cc::add);
        Respondent second = c.parts().secondRespondent();
        if (second != null && !second.absent()) {
            cc.add(second.email());
        }
        cc.removeAll(to);
        return cc.stream().distinct().toList();
    }

    public Optional<String> teamManager(Complaint c) {
        return c.intake().team() == null
                ? Optional.empty()
                : Optional.ofNullable(teamManagers.get(c.intake().team().value().toLowerCase(Locale.ROOT)));
    }
}
