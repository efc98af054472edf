package uk.childrenscomplaints.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.model.ComplaintAction.*;
import static uk.childrenscomplaints.complaint.model.ComplaintState.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ComplaintLifecycleTest {

    /** The expected table, written out from the regulations' order of stages; the test checks every pair. */
    private static final Map<ComplaintAction, Set<ComplaintState>> EXPECTED = Map.ofEntries(
            Map.entry(
                    ASSIGN_RESPONDENTS,
                    EnumSet.of(
                            STAGE1_OPEN,
                            STAGE1_RESPONDED,
                            STAGE2_INVESTIGATING,
                            STAGE2_RESPONDED,
                            STAGE3_REQUESTED,
                            STAGE3_PANEL_HELD,
                            STAGE3_DECIDED,
                            WITH_OMBUDSMAN)),
            Map.entry(
                    MARK_RESPONDENT_ABSENT,
                    EnumSet.of(
                            STAGE1_OPEN,
                            STAGE1_RESPONDED,
                            STAGE2_INVESTIGATING,
                            STAGE2_RESPONDED,
                            STAGE3_REQUESTED,
                            STAGE3_PANEL_HELD,
                            STAGE3_DECIDED,
                            WITH_OMBUDSMAN)),
            Map.entry(EXTEND_STAGE1, EnumSet.of(STAGE1_OPEN)),
            Map.entry(RECORD_STAGE1_RESPONSE, EnumSet.of(STAGE1_OPEN)),
            Map.entry(FLAG_STAGE2_ENTITLEMENT, EnumSet.of(STAGE1_OPEN)),
            Map.entry(
                    RECORD_ISSUE_OUTCOMES,
                    EnumSet.of(
                            STAGE1_RESPONDED,
                            STAGE2_INVESTIGATING,
                            STAGE2_RESPONDED,
                            STAGE3_REQUESTED,
                            STAGE3_PANEL_HELD,
                            STAGE3_DECIDED)),
            Map.entry(REQUEST_STAGE2, EnumSet.of(STAGE1_OPEN, STAGE1_RESPONDED)),
            Map.entry(RECORD_STAGE2_DETAILS, EnumSet.of(STAGE2_INVESTIGATING, STAGE2_RESPONDED)),
            Map.entry(RECORD_STAGE2_RESPONSE, EnumSet.of(STAGE2_INVESTIGATING)),
            Map.entry(AGREE_STAGE2_STATEMENT, EnumSet.of(STAGE2_INVESTIGATING)),
            Map.entry(EXTEND_STAGE2, EnumSet.of(STAGE2_INVESTIGATING)),
            Map.entry(REQUEST_STAGE3, EnumSet.of(STAGE2_RESPONDED)),
            Map.entry(RECORD_PANEL, EnumSet.of(STAGE3_REQUESTED)),
            Map.entry(RECORD_CHIEF_OFFICER_DECISION, EnumSet.of(STAGE3_PANEL_HELD)),
            Map.entry(
                    REFER_TO_OMBUDSMAN,
                    EnumSet.of(
                            STAGE1_OPEN,
                            STAGE1_RESPONDED,
                            STAGE2_INVESTIGATING,
                            STAGE2_RESPONDED,
                            STAGE3_REQUESTED,
                            STAGE3_PANEL_HELD,
                            STAGE3_DECIDED,
                            CLOSED)),
            Map.entry(RECORD_OMBUDSMAN_DECISION, EnumSet.of(WITH_OMBUDSMAN)),
            Map.entry(
                    WITHDRAW,
                    EnumSet.of(
                            STAGE1_OPEN,
                            STAGE1_RESPONDED,
                            STAGE2_INVESTIGATING,
                            STAGE2_RESPONDED,
                            STAGE3_REQUESTED,
                            STAGE3_PANEL_HELD,
                            STAGE3_DECIDED,
                            WITH_OMBUDSMAN)),
            Map.entry(
                    CLOSE_NOT_INVESTIGATED,
                    EnumSet.of(
                            STAGE1_OPEN,
                            STAGE1_RESPONDED,
                            STAGE2_INVESTIGATING,
                            STAGE2_RESPONDED,
                            STAGE3_REQUESTED,
                            STAGE3_PANEL_HELD,
                            STAGE3_DECIDED,
                            WITH_OMBUDSMAN)),
            Map.entry(CLOSE, EnumSet.of(STAGE1_RESPONDED, STAGE2_RESPONDED, STAGE3_DECIDED)),
            Map.entry(ROUTE_TO_OTHER_PROCEDURE, EnumSet.of(RECORDED_FOR_ROUTING)),
            Map.entry(REOPEN, EnumSet.of(WITHDRAWN, NOT_INVESTIGATED)),
            // The clock stops only where the council is working to a Stage 1, 2 or 3 deadline.
            Map.entry(PAUSE_CLOCK, EnumSet.of(STAGE1_OPEN, STAGE2_INVESTIGATING, STAGE3_REQUESTED, STAGE3_PANEL_HELD)),
            Map.entry(RESUME_CLOCK, EnumSet.of(STAGE1_OPEN, STAGE2_INVESTIGATING, STAGE3_REQUESTED, STAGE3_PANEL_HELD)),
            Map.entry(BOOK_PANEL, EnumSet.of(STAGE3_REQUESTED)),
            Map.entry(RECORD_PANEL_REPORT, EnumSet.of(STAGE3_PANEL_HELD)));

    @Test
    void theTableListsEveryAction() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(ComplaintAction.values());
    }

    @Test
    void everyListedActionIsAllowedExactlyFromItsStates() {
        EXPECTED.forEach((action, from) -> {
            for (ComplaintState state : ComplaintState.values()) {
                assertThat(ComplaintLifecycle.decide(state, action).isAllowed())
                        .as("%s from %s", action, state)
                        .isEqualTo(from.contains(state));
            }
        });
    }

    @Test
    void anOutcomeBeforeAnyResponseIsRefusedWithAReason() {
        Decision d = ComplaintLifecycle.decide(STAGE1_OPEN, RECORD_ISSUE_OUTCOMES);
        assertThat(d).isInstanceOf(Decision.Refused.class);
        assertThat(((Decision.Refused) d).reason()).contains("after a response");
    }

    @Test
    void stagesMoveForwardInTheStatutoryOrder() {
        assertThat(next(STAGE1_OPEN, RECORD_STAGE1_RESPONSE)).isEqualTo(STAGE1_RESPONDED);
        assertThat(next(STAGE1_RESPONDED, REQUEST_STAGE2)).isEqualTo(STAGE2_INVESTIGATING);
        assertThat(next(STAGE2_INVESTIGATING, RECORD_STAGE2_RESPONSE)).isEqualTo(STAGE2_RESPONDED);
        assertThat(next(STAGE2_RESPONDED, REQUEST_STAGE3)).isEqualTo(STAGE3_REQUESTED);
        assertThat(next(STAGE3_REQUESTED, RECORD_PANEL)).isEqualTo(STAGE3_PANEL_HELD);
        assertThat(next(STAGE3_PANEL_HELD, RECORD_CHIEF_OFFICER_DECISION)).isEqualTo(STAGE3_DECIDED);
        assertThat(next(STAGE3_DECIDED, REFER_TO_OMBUDSMAN)).isEqualTo(WITH_OMBUDSMAN);
    }

    @Test
    void aComplaintUnderAnotherProcedureNeverEntersTheStatutoryStages() {
        for (ComplaintAction action : ComplaintAction.values()) {
            boolean allowed =
                    ComplaintLifecycle.decide(RECORDED_FOR_ROUTING, action).isAllowed();
            assertThat(allowed).as(action.name()).isEqualTo(action == ROUTE_TO_OTHER_PROCEDURE);
        }
    }

    @Property
    void nothingLeavesAFinishedComplaintExceptAReferralFromClosedOrAReopeningOfAWithdrawnOrUninvestigatedOne(
            @ForAll("finished") ComplaintState state, @ForAll ComplaintAction action) {
        boolean allowed = ComplaintLifecycle.decide(state, action).isAllowed();
        assertThat(allowed)
                .isEqualTo(state == CLOSED && action == REFER_TO_OMBUDSMAN || state != CLOSED && action == REOPEN);
    }

    @Test
    void aReopenedComplaintStartsStage1AgainAndAComplaintClosedAfterAResponseCannotBeReopened() {
        assertThat(next(WITHDRAWN, REOPEN)).isEqualTo(STAGE1_OPEN);
        assertThat(next(NOT_INVESTIGATED, REOPEN)).isEqualTo(STAGE1_OPEN);
        Decision d = ComplaintLifecycle.decide(CLOSED, REOPEN);
        assertThat(((Decision.Refused) d).reason())
                .isEqualTo("only a withdrawn complaint, or one closed without investigation, can be reopened "
                        + "(it is now: Closed)");
    }

    @Property
    void anAllowedMoveNeverLandsInRoutingAndARefusalAlwaysExplains(
            @ForAll ComplaintState state, @ForAll ComplaintAction action) {
        Decision d = ComplaintLifecycle.decide(state, action);
        if (d instanceof Decision.Allowed allowed) {
            assertThat(allowed.next()).isNotEqualTo(RECORDED_FOR_ROUTING);
        } else {
            assertThat(((Decision.Refused) d).reason()).isNotBlank().contains(state.label());
        }
    }

    @Provide
    Arbitrary<ComplaintState> finished() {
        return Arbitraries.of(CLOSED, WITHDRAWN, NOT_INVESTIGATED);
    }

    private static ComplaintState next(ComplaintState from, ComplaintAction action) {
        return ((Decision.Allowed) ComplaintLifecycle.decide(from, action)).next();
    }
}
