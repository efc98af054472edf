package uk.childrenscomplaints.complaint.application;

import java.util.Optional;
import java.util.Set;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.TeamName;

/**
 * Who may see and change what (docs/roles-and-states.md). Checked in the use cases, so no edge can forget it: the
 * complaints team does everything; a responding manager sees and handles Stage 1 of their own teams' complaints; a
 * director sees everything and decides at Stages 2 and 3. A member with no role sees nothing.
 */
final class Permissions {
    private static final Set<Class<? extends CaseCommand>> MANAGER_COMMANDS = Set.of(
            CaseCommand.AssignRespondents.class, CaseCommand.MarkRespondentAbsent.class,
            CaseCommand.RecordStage1Response.class, CaseCommand.ExtendStage1.class,
            CaseCommand.RecordIssueOutcomes.class);
    private static final Set<Class<? extends CaseCommand>> DIRECTOR_COMMANDS = Set.of(
            CaseCommand.RecordStage2Response.class, CaseCommand.RecordChiefOfficerDecision.class);

    private Permissions() {
    }

    static boolean seesEveryTeam(StaffMember who) {
        return who.has(Role.COMPLAINTS_TEAM) || who.has(Role.DIRECTOR);
    }

    static boolean maySee(StaffMember who, Complaint c) {
        return seesEveryTeam(who) || managesTeamOf(who, c.intake().team());
    }

    /**
     * Importing past complaints rewrites the council's history figures, so only the complaints team (its officers and
     * its manager) may; responding managers and directors may not.
     */
    static boolean mayImport(StaffMember who) {
        return who.has(Role.COMPLAINTS_TEAM);
    }

    static boolean managesTeamOf(StaffMember who, TeamName team) {
        return who.has(Role.RESPONDING_MANAGER) && team != null
                && who.teams().stream().anyMatch(t -> t.value().equalsIgnoreCase(team.value()));
    }

    /** Empty when {@code who} may make this change to this complaint; otherwise why not. */
    static Optional<String> refusal(StaffMember who, Complaint c, CaseCommand command) {
        if (who.has(Role.COMPLAINTS_TEAM)) {
            return Optional.empty();
        }
        if (who.has(Role.DIRECTOR) && DIRECTOR_COMMANDS.contains(command.getClass())) {
            return Optional.empty();
        }
        if (managesTeamOf(who, c.intake().team()) && MANAGER_COMMANDS.contains(command.getClass())) {
            return Optional.empty();
        }
        return Optional.of("your role does not allow this change; ask the complaints team");
    }
}
