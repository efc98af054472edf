package uk.childrenscomplaints.complaint.application.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.ports.Caseloads;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.OpenCaseload;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.Teams;

/**
 * Each team's open cases at the end of a quarter, as staff count them, for the report's "complaints as a share of open
 * cases". The complaints team enters any team's figure; a responding manager enters and reads their own teams' only; a
 * director reads every team's. A figure entered again replaces the first (a correction).
 */
public final class RecordingCaseloads {
    private static final ZoneId LONDON = CouncilTime.ZONE;

    private final Caseloads caseloads;
    private final Teams teams;
    private final Clock clock;

    public RecordingCaseloads(Caseloads caseloads, Teams teams, Clock clock) {
        this.caseloads = caseloads;
        this.teams = teams;
        this.clock = clock;
    }

    /**
     * Records every figure, or none: each team must be a configured team (any case; stored as configured), each figure
     * a whole number of 0 or more, and the quarter must have begun. On success the result is {@code Done} with no
     * complaint.
     *
     * @param openCases team name as typed → open cases; a null figure is one that was not a whole number
     */
    public CaseResult record(StaffMember who, FinancialQuarter quarter, Map<String, Long> openCases) {
        if (!Permissions.mayEnterCaseloads(who)) {
            return new CaseResult.Forbidden("your role does not allow entering caseloads");
        }
        List<FieldError> errors = new ArrayList<>();
        if (quarter.firstDay().isAfter(LocalDate.now(clock.withZone(LONDON)))) {
            errors.add(
                    new FieldError("quarter", "The quarter " + quarter + " has not begun: enter a quarter that has"));
        }
        if (openCases == null || openCases.isEmpty()) {
            errors.add(new FieldError(
                    "teams",
                    "Enter at least one team's open cases, like {\"teams\": {\""
                            + teams.names().get(0).value() + "\": 120}}"));
        }
        Map<TeamName, Integer> figures = new LinkedHashMap<>();
        boolean forbidden = false;
        for (Map.Entry<String, Long> e :
                openCases == null ? Map.<String, Long>of().entrySet() : openCases.entrySet()) {
            String field = "teams." + e.getKey();
            Optional<TeamName> team = teams.find(e.getKey());
            if (team.isEmpty()) {
                errors.add(new FieldError(
                        field,
                        "There is no such team: use one of "
                                + String.join(
                                        ", ",
                                        teams.names().stream()
                                                .map(TeamName::value)
                                                .toList())));
                continue;
            }
            if (!Permissions.mayEnterCaseloadFor(who, team.get())) {
                forbidden = true;
                continue;
            }
            Long n = e.getValue();
            if (n == null || n < 0 || n > Integer.MAX_VALUE) {
                errors.add(new FieldError(field, "Open cases must be a whole number of 0 or more, like 120"));
            } else if (figures.putIfAbsent(team.get(), n.intValue()) != null) {
                errors.add(new FieldError(field, "This team is named twice; give its figure once"));
            }
        }
        if (forbidden) {
            return new CaseResult.Forbidden("a responding manager enters their own teams' caseloads only");
        }
        if (!errors.isEmpty()) {
            return new CaseResult.Invalid(List.copyOf(errors));
        }
        figures.forEach((team, n) -> caseloads.record(new OpenCaseload(quarter, team, n)));
        return new CaseResult.Done(null);
    }

    /** The figures entered for the quarter that {@code who} may see, in team name order; empty for no role. */
    public List<OpenCaseload> atEndOf(StaffMember who, FinancialQuarter quarter) {
        return caseloads.atEndOf(quarter).stream()
                .filter(c -> Permissions.maySeeTeam(who, c.team()))
                .toList();
    }
}
