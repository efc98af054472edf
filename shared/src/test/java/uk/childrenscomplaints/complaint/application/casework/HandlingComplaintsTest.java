package uk.childrenscomplaints.complaint.application.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.application.Workflow.DIRECTOR;
import static uk.childrenscomplaints.complaint.application.Workflow.HUNTINGDON_MANAGER;
import static uk.childrenscomplaints.complaint.application.Workflow.KINSHIP_MANAGER;
import static uk.childrenscomplaints.complaint.application.Workflow.NOBODY;
import static uk.childrenscomplaints.complaint.application.Workflow.OFFICER;
import static uk.childrenscomplaints.complaint.application.Workflow.POLICY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.InMemoryComplaints;
import uk.childrenscomplaints.complaint.application.Workflow;
import uk.childrenscomplaints.complaint.application.casework.CaseCommand.*;
import uk.childrenscomplaints.complaint.application.ports.DomainEvent;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.IssueOutcome;
import uk.childrenscomplaints.complaint.model.OmbudsmanDecision;
import uk.childrenscomplaints.complaint.model.Outcome;
import uk.childrenscomplaints.complaint.model.TeamName;

/** Every staff command through the use case: roles, values, the state machine and the named rules. */
class HandlingComplaintsTest {
    private static final LocalDate mon_2026_01_05 = LocalDate.of(2026, 1, 5);
    private static final LocalDate mon_2026_01_12 = LocalDate.of(2026, 1, 12);
    private static final LocalDate thu_2026_01_15 = LocalDate.of(2026, 1, 15);
    private static final LocalDate mon_2026_01_19 = LocalDate.of(2026, 1, 19);
    private static final LocalDate wed_2026_01_21 = LocalDate.of(2026, 1, 21);
    private static final LocalDate tue_2026_02_10 = LocalDate.of(2026, 2, 10);
    private static final LocalDate thu_2026_02_12 = LocalDate.of(2026, 2, 12);
    private static final LocalDate fri_2026_02_13 = LocalDate.of(2026, 2, 13);
    private static final LocalDate mon_2026_02_16 = LocalDate.of(2026, 2, 16);
    private static final LocalDate mon_2026_03_02 = LocalDate.of(2026, 3, 2);
    private static final LocalDate tue_2026_03_10 = LocalDate.of(2026, 3, 10);
    private static final LocalDate fri_2026_03_20 = LocalDate.of(2026, 3, 20);

    private final InMemoryComplaints complaints = new InMemoryComplaints();
    private final Workflow workflow = new Workflow(complaints, Workflow.FRI_2026_03_20);
    private final HandlingComplaints handling = workflow.handling;

    private ComplaintId received() {
        return received(mon_2026_01_05);
    }

    private ComplaintId received(LocalDate on) {
        Complaint c =
                ComplaintFixtures.statutory(ComplaintId.random(), on, POLICY.dueDate(TimescaleId.STAGE1_RESPONSE, on));
        complaints.add(c);
        return c.id();
    }

    private CaseResult as(StaffMember who, ComplaintId id, CaseCommand command) {
        return handling.handle(who, id, complaints.find(id).orElseThrow().version(), command);
    }

    private Complaint done(StaffMember who, ComplaintId id, CaseCommand command) {
        CaseResult result = as(who, id, command);
        assertThat(result).as("%s", command).isInstanceOf(CaseResult.Done.class);
        return ((CaseResult.Done) result).complaint();
    }

    private String refused(ComplaintId id, CaseCommand command) {
        CaseResult result = as(OFFICER, id, command);
        assertThat(result).as("%s", command).isInstanceOf(CaseResult.Refused.class);
        return ((CaseResult.Refused) result).reason();
    }

    private ComplaintId respondedOnThu15th() {
        ComplaintId id = received();
        done(OFFICER, id, new RecordStage1Response(thu_2026_01_15, "We have apologised."));
        return id;
    }

    private ComplaintId atStage2RespondedOn(LocalDate respondedOn) {
        ComplaintId id = respondedOnThu15th();
        done(OFFICER, id, new RequestStage2(tue_2026_02_10, "The apology did not address the visits.", false));
        done(DIRECTOR, id, new RecordStage2Response(respondedOn));
        return id;
    }

