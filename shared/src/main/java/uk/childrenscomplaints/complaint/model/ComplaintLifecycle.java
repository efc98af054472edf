package uk.childrenscomplaints.complaint.model;

import static uk.childrenscomplaints.complaint.model.ComplaintState.CLOSED;
import static uk.childrenscomplaints.complaint.model.ComplaintState.NOT_INVESTIGATED;
import static uk.childrenscomplaints.complaint.model.ComplaintState.RECORDED_FOR_ROUTING;
import static uk.childrenscomplaints.complaint.model.ComplaintState.STAGE1_OPEN;
import static uk.childrenscomplaints.complaint.model.ComplaintState.STAGE1_RESPONDED;
import static uk.childrenscomplaints.complaint.model.ComplaintState.STAGE2_INVESTIGATING;
import static uk.childrenscomplaints.complaint.model.ComplaintState.STAGE2_RESPONDED;
import static uk.childrenscomplaints.complaint.model.ComplaintState.STAGE3_DECIDED;
import static uk.childrenscomplaints.complaint.model.ComplaintState.STAGE3_PANEL_HELD;
import static uk.childrenscomplaints.complaint.model.ComplaintState.STAGE3_REQUESTED;
import static uk.childrenscomplaints.complaint.model.ComplaintState.WITHDRAWN;
import static uk.childrenscomplaints.complaint.model.ComplaintState.WITH_OMBUDSMAN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The complaint's states and legal transitions, in one place. Every change to a complaint asks this table first; a
 * refused move comes back with a reason a member of staff can act on.
 */
public final class ComplaintLifecycle {
    private static final Set<ComplaintState> STATUTORY_OPEN = EnumSet.of(
            STAGE1_OPEN,
            STAGE1_RESPONDED,
            STAGE2_INVESTIGATING,
            STAGE2_RESPONDED,
            STAGE3_REQUESTED,
            STAGE3_PANEL_HELD,
            STAGE3_DECIDED,
            WITH_OMBUDSMAN);
    private static final Set<ComplaintState> RESPONDED = EnumSet.of(
            STAGE1_RESPONDED,
            STAGE2_INVESTIGATING,
            STAGE2_RESPONDED,
            STAGE3_REQUESTED,
            STAGE3_PANEL_HELD,
            STAGE3_DECIDED);

    private record Rule(Set<ComplaintState> from, ComplaintState to, String whenRefused) {}

    private static final Map<ComplaintAction, Rule> RULES = new EnumMap<>(ComplaintAction.class);

