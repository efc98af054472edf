package uk.childrenscomplaints.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.model.ComplaintFixtures.STAFF;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;
import uk.childrenscomplaints.clock.infrastructure.TimescalePolicyFile;

/**
 * {@link Complaint#dueOn}: the one date the dashboard, the list and the API show, per state. A complaint received Mon
 * 4 Jan 2027 (Stage 1 due Mon 18 Jan), answered, escalated to Stage 2 and Stage 3 on dates chosen below.
 */
class NextDueOnTest {
    private static final RunningDeadlines RUNNING = new RunningDeadlines(
            TimescalePolicyFile.bundledPolicy(BankHolidaySource.bundled().calendar()));
    private static final LocalDate mon_2027_01_04 = LocalDate.of(2027, 1, 4);
    private static final LocalDate mon_2027_01_18 = LocalDate.of(2027, 1, 18);

    private static Complaint received() {
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), mon_2027_01_04, mon_2027_01_18);
        c.refreshRunningClock(RUNNING);
        return c;
    }

    private static LocalDate due(Complaint c, LocalDate today) {
        c.refreshRunningClock(RUNNING);
        return c.dueOn(today).orElse(null);
    }

    /** Stage 1 answered Fri 8 Jan, Stage 2 asked Mon 11 Jan, answered Mon 1 Feb, Stage 3 asked Mon 8 Feb 2027. */
    private static Complaint atStage3() {
        Complaint c = received();
        c.recordStage1Response(LocalDate.of(2027, 1, 8), "Answer", LocalDate.of(2027, 2, 5), STAFF);
        LaterStages.requestStage2(
                c,
                LocalDate.of(2027, 1, 11),
                "Not satisfied",
                false,
                new LaterStages.Stage2Clock(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 4, 14)),
                STAFF);
        LaterStages.recordStage2Response(c, LocalDate.of(2027, 2, 1), STAFF);
        LaterStages.requestStage3(
                c, LocalDate.of(2027, 2, 8), "Disagree", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 22), STAFF);
        return c;
    }

    @Test
    void atStage1ItIsTheRunningDueDateAndNothingWhileTheClockIsStopped() {
        Complaint c = received();
        assertThat(due(c, mon_2027_01_04)).isEqualTo(mon_2027_01_18);
        StoppingTheClock.pause(c, PauseReason.AWAITING_ADVOCATE, null, mon_2027_01_04, STAFF);
        assertThat(due(c, mon_2027_01_04)).isNull();
        StoppingTheClock.resume(c, LocalDate.of(2027, 1, 6), STAFF);
        // Two working days stopped (5 and 6 Jan): Wed 20 Jan.
        assertThat(due(c, LocalDate.of(2027, 1, 6))).isEqualTo(LocalDate.of(2027, 1, 20));
    }

    @Test
    void afterTheStage1AnswerNoCouncilDateRunsAndAtStage2ItIsTheStage2DueDate() {
        Complaint c = received();
        c.recordStage1Response(LocalDate.of(2027, 1, 8), "Answer", LocalDate.of(2027, 2, 5), STAFF);
        assertThat(due(c, LocalDate.of(2027, 1, 8))).isNull();
        LaterStages.requestStage2(
                c,
                LocalDate.of(2027, 1, 11),
                "Not satisfied",
                false,
                new LaterStages.Stage2Clock(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 4, 14)),
                STAFF);
        assertThat(due(c, LocalDate.of(2027, 1, 11))).isEqualTo(LocalDate.of(2027, 2, 15));
    }

    @Test
    void atStage3BeforeBookingItCountsBackFromTheLatestPanelDayOntoAWorkingDay() {
        Complaint c = atStage3();
        // Panel by Mon 22 Mar 2027: notice ten days before is Fri 12 Mar, papers five days before is Wed 17 Mar.
        assertThat(due(c, LocalDate.of(2027, 2, 8))).isEqualTo(LocalDate.of(2027, 3, 12));
        assertThat(due(c, LocalDate.of(2027, 3, 15))).isEqualTo(LocalDate.of(2027, 3, 17));
        assertThat(due(c, LocalDate.of(2027, 3, 18))).isEqualTo(LocalDate.of(2027, 3, 22));
    }

    @Test
    void aPanelBookedForWed17MarHasItsNoticeDueFri5MarNotSun7Mar() {
        Complaint c = atStage3();
        // Booked for Wed 17 Mar 2027: ten days before is Sun 7 Mar, so the notice is due Fri 5 Mar.
        assertThat(LaterStages.bookPanel(c, LocalDate.of(2027, 3, 17), STAFF).isAllowed())
                .isTrue();
        assertThat(due(c, LocalDate.of(2027, 2, 9))).isEqualTo(LocalDate.of(2027, 3, 5));
        // Papers five days before Wed 17 Mar: Fri 12 Mar.
        assertThat(due(c, LocalDate.of(2027, 3, 8))).isEqualTo(LocalDate.of(2027, 3, 12));
    }

    @Test
    void afterThePanelTheReportIsDueThenTheCouncilsResponseFromTheReportsArrival() {
        Complaint c = atStage3();
        LaterStages.recordPanel(c, LocalDate.of(2027, 3, 17), List.of("A", "B", "C"), "Apologise", STAFF);
        // Five working days after Wed 17 Mar: Wed 24 Mar, not the panel notice date.
        assertThat(due(c, LocalDate.of(2027, 3, 18))).isEqualTo(LocalDate.of(2027, 3, 24));
        assertThat(LaterStages.recordPanelReport(c, LocalDate.of(2027, 3, 25), STAFF)
                        .isAllowed())
                .isTrue();
        // Fifteen working days after Thu 25 Mar, skipping Good Friday 26 Mar and Easter Monday 29 Mar: Mon 19 Apr.
        assertThat(due(c, LocalDate.of(2027, 3, 25))).isEqualTo(LocalDate.of(2027, 4, 19));
        LaterStages.recordChiefOfficerDecision(c, LocalDate.of(2027, 4, 12), "Accepted", STAFF);
        assertThat(due(c, LocalDate.of(2027, 4, 12))).isNull();
    }

    @Test
    void theReportCannotArriveBeforeThePanelMetOrTwice() {
        Complaint c = atStage3();
        LaterStages.recordPanel(c, LocalDate.of(2027, 3, 17), List.of("A", "B", "C"), "Apologise", STAFF);
        Decision early = LaterStages.recordPanelReport(c, LocalDate.of(2027, 3, 16), STAFF);
        assertThat(((Decision.Refused) early).reason()).contains("before the panel met, on 2027-03-17");
        LaterStages.recordPanelReport(c, LocalDate.of(2027, 3, 18), STAFF);
        Decision twice = LaterStages.recordPanelReport(c, LocalDate.of(2027, 3, 19), STAFF);
        assertThat(((Decision.Refused) twice).reason()).contains("already recorded as received on 2027-03-18");
    }

    @Test
    void aStage3ComplaintStoredBeforeTheCacheShowsItsPanelDayAndKeepsTheOlderIndexEstimate() {
        Complaint c = atStage3();
        Complaint stored =
                Complaint.restore(c.id(), c.reference(), 5, c.intake(), c.state(), c.parts(), c.timeline(), null);
        assertThat(stored.dueOn(LocalDate.of(2027, 2, 9))).contains(LocalDate.of(2027, 3, 22));
        // The index keeps the estimate it had (ten days before the latest panel day) until a change fills the cache.
        assertThat(stored.nextDeadline()).contains(LocalDate.of(2027, 3, 12));
    }
}