    @Test
    void assigningRespondentsRecordsThemWithOneTimelineEntryAndANewVersion() {
        ComplaintId id = received();
        Complaint c = done(
                HUNTINGDON_MANAGER,
                id,
                new AssignRespondents(ComplaintFixtures.respondent(), ComplaintFixtures.second()));
        assertThat(c.parts().respondent()).isEqualTo(ComplaintFixtures.respondent());
        assertThat(c.version()).isEqualTo(2);
        assertThat(c.timeline()).hasSize(2);
        assertThat(c.timeline().get(1).actor()).isEqualTo(HUNTINGDON_MANAGER.username());
    }

    @Test
    void absenceBeforeARespondentIsNamedIsRefused() {
        assertThat(refused(received(), new MarkRespondentAbsent(true))).contains("name a respondent");
    }

    @Test
    void aStage1ResponseOnThe15thLeavesUntilThe12thOfFebruaryToAskForStage2() {
        Complaint c = done(OFFICER, received(), new RecordStage1Response(thu_2026_01_15, "Apology sent."));
        assertThat(c.state()).isEqualTo(ComplaintState.STAGE1_RESPONDED);
        assertThat(c.parts().stage1().stage2RequestBy()).isEqualTo(thu_2026_02_12);
        assertThat(c.nextDeadline()).contains(thu_2026_02_12);
    }

    @Test
    void aResponseDatedInTheFutureIsInvalid() {
        CaseResult r = as(OFFICER, received(), new RecordStage1Response(fri_2026_03_20.plusDays(1), "Soon"));
        assertThat(r)
                .isInstanceOfSatisfying(
                        CaseResult.Invalid.class,
                        i -> assertThat(i.errors())
                                .extracting(FieldError::field)
                                .containsExactly("sentOn"));
    }

    @Test
    void anExtensionToldInTimeMovesTheDueDateAndOneBeyondTwentyWorkingDaysFromReceiptIsRefused() {
        ComplaintId id = received();
        LocalDate latest = POLICY.dueDate(TimescaleId.STAGE1_EXTENSION, mon_2026_01_05);
        assertThat(refused(id, new ExtendStage1(latest.plusDays(1), "Three services involved", mon_2026_01_12)))
                .contains("at the latest");
        Complaint c = done(OFFICER, id, new ExtendStage1(latest, "Three services involved", mon_2026_01_12));
        assertThat(c.parts().stage1().effectiveDueOn()).isEqualTo(latest);
    }

    @Test
    void anOutcomeBeforeAnyResponseIsRefusedWithAnExplanation() {
        assertThat(refused(
                        received(), new RecordIssueOutcomes(Map.of(IssueCategory.COMMUNICATION, IssueOutcome.UPHELD))))
                .contains("after a response");
    }

