package uk.childrenscomplaints.complaint.application.casework;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.TeamName;

/**
 * Who may see and change what (docs/roles.md, docs/roles-and-states.md): the one place that reads a member's
 * {@link Role}s. The use cases check these rules, so no edge can forget them; pages ask the same questions here only to
 * decide what to offer (which teams a form lists, whether a form shows at all). The complaints team does everything; a
 * responding manager sees and handles Stage 1 of their own teams' complaints; a director sees everything and decides
 * at Stages 2 and 3. A member with no role sees nothing.
 */
public final class Permissions {
    private static final Set<Class<? extends CaseCommand>> MANAGER_COMMANDS = Set.of(
            CaseCommand.AssignRespondents.class,
            CaseCommand.MarkRespondentAbsent.class,
            CaseCommand.RecordStage1Response.class,
            CaseCommand.ExtendStage1.class,
            CaseCommand.RecordIssueOutcomes.class);
    private static final Set<Class<? extends CaseCommand>> DIRECTOR_COMMANDS =
            Set.of(CaseCommand.RecordStage2Response.class, CaseCommand.RecordChiefOfficerDecision.class);

    private Permissions() {}

    /** The complaints team and directors see every team's complaints, figures, compliments and caseloads. */
    public static boolean seesEveryTeam(StaffMember who) {
        return who.has(Role.COMPLAINTS_TEAM) || who.has(Role.DIRECTOR);
    }

    /** Whether {@code who} may see this team's complaints, figures, compliments and caseloads. */
    public static boolean maySeeTeam(StaffMember who, TeamName team) {
        return seesEveryTeam(who) || managesTeamOf(who, team);
    }

    /** Of {@code teams}, those {@code who} may see, in the same order: what a page offers to filter by. */
    public static List<TeamName> teamsVisibleTo(StaffMember who, List<TeamName> teams) {
        return teams.stream().filter(t -> maySeeTeam(who, t)).toList();
    }

    /** A restricted complaint (issue 15) is the complaints team's alone: others get what they get for any hidden one. */
    static boolean maySee(StaffMember who, Complaint c) {
        if (c.dataProtection().isRestricted() && !who.has(Role.COMPLAINTS_TEAM)) {
            return false;
        }
        return maySeeTeam(who, c.intake().team());
    }

    /**
     * A responding manager with at least one team: they may ask for their own teams' statistics (and nothing else), as
     * the complaints team and directors may ask for anyone's.
     */
    public static boolean answersForTeams(StaffMember who) {
        return who.has(Role.RESPONDING_MANAGER) && !who.teams().isEmpty();
    }

    /** Logging a complaint that came by phone, letter, email or in person is the complaints team's job. */
    public static boolean mayLog(StaffMember who) {
        return who.has(Role.COMPLAINTS_TEAM);
    }

    /**
     * Importing past complaints rewrites the council's history figures, so only the complaints team (its officers and
     * its manager) may; responding managers and directors may not.
     */
    public static boolean mayImport(StaffMember who) {
        return who.has(Role.COMPLAINTS_TEAM);
    }

    /** The complaints team records a compliment for any team; a responding manager for their own teams only. */
    public static boolean mayRecordComplimentFor(StaffMember who, TeamName team) {
        return who.has(Role.COMPLAINTS_TEAM) || (team != null && managesTeamOf(who, team));
    }

    /** Of {@code teams}, those {@code who} may record compliments for, in the same order; none for a director. */
    public static List<TeamName> teamsMayRecordComplimentsFor(StaffMember who, List<TeamName> teams) {
        return teams.stream().filter(t -> mayRecordComplimentFor(who, t)).toList();
    }

    /** Whether {@code who} enters caseloads at all: the complaints team and responding managers; directors only read. */
    public static boolean mayEnterCaseloads(StaffMember who) {
        return who.has(Role.COMPLAINTS_TEAM) || who.has(Role.RESPONDING_MANAGER);
    }

    /** The complaints team enters any team's open caseload; a responding manager their own teams' only. */
    public static boolean mayEnterCaseloadFor(StaffMember who, TeamName team) {
        return who.has(Role.COMPLAINTS_TEAM) || managesTeamOf(who, team);
    }

    /** Of {@code teams}, those whose caseload {@code who} may enter, in the same order. */
    public static List<TeamName> teamsMayEnterCaseloadsFor(StaffMember who, List<TeamName> teams) {
        return teams.stream().filter(t -> mayEnterCaseloadFor(who, t)).toList();
    }

    /**
     * Who has viewed a complaint is shown to the complaints team only: it answers the council's own questions about a
     * child's record, and a responding manager or director has no need to see their colleagues' reading.
     */
    public static boolean maySeeWhoViewed(StaffMember who) {
        return who.has(Role.COMPLAINTS_TEAM);
    }

    /** A director lists what one member of staff has read over a period (decision 029); nobody else may. */
    public static boolean mayListAccessesByStaff(StaffMember who) {
        return who.has(Role.DIRECTOR);
    }

    /** Answering a subject access request (finding a person's complaints and exporting them) is the complaints team's. */
    public static boolean mayExportSubjectAccess(StaffMember who) {
        return who.has(Role.COMPLAINTS_TEAM);
    }

    /** The group names of {@code who}'s roles, sorted: what an access record says of the reader's role. */
    public static List<String> roleNames(StaffMember who) {
        return who.roles().stream().map(Role::group).sorted().toList();
    }

    /**
     * Printing a letter to a complainant (decision 034): the complaints team for any complaint, and the manager of the
     * complaint's own team, who may need to hand one over; directors read the case but do not write to complainants.
     */
    public static boolean mayPrintLetterFor(StaffMember who, TeamName team) {
        return who.has(Role.COMPLAINTS_TEAM) || managesTeamOf(who, team);
    }

    /** Posting letters, marking them posted and printing the day's batch is the complaints team's job. */
    public static boolean mayPostLetters(StaffMember who) {
        return who.has(Role.COMPLAINTS_TEAM);
    }

    public static boolean managesTeamOf(StaffMember who, TeamName team) {
        return who.has(Role.RESPONDING_MANAGER)
                && team != null
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
