package uk.childrenscomplaints.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.model.ComplaintFixtures.STAFF;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StoppingTheClockTest {
    private static final LocalDate mon_2027_02_01 = LocalDate.of(2027, 2, 1);
    private static final LocalDate wed_2027_02_03 = LocalDate.of(2027, 2, 3);
    private static final LocalDate fri_2027_02_05 = LocalDate.of(2027, 2, 5);

    private static Complaint received() {
        return ComplaintFixtures.statutory(ComplaintId.random(), mon_2027_02_01, LocalDate.of(2027, 2, 15));
    }

    private static String refusal(Decision d) {
        assertThat(d).isInstanceOf(Decision.Refused.class);
        return ((Decision.Refused) d).reason();
    }

    @Test
    void aStopIsOneTimelineEntryCarryingItsDateReasonAndStage() {
        Complaint c = received();
        assertThat(StoppingTheClock.pause(c, PauseReason.AWAITING_CONSENT, "Asked the parent", wed_2027_02_03, STAFF)
                        .isAllowed())
                .isTrue();
        TimelineEntry last = c.timeline().get(c.timeline().size() - 1);
        assertThat(last.action()).isEqualTo("clock stopped");
        assertThat(last.clock())
                .isEqualTo(
                        ClockEvent.paused(wed_2027_02_03, PauseReason.AWAITING_CONSENT, ComplaintState.Stage.STAGE_1));
        assertThat(last.detail())
                .contains("Awaiting consent to share information")
                .contains("Asked the parent");
        assertThat(c.state()).isEqualTo(ComplaintState.STAGE1_OPEN);
        assertThat(c.currentPause().orElseThrow().pausedOn()).isEqualTo(wed_2027_02_03);
    }

    @Test
    void aClockAlreadyStoppedCannotStopAgain() {
        Complaint c = received();
        StoppingTheClock.pause(c, PauseReason.AWAITING_CONSENT, null, wed_2027_02_03, STAFF);
        assertThat(refusal(StoppingTheClock.pause(c, PauseReason.AWAITING_ADVOCATE, null, fri_2027_02_05, STAFF)))
                .contains("already stopped, since 2027-02-03");
    }

    @Test
    void aRunningClockCannotRestart() {
        assertThat(refusal(StoppingTheClock.resume(received(), fri_2027_02_05, STAFF)))
                .contains("not stopped");
    }

    @Test
    void theClockCannotRestartBeforeTheDayItStopped() {
        Complaint c = received();
        StoppingTheClock.pause(c, PauseReason.AWAITING_CONSENT, null, fri_2027_02_05, STAFF);
        assertThat(refusal(StoppingTheClock.resume(c, wed_2027_02_03, STAFF)))
                .contains("cannot restart before it stopped, on 2027-02-05");
        assertThat(c.isPaused()).isTrue();
    }

    @Test
    void theClockCannotStopBeforeTheComplaintArrivedOrBeforeItLastRestarted() {
        Complaint c = received();
        assertThat(refusal(StoppingTheClock.pause(
                        c, PauseReason.AWAITING_CONSENT, null, LocalDate.of(2027, 1, 29), STAFF)))
                .contains("before this stage began, on 2027-02-01");
        StoppingTheClock.pause(c, PauseReason.AWAITING_CONSENT, null, wed_2027_02_03, STAFF);
        StoppingTheClock.resume(c, fri_2027_02_05, STAFF);
        assertThat(refusal(StoppingTheClock.pause(c, PauseReason.AWAITING_CONSENT, null, wed_2027_02_03, STAFF)))
                .contains("before it last restarted, on 2027-02-05");
    }

    @Test
    void aStopNeedsAReasonFromTheList() {
        assertThat(refusal(StoppingTheClock.pause(received(), null, "note", wed_2027_02_03, STAFF)))
                .contains("from the list");
    }

    @Test
    void aRespondedStage1HasNoCouncilClockToStop() {
        Complaint c = received();
        c.recordStage1Response(wed_2027_02_03, "Answered", LocalDate.of(2027, 3, 3), STAFF);
        assertThat(refusal(StoppingTheClock.pause(c, PauseReason.AWAITING_CONSENT, null, fri_2027_02_05, STAFF)))
                .contains("Stage 1, 2 or 3 deadline");
    }

    @Test
    void pausesAreReadBackFromTheTimelineAsPairs() {
        Complaint c = received();
        StoppingTheClock.pause(c, PauseReason.AWAITING_CONSENT, null, wed_2027_02_03, STAFF);
        StoppingTheClock.resume(c, fri_2027_02_05, STAFF);
        Complaint restored =
                Complaint.restore(c.id(), c.reference(), 1, c.intake(), c.state(), c.parts(), c.timeline(), null);
        assertThat(restored.clockPauses().all())
                .containsExactly(new ClockPauses.Pause(
                        ComplaintState.Stage.STAGE_1, wed_2027_02_03, PauseReason.AWAITING_CONSENT, fri_2027_02_05));
        assertThat(restored.isPaused()).isFalse();
    }
}
