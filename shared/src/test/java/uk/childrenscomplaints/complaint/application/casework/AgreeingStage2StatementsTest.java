package uk.childrenscomplaints.complaint.application.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.application.Workflow.DIRECTOR;
import static uk.childrenscomplaints.complaint.application.Workflow.HUNTINGDON_MANAGER;
import static uk.childrenscomplaints.complaint.application.Workflow.OFFICER;
import static uk.childrenscomplaints.complaint.application.Workflow.POLICY;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.InMemoryComplaints;
import uk.childrenscomplaints.complaint.application.Workflow;
import uk.childrenscomplaints.complaint.application.casework.CaseCommand.*;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.PauseReason;
import uk.childrenscomplaints.complaint.model.RunningClock;
import uk.childrenscomplaints.complaint.model.RunningDeadlines;

/**
 * Issue 14: Stage 2's 25 working days (at most 65) count from the day the complainant agreed the written complaint
 * statement, and the investigation can be extended to 65 working days. Stage 2 requested Mon 7 Dec 2026, statement
 * agreed Mon 14 Dec 2026; England and Wales holidays Fri 25 Dec, Mon 28 Dec 2026 and Fri 1 Jan 2027.
 */
class AgreeingStage2StatementsTest {
    private static final LocalDate mon_2026_11_30 = LocalDate.of(2026, 11, 30);
    private static final LocalDate fri_2026_12_04 = LocalDate.of(2026, 12, 4);
    private static final LocalDate mon_2026_12_07 = LocalDate.of(2026, 12, 7);
    private static final LocalDate mon_2026_12_14 = LocalDate.of(2026, 12, 14);
    private static final LocalDate wed_2026_12_16 = LocalDate.of(2026, 12, 16);
    // 25 working days after Mon 7 Dec 2026 (the provisional date): Thu 14 Jan 2027.
    private static final LocalDate thu_2027_01_14 = LocalDate.of(2027, 1, 14);
    // 25 working days after Mon 14 Dec 2026, skipping 25 and 28 Dec and 1 Jan: Thu 21 Jan 2027.
    private static final LocalDate thu_2027_01_21 = LocalDate.of(2027, 1, 21);
    // 65 working days after Mon 7 Dec 2026: Thu 11 Mar 2027.
    private static final LocalDate thu_2027_03_11 = LocalDate.of(2027, 3, 11);
    // 65 working days after Mon 14 Dec 2026: Thu 18 Mar 2027; the 66th is Fri 19 Mar 2027.
    private static final LocalDate thu_2027_03_18 = LocalDate.of(2027, 3, 18);
    private static final LocalDate fri_2027_03_19 = LocalDate.of(2027, 3, 19);

    private final InMemoryComplaints complaints = new InMemoryComplaints();
    /** Everything is recorded on Wed 16 Dec 2026 unless a test says otherwise. */
    private final Workflow onThe16th = on(wed_2026_12_16);

    private Workflow on(LocalDate day) {
        return new Workflow(complaints, Clock.fixed(Instant.parse(day + "T10:00:00Z"), ZoneOffset.UTC));
    }

    private ComplaintId stage2RequestedOn7December() {
        Complaint c = ComplaintFixtures.statutory(
                ComplaintId.random(), mon_2026_11_30, POLICY.dueDate(TimescaleId.STAGE1_RESPONSE, mon_2026_11_30));
        complaints.add(c);
        done(onThe16th, c.id(), new RequestStage2(mon_2026_12_07, "A serious matter", true));
        return c.id();
    }

    /** Worked out afresh: the in-memory store keeps no cached running dates. */
    private static RunningClock running(Complaint c) {
        return new RunningDeadlines(POLICY).of(c);
    }

    private CaseResult as(Workflow w, StaffMember who, ComplaintId id, CaseCommand command) {
        return w.handling.handle(who, id, complaints.find(id).orElseThrow().version(), command);
    }

    private Complaint done(Workflow w, ComplaintId id, CaseCommand command) {
        CaseResult result = as(w, OFFICER, id, command);
        assertThat(result).as("%s", command).isInstanceOf(CaseResult.Done.class);
        return ((CaseResult.Done) result).complaint();
    }

    private String refused(Workflow w, ComplaintId id, CaseCommand command) {
        CaseResult result = as(w, OFFICER, id, command);
        assertThat(result).as("%s", command).isInstanceOf(CaseResult.Refused.class);
        return ((CaseResult.Refused) result).reason();
    }

    @Test
    void untilAStatementIsAgreedStage2IsAwaitingOneAndDueProvisionallyTwentyFiveWorkingDaysAfterTheRequest() {
        Complaint c = complaints.find(stage2RequestedOn7December()).orElseThrow();
        assertThat(c.isAwaitingAgreedStatement()).isTrue();
        assertThat(running(c).stage2DueOn()).isEqualTo(thu_2027_01_14);
        assertThat(running(c).stage2LimitOn()).isEqualTo(thu_2027_03_11);
    }

    @Test
    void aStatementAgreedOnMonday14DecemberMakesStage2DueOnThursday21JanuaryAcrossChristmas() {
        ComplaintId id = stage2RequestedOn7December();
        Complaint c = done(onThe16th, id, new AgreeStage2Statement(mon_2026_12_14));
        assertThat(c.isAwaitingAgreedStatement()).isFalse();
        assertThat(c.parts().stage2().statementAgreedOn()).isEqualTo(mon_2026_12_14);
        assertThat(c.parts().stage2().dueOn()).isEqualTo(thu_2027_01_21);
        assertThat(c.parts().stage2().limitOn()).isEqualTo(thu_2027_03_18);
        assertThat(running(c).stage2DueOn()).isEqualTo(thu_2027_01_21);
        assertThat(c.dueOn(wed_2026_12_16)).contains(thu_2027_01_21);
        assertThat(c.timeline().get(c.timeline().size() - 1).action()).isEqualTo("stage 2 statement agreed");
    }