    @Test
    void outcomesPerIssueGiveTheOverallOutcomeAndPublishAnEventWithoutPersonalData() {
        Complaint c = done(
                HUNTINGDON_MANAGER,
                respondedOnThu15th(),
                new RecordIssueOutcomes(Map.of(
                        IssueCategory.COMMUNICATION,
                        IssueOutcome.PARTIALLY_UPHELD,
                        IssueCategory.STANDARDS,
                        IssueOutcome.NOT_UPHELD)));
        assertThat(c.outcome()).isEqualTo(Outcome.PARTIALLY_UPHELD);
        assertThat(workflow.events)
                .filteredOn(e -> e.type().equals("OutcomeRecorded"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.detail())
                            .containsEntry("outcome", "partially_upheld")
                            .containsEntry("team", "Huntingdon");
                    assertThat(e.detail().toString()).doesNotContain("Pat Example", "pat@example.test");
                });
        assertThat(c.parts().outbox()).isEmpty();
    }

    @Test
    void withdrawingNeedsAReasonAndEndsTheClock() {
        ComplaintId id = received();
        assertThat(as(OFFICER, id, new Withdraw(" "))).isInstanceOf(CaseResult.Invalid.class);
        Complaint c = done(OFFICER, id, new Withdraw("The family moved away"));
        assertThat(c.state()).isEqualTo(ComplaintState.WITHDRAWN);
        assertThat(c.outcome()).isEqualTo(Outcome.WITHDRAWN);
        assertThat(c.parts().closingReason()).isEqualTo("The family moved away");
        assertThat(c.nextDeadline()).isEmpty();
    }

    @Test
    void aComplaintUnderLegalActionIsClosedAsNotInvestigatedWithItsReason() {
        Complaint c = done(OFFICER, received(), new CloseNotInvestigated("Care proceedings are under way"));
        assertThat(c.state()).isEqualTo(ComplaintState.NOT_INVESTIGATED);
        assertThat(c.outcome()).isEqualTo(Outcome.NOT_INVESTIGATED);
    }

    @Test
    void closingNeedsAResponseAndAnOutcome() {
        assertThat(refused(received(), new Close())).contains("after a response");
        ComplaintId id = respondedOnThu15th();
        assertThat(refused(id, new Close())).contains("outcome");
        done(OFFICER, id, new RecordIssueOutcomes(Map.of(IssueCategory.COMMUNICATION, IssueOutcome.UPHELD)));
        assertThat(done(OFFICER, id, new Close()).state()).isEqualTo(ComplaintState.CLOSED);
    }

    @Test
    void stage2AskedForWithinTheWindowStartsTheInvestigationClocks() {
        Complaint c = done(OFFICER, respondedOnThu15th(), new RequestStage2(tue_2026_02_10, "Not resolved", false));
        assertThat(c.state()).isEqualTo(ComplaintState.STAGE2_INVESTIGATING);
        assertThat(c.parts().stage2().dueOn())
                .isEqualTo(POLICY.dueDate(TimescaleId.STAGE2_INVESTIGATION, tue_2026_02_10));
        assertThat(c.parts().stage2().limitOn())
                .isEqualTo(POLICY.dueDate(TimescaleId.STAGE2_INVESTIGATION_LIMIT, tue_2026_02_10));
        // Provisional until the statement is agreed; in the sweep's index from the request meanwhile, for the chase.
        assertThat(c.isAwaitingAgreedStatement()).isTrue();
        assertThat(c.nextDeadline()).contains(tue_2026_02_10);
        assertThat(done(OFFICER, c.id(), new AgreeStage2Statement(tue_2026_02_10))
                        .nextDeadline())
                .contains(c.parts().stage2().dueOn());
        assertThat(workflow.events)
                .filteredOn(e -> e.type().equals("StageEscalated"))
                .singleElement()
                .satisfies(e -> assertThat(e.detail())
                        .containsEntry("fromStage", "stage_1")
                        .containsEntry("toStage", "stage_2"));
    }

    @Test
    void stage2AskedForTheDayAfterTheWindowClosedIsRefused() {
        assertThat(refused(respondedOnThu15th(), new RequestStage2(fri_2026_02_13, "Not resolved", false)))
                .contains("closed on 2026-02-12");
    }

    @Test
    void stage2StartsAtOnceWhenStage1IsOverdueButNotBeforeUnlessSerious() {
        ComplaintId early = received();
        assertThat(refused(early, new RequestStage2(mon_2026_01_12, "No answer", false)))
                .contains("overdue");
        assertThat(done(OFFICER, early, new RequestStage2(mon_2026_01_12, "A child at risk", true))
                        .state())
                .isEqualTo(ComplaintState.STAGE2_INVESTIGATING);
        ComplaintId overdue = received();
        assertThat(as(OFFICER, overdue, new RequestStage2(mon_2026_01_19, "No answer", false)))
                .isInstanceOf(CaseResult.Refused.class);
        assertThat(done(OFFICER, overdue, new RequestStage2(wed_2026_01_21, "No answer", false))
                        .state())
                .isEqualTo(ComplaintState.STAGE2_INVESTIGATING);
    }

    @Test
    void stage2NeedsTheComplainantsReasons() {
        assertThat(as(OFFICER, respondedOnThu15th(), new RequestStage2(tue_2026_02_10, "", false)))
                .isInstanceOf(CaseResult.Invalid.class);
    }

    @Test
    void stage2DetailsRecordTheOfficerTheIndependentPersonAndACostFromNothingToAMillionPounds() {
        ComplaintId id = respondedOnThu15th();
        assertThat(refused(id, new RecordStage2Details("Io Officer", "Ida Independent", 100L)))
                .contains("Stage 2 has started");
        done(OFFICER, id, new RequestStage2(tue_2026_02_10, "Not resolved", false));
        assertThat(as(OFFICER, id, new RecordStage2Details(null, null, -1L))).isInstanceOf(CaseResult.Invalid.class);
        assertThat(as(OFFICER, id, new RecordStage2Details(null, null, 2_147_483_648L)))
                .isInstanceOf(CaseResult.Invalid.class);
        assertThat(done(OFFICER, id, new RecordStage2Details(null, null, 1_000_000L))
                        .parts()
                        .stage2()
                        .costPounds())
                .isEqualTo(1_000_000L);
        Complaint c = done(OFFICER, id, new RecordStage2Details("Io Officer", "Ida Independent", 1850L));
        assertThat(c.parts().stage2().costPounds()).isEqualTo(1850L);
        c = done(OFFICER, id, new RecordStage2Details(null, null, 0L));
        assertThat(c.parts().stage2().investigatingOfficer()).isEqualTo("Io Officer");
        assertThat(c.parts().stage2().costPounds()).isZero();
    }

    @Test
    void theStage2ResponseIsRecordedOnlyDuringTheInvestigation() {
        ComplaintId id = respondedOnThu15th();
        assertThat(refused(id, new RecordStage2Response(mon_2026_02_16))).contains("under investigation");
        done(OFFICER, id, new RequestStage2(tue_2026_02_10, "Not resolved", false));
        Complaint c = done(DIRECTOR, id, new RecordStage2Response(mon_2026_02_16));
        assertThat(c.state()).isEqualTo(ComplaintState.STAGE2_RESPONDED);
        assertThat(c.nextDeadline()).isEmpty();
    }

    @Test
    void stage3WithinTheWindowBooksThePanelWithinThirtyWorkingDays() {
        ComplaintId id = atStage2RespondedOn(mon_2026_02_16);
        assertThat(as(OFFICER, id, new RequestStage3(mon_2026_03_02, null))).isInstanceOf(CaseResult.Invalid.class);
        Complaint c = done(OFFICER, id, new RequestStage3(mon_2026_03_02, "The findings are wrong"));
        assertThat(c.state()).isEqualTo(ComplaintState.STAGE3_REQUESTED);
        assertThat(c.parts().stage3().panelBy()).isEqualTo(POLICY.dueDate(TimescaleId.STAGE3_PANEL, mon_2026_03_02));
        assertThat(c.parts().stage3().reasons()).isEqualTo("The findings are wrong");
        // The sweep first owes the complainant notice of the panel, 10 days before the latest day it may be held.
        assertThat(c.nextDeadline()).contains(c.parts().stage3().panelBy().minusDays(10));
    }

    @Test
    void stage3AskedForAfterTheWindowIsRefused() {
        ComplaintId id = atStage2RespondedOn(LocalDate.of(2026, 2, 11));
        LocalDate windowEnd = POLICY.dueDate(TimescaleId.STAGE3_REQUEST_WINDOW, LocalDate.of(2026, 2, 11));
        assertThat(refused(id, new RequestStage3(windowEnd.plusDays(1), "Late")))
                .contains("closed on " + windowEnd);
    }

    @Test
    void thePanelHasExactlyThreeMembersAndTheChiefOfficerDecidesAfterIt() {
        ComplaintId id = atStage2RespondedOn(mon_2026_02_16);
        done(OFFICER, id, new RequestStage3(mon_2026_03_02, "The findings are wrong"));
        assertThat(refused(id, new RecordChiefOfficerDecision(tue_2026_03_10, "Agreed")))
                .contains("panel has met");
        assertThat(as(OFFICER, id, new RecordPanel(tue_2026_03_10, List.of("A", "B"), "Apologise")))
                .isInstanceOf(CaseResult.Invalid.class);
        Complaint c = done(
                OFFICER,
                id,
                new RecordPanel(
                        tue_2026_03_10,
                        List.of("Ann Chair", "Bo Member", "Cy Member"),
                        "Apologise and review the visiting plan"));
        assertThat(c.state()).isEqualTo(ComplaintState.STAGE3_PANEL_HELD);
        c = done(DIRECTOR, id, new RecordChiefOfficerDecision(fri_2026_03_20, "Recommendations accepted"));
        assertThat(c.state()).isEqualTo(ComplaintState.STAGE3_DECIDED);
        assertThat(c.parts().stage3().decision()).isEqualTo("Recommendations accepted");
    }

    @Test
    void aPrematureReferralGoesBackToWhereTheComplaintWasAndAnyOtherDecisionClosesIt() {
        ComplaintId id = respondedOnThu15th();
        Complaint c = done(OFFICER, id, new ReferToOmbudsman(mon_2026_01_19));
        assertThat(c.state()).isEqualTo(ComplaintState.WITH_OMBUDSMAN);
        assertThat(c.nextDeadline()).isEmpty();
        assertThat(workflow.events).extracting(DomainEvent::type).contains("OmbudsmanReferred");
        c = done(OFFICER, id, new RecordOmbudsmanDecision(OmbudsmanDecision.PREMATURE, mon_2026_02_16));
        assertThat(c.state()).isEqualTo(ComplaintState.STAGE1_RESPONDED);
        done(OFFICER, id, new ReferToOmbudsman(mon_2026_03_02));
        c = done(OFFICER, id, new RecordOmbudsmanDecision(OmbudsmanDecision.UPHELD, tue_2026_03_10));
        assertThat(c.state()).isEqualTo(ComplaintState.CLOSED);
        assertThat(c.parts().ombudsman().decision()).isEqualTo(OmbudsmanDecision.UPHELD);
        assertThat(workflow.events)
                .filteredOn(e -> e.type().equals("OmbudsmanReferred"))
                .hasSize(2);
    }

    @Test
    void aDecisionForAComplaintNotWithTheOmbudsmanIsRefused() {
        assertThat(refused(received(), new RecordOmbudsmanDecision(OmbudsmanDecision.NOT_UPHELD, mon_2026_01_12)))
                .contains("referred to the Ombudsman");
    }

    @Test
    void aCallerHoldingAnOldVersionIsToldItIsStaleAndNothingIsWritten() {
        ComplaintId id = received();
        done(OFFICER, id, new AssignRespondents(ComplaintFixtures.respondent(), null));
        CaseResult r = handling.handle(OFFICER, id, 1, new Withdraw("Changed their mind"));
        assertThat(r).isInstanceOf(CaseResult.Stale.class);
        assertThat(complaints.find(id).orElseThrow().state()).isEqualTo(ComplaintState.STAGE1_OPEN);
    }

    @Test
    void theComplainantAsksForStage2ThroughTheirLinkAndIsNamedOnTheTimeline() {
        ComplaintId id = received();
        CaseResult r = workflow.complainant.request(id, "Nobody has replied");
        Complaint c = ((CaseResult.Done) r).complaint();
        assertThat(c.state()).isEqualTo(ComplaintState.STAGE2_INVESTIGATING);
        assertThat(c.parts().stage2().requestedOn()).isEqualTo(fri_2026_03_20);
        assertThat(c.timeline().get(c.timeline().size() - 1).actor()).isEqualTo("complainant (status link)");
        assertThat(workflow.complainant.request(ComplaintId.random(), "x")).isInstanceOf(CaseResult.NotFound.class);
    }

    // Roles

    private static final List<CaseCommand> ONE_OF_EACH = List.of(
            new AssignRespondents(ComplaintFixtures.respondent(), null),
            new MarkRespondentAbsent(true),
            new RecordStage1Response(thu_2026_01_15, "Reply"),
            new ExtendStage1(LocalDate.of(2026, 1, 26), "Complex", mon_2026_01_12),
            new RecordIssueOutcomes(Map.of(IssueCategory.COMMUNICATION, IssueOutcome.UPHELD)),
            new Withdraw("Reason"),
            new CloseNotInvestigated("Reason"),
            new Close(),
            new RequestStage2(mon_2026_01_12, "Reasons", true),
            new RecordStage2Details("I", "P", 1L),
            new RecordStage2Response(mon_2026_02_16),
            new RequestStage3(mon_2026_03_02, "Reasons"),
            new RecordPanel(tue_2026_03_10, List.of("A", "B", "C"), "Recs"),
            new RecordChiefOfficerDecision(fri_2026_03_20, "Decision"),
            new ReferToOmbudsman(mon_2026_01_12),
            new RecordOmbudsmanDecision(OmbudsmanDecision.NOT_UPHELD, fri_2026_03_20),
            new Reopen(fri_2026_03_20, "Reason"),
            new AgreeStage2Statement(mon_2026_02_16),
            new ExtendStage2(tue_2026_03_10, "Four services to interview", mon_2026_03_02));

    private Set<Class<?>> permittedTo(StaffMember who) {
        ComplaintId id = received();
        return Set.copyOf(ONE_OF_EACH.stream()
                .filter(cmd -> !(handling.handle(who, id, 999, cmd) instanceof CaseResult.Forbidden))
                .<Class<?>>map(Object::getClass)
                .toList());
    }

    @Test
    void theComplaintsTeamMayMakeEveryChange() {
        assertThat(permittedTo(OFFICER)).hasSize(ONE_OF_EACH.size());
    }

    @Test
    void aRespondingManagerHandlesStage1OfTheirOwnTeamOnly() {
        assertThat(permittedTo(HUNTINGDON_MANAGER))
                .containsExactlyInAnyOrder(
                        AssignRespondents.class,
                        MarkRespondentAbsent.class,
                        RecordStage1Response.class,
                        ExtendStage1.class,
                        RecordIssueOutcomes.class);
        assertThat(permittedTo(KINSHIP_MANAGER)).isEmpty();
    }

    @Test
    void aDirectorDecidesAtStages2And3AndNothingElse() {
        assertThat(permittedTo(DIRECTOR))
                .containsExactlyInAnyOrder(RecordStage2Response.class, RecordChiefOfficerDecision.class);
    }

    @Test
    void aMemberWithoutARoleSeesAndChangesNothing() {
        ComplaintId id = received();
        assertThat(permittedTo(NOBODY)).isEmpty();
        assertThat(handling.view(NOBODY, id)).isInstanceOf(CaseResult.Forbidden.class);
        assertThat(handling.search(NOBODY, SearchCriteria.everything())).isEmpty();
    }

    @Test
    void anotherTeamsComplaintIsForbiddenToAManagerAndLeftOutOfTheirSearch() {
        ComplaintId huntingdon = received();
        assertThat(handling.view(KINSHIP_MANAGER, huntingdon)).isInstanceOf(CaseResult.Forbidden.class);
        assertThat(handling.view(HUNTINGDON_MANAGER, huntingdon)).isInstanceOf(CaseResult.Done.class);
        assertThat(handling.view(DIRECTOR, huntingdon)).isInstanceOf(CaseResult.Done.class);
        assertThat(handling.search(KINSHIP_MANAGER, SearchCriteria.everything()))
                .isEmpty();
        assertThat(handling.search(
                        KINSHIP_MANAGER, new SearchCriteria(new TeamName("Huntingdon"), null, null, null, null, null)))
                .isEmpty();
        assertThat(handling.search(HUNTINGDON_MANAGER, SearchCriteria.everything()))
                .extracting(Complaint::id)
                .containsExactly(huntingdon);
        assertThat(handling.view(OFFICER, ComplaintId.random())).isInstanceOf(CaseResult.NotFound.class);
    }

    // Search

    @Test
    void searchFindsOverdueComplaintsByStateStageAndReceivedPeriod() {
        ComplaintId overdue = received();
        ComplaintId answered = respondedOnThu15th();
        ComplaintId fresh = received(LocalDate.of(2026, 3, 16));
        ComplaintId closed = received(LocalDate.of(2026, 3, 17));
        done(OFFICER, closed, new Withdraw("No longer needed"));

        assertThat(handling.search(OFFICER, new SearchCriteria(null, null, null, true, null, null)))
                .extracting(Complaint::id)
                .containsExactly(overdue);
        assertThat(handling.search(
                        OFFICER, new SearchCriteria(null, ComplaintState.STAGE1_RESPONDED, null, null, null, null)))
                .extracting(Complaint::id)
                .containsExactly(answered);
        assertThat(handling.search(
                        OFFICER, new SearchCriteria(null, null, ComplaintState.Stage.STAGE_1, false, null, null)))
                .extracting(Complaint::id)
                .containsExactlyInAnyOrder(answered, fresh);
        assertThat(handling.search(
                        OFFICER,
                        new SearchCriteria(
                                null, null, null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30))))
                .extracting(Complaint::id)
                .containsExactly(fresh, closed);
        assertThat(handling.search(OFFICER, new SearchCriteria(null, ComplaintState.WITHDRAWN, null, null, null, null)))
                .extracting(Complaint::id)
                .containsExactly(closed);
    }
}