    static {
        stay(
                ComplaintAction.ASSIGN_RESPONDENTS,
                STATUTORY_OPEN,
                "respondents can only be assigned while a complaint is open");
        stay(
                ComplaintAction.MARK_RESPONDENT_ABSENT,
                STATUTORY_OPEN,
                "absence can only be recorded while a complaint is open");
        stay(
                ComplaintAction.EXTEND_STAGE1,
                EnumSet.of(STAGE1_OPEN),
                "only an unanswered Stage 1 complaint can be extended");
        move(
                ComplaintAction.RECORD_STAGE1_RESPONSE,
                EnumSet.of(STAGE1_OPEN),
                STAGE1_RESPONDED,
                "a Stage 1 response can only be recorded once, while Stage 1 is awaiting its response");
        stay(
                ComplaintAction.FLAG_STAGE2_ENTITLEMENT,
                EnumSet.of(STAGE1_OPEN),
                "entitlement to Stage 2 is flagged only while the Stage 1 response is outstanding");
        stay(
                ComplaintAction.RECORD_ISSUE_OUTCOMES,
                RESPONDED,
                "an outcome can only be recorded after a response has been sent");
        move(
                ComplaintAction.REQUEST_STAGE2,
                EnumSet.of(STAGE1_OPEN, STAGE1_RESPONDED),
                STAGE2_INVESTIGATING,
                "Stage 2 can only start from Stage 1");
        stay(
                ComplaintAction.RECORD_STAGE2_DETAILS,
                EnumSet.of(STAGE2_INVESTIGATING, STAGE2_RESPONDED),
                "Stage 2 details can only be recorded once Stage 2 has started, and before Stage 3");
        move(
                ComplaintAction.RECORD_STAGE2_RESPONSE,
                EnumSet.of(STAGE2_INVESTIGATING),
                STAGE2_RESPONDED,
                "a Stage 2 response can only be recorded while Stage 2 is under investigation");
        move(
                ComplaintAction.REQUEST_STAGE3,
                EnumSet.of(STAGE2_RESPONDED),
                STAGE3_REQUESTED,
                "Stage 3 can only be requested after the Stage 2 response");
        move(
                ComplaintAction.RECORD_PANEL,
                EnumSet.of(STAGE3_REQUESTED),
                STAGE3_PANEL_HELD,
                "a panel can only be recorded once Stage 3 has been requested");
        move(
                ComplaintAction.RECORD_CHIEF_OFFICER_DECISION,
                EnumSet.of(STAGE3_PANEL_HELD),
                STAGE3_DECIDED,
                "the Chief Officer decides only after the panel has met");
        move(
                ComplaintAction.REFER_TO_OMBUDSMAN,
                EnumSet.of(
                        STAGE1_OPEN,
                        STAGE1_RESPONDED,
                        STAGE2_INVESTIGATING,
                        STAGE2_RESPONDED,
                        STAGE3_REQUESTED,
                        STAGE3_PANEL_HELD,
                        STAGE3_DECIDED,
                        CLOSED),
                WITH_OMBUDSMAN,
                "this complaint is already with the Ombudsman or was never in the statutory procedure");
        // The state after the Ombudsman's decision depends on the decision; Complaint works it out.
        move(
                ComplaintAction.RECORD_OMBUDSMAN_DECISION,
                EnumSet.of(WITH_OMBUDSMAN),
                CLOSED,
                "a decision can only be recorded for a complaint referred to the Ombudsman");
        move(
                ComplaintAction.CLOSE,
                EnumSet.of(STAGE1_RESPONDED, STAGE2_RESPONDED, STAGE3_DECIDED),
                CLOSED,
                "a complaint can only be closed after a response at its current stage");
        move(
                ComplaintAction.WITHDRAW,
                EnumSet.copyOf(STATUTORY_OPEN),
                WITHDRAWN,
                "only an open complaint can be withdrawn");
        move(
                ComplaintAction.CLOSE_NOT_INVESTIGATED,
                EnumSet.copyOf(STATUTORY_OPEN),
                NOT_INVESTIGATED,
                "only an open complaint can be closed as not investigated");
        move(
                ComplaintAction.ROUTE_TO_OTHER_PROCEDURE,
                EnumSet.of(RECORDED_FOR_ROUTING),
                CLOSED,
                "only a complaint recorded for another procedure can be routed");
        move(
                ComplaintAction.REOPEN,
                EnumSet.of(WITHDRAWN, NOT_INVESTIGATED),
                STAGE1_OPEN,
                "only a withdrawn complaint, or one closed without investigation, can be reopened");
        stay(
                ComplaintAction.PAUSE_CLOCK,
                StoppingTheClock.CLOCKED,
                "the clock can only be stopped while the council is working to a Stage 1, 2 or 3 deadline");
        stay(
                ComplaintAction.RESUME_CLOCK,
                StoppingTheClock.CLOCKED,
                "the clock can only be restarted at the stage where it was stopped");
        stay(
                ComplaintAction.BOOK_PANEL,
                EnumSet.of(STAGE3_REQUESTED),
                "a panel can only be booked once Stage 3 has been requested and before it meets");
        stay(
                ComplaintAction.RECORD_PANEL_REPORT,
                EnumSet.of(STAGE3_PANEL_HELD),
                "the panel's report can only be recorded after the panel has met and before the council's decision");
        stay(
                ComplaintAction.AGREE_STAGE2_STATEMENT,
                EnumSet.of(STAGE2_INVESTIGATING),
                "the complaint statement can only be agreed while Stage 2 is under investigation");
        stay(
                ComplaintAction.EXTEND_STAGE2,
                EnumSet.of(STAGE2_INVESTIGATING),
                "only a Stage 2 investigation still under way can be extended");
    }

    private ComplaintLifecycle() {}

    private static void stay(ComplaintAction action, Set<ComplaintState> from, String whenRefused) {
        RULES.put(action, new Rule(from, null, whenRefused));
    }

    private static void move(ComplaintAction action, Set<ComplaintState> from, ComplaintState to, String whenRefused) {
        RULES.put(action, new Rule(from, to, whenRefused));
    }

    public static Decision decide(ComplaintState current, ComplaintAction action) {
        Rule rule = RULES.get(action);
        if (!rule.from().contains(current)) {
            return new Decision.Refused(rule.whenRefused() + " (it is now: " + current.label() + ")");
        }
        return new Decision.Allowed(rule.to() == null ? current : rule.to());
    }

    /** The states an action may be taken from; for documentation and exhaustive tests. */
    public static Set<ComplaintState> allowedFrom(ComplaintAction action) {
        return EnumSet.copyOf(RULES.get(action).from());
    }
}