    @Test
    void aStatementCannotBeAgreedBeforeTheRequestInTheFutureOrTwice() {
        ComplaintId id = stage2RequestedOn7December();
        assertThat(refused(onThe16th, id, new AgreeStage2Statement(fri_2026_12_04)))
                .contains("before Stage 2 was requested, 2026-12-07");
        CaseResult future = as(onThe16th, OFFICER, id, new AgreeStage2Statement(LocalDate.of(2026, 12, 17)));
        assertThat(future).isInstanceOf(CaseResult.Invalid.class);
        assertThat(((CaseResult.Invalid) future).errors())
                .containsExactly(new FieldError("agreedOn", "The date cannot be in the future"));
        done(onThe16th, id, new AgreeStage2Statement(mon_2026_12_14));
        assertThat(refused(onThe16th, id, new AgreeStage2Statement(wed_2026_12_16)))
                .contains("already agreed on 2026-12-14");
        assertThat(complaints.find(id).orElseThrow().parts().stage2().statementAgreedOn())
                .isEqualTo(mon_2026_12_14);
    }

    @Test
    void onlyTheComplaintsTeamAgreesTheStatementOrExtendsStage2() {
        ComplaintId id = stage2RequestedOn7December();
        assertThat(as(onThe16th, HUNTINGDON_MANAGER, id, new AgreeStage2Statement(mon_2026_12_14)))
                .isInstanceOf(CaseResult.Forbidden.class);
        assertThat(as(onThe16th, DIRECTOR, id, new ExtendStage2(thu_2027_03_11, "Complex", wed_2026_12_16)))
                .isInstanceOf(CaseResult.Forbidden.class);
    }

    @Test
    void anExtensionTo66WorkingDaysFromTheAgreedStatementIsRefusedAndTo65Accepted() {
        ComplaintId id = stage2RequestedOn7December();
        done(onThe16th, id, new AgreeStage2Statement(mon_2026_12_14));
        assertThat(refused(onThe16th, id, new ExtendStage2(fri_2027_03_19, "Four services", wed_2026_12_16)))
                .contains("2027-03-18 at the latest");
        Complaint c = done(onThe16th, id, new ExtendStage2(thu_2027_03_18, "Four services", wed_2026_12_16));
        assertThat(c.parts().stage2().extendedTo()).isEqualTo(thu_2027_03_18);
        assertThat(c.parts().stage2().extensionReason()).isEqualTo("Four services");
        assertThat(c.parts().stage2().complainantToldOfExtensionOn()).isEqualTo(wed_2026_12_16);
        assertThat(running(c).stage2DueOn()).isEqualTo(thu_2027_03_18);
    }

    @Test
    void beforeAStatementIsAgreedTheExtensionLimitCountsFromTheRequest() {
        ComplaintId id = stage2RequestedOn7December();
        assertThat(refused(onThe16th, id, new ExtendStage2(LocalDate.of(2027, 3, 12), "Complex", wed_2026_12_16)))
                .contains("2027-03-11 at the latest");
        assertThat(done(onThe16th, id, new ExtendStage2(thu_2027_03_11, "Complex", wed_2026_12_16))
                        .parts()
                        .stage2()
                        .effectiveDueOn())
                .isEqualTo(thu_2027_03_11);
    }

    @Test
    void anExtensionMustMoveTheDueDateOnHaveAReasonAndATellingDateNotInTheFuture() {
        ComplaintId id = stage2RequestedOn7December();
        done(onThe16th, id, new AgreeStage2Statement(mon_2026_12_14));
        assertThat(refused(onThe16th, id, new ExtendStage2(thu_2027_01_21, "Complex", wed_2026_12_16)))
                .contains("after the current due date, 2027-01-21");
        CaseResult noReason = as(onThe16th, OFFICER, id, new ExtendStage2(thu_2027_03_18, " ", wed_2026_12_16));
        assertThat(((CaseResult.Invalid) noReason).errors())
                .extracting(FieldError::field)
                .containsExactly("reason");
        CaseResult toldTomorrow =
                as(onThe16th, OFFICER, id, new ExtendStage2(thu_2027_03_18, "Complex", LocalDate.of(2026, 12, 17)));
        assertThat(((CaseResult.Invalid) toldTomorrow).errors())
                .extracting(FieldError::field)
                .containsExactly("complainantToldOn");
        assertThat(complaints.find(id).orElseThrow().parts().stage2().extendedTo())
                .isNull();
    }

    @Test
    void aStopAfterTheAgreedStatementStillMovesTheStage2DueDateByItsWorkingDays() {
        ComplaintId id = stage2RequestedOn7December();
        done(onThe16th, id, new AgreeStage2Statement(mon_2026_12_14));
        Workflow onThe11th = on(LocalDate.of(2027, 1, 11));
        done(onThe11th, id, new PauseClock(PauseReason.AWAITING_CONSENT, null, LocalDate.of(2027, 1, 4)));
        // Stopped Mon 4 Jan, restarted Mon 11 Jan 2027: five working days (5 to 11 Jan) come out of the clock.
        Complaint c = done(onThe11th, id, new ResumeClock(LocalDate.of(2027, 1, 11)));
        assertThat(running(c).stage2DueOn()).isEqualTo(LocalDate.of(2027, 1, 28));
        assertThat(running(c).stage2LimitOn()).isEqualTo(LocalDate.of(2027, 3, 25));
    }
}
