package uk.childrenscomplaints.complaint.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.complaint.model.ComplaintFixtures.STAFF;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.PauseReason;
import uk.childrenscomplaints.complaint.model.StoppingTheClock;

/**
 * Two complaints received Wed 16 Dec 2026, due Mon 4 Jan 2027. One is answered on Mon 4 Jan (10 working days); the
 * other's clock stopped Wed 23 Dec and restarted Mon 4 Jan (5 working days: 24, 29, 30, 31 Dec and 4 Jan), and it is
 * answered on Mon 11 Jan: 15 working days elapsed, 10 net of the stop.
 */
class PausedClockFiguresTest {
    private static final WorkingDayCalendar CALENDAR =
            BankHolidaySource.bundled().calendar();
    private static final LocalDate wed_2026_12_16 = LocalDate.of(2026, 12, 16);
    private static final LocalDate mon_2027_01_04 = LocalDate.of(2027, 1, 4);

    private static Report report() {
        Complaint onTime = ComplaintFixtures.statutory(ComplaintId.random(), wed_2026_12_16, mon_2027_01_04);
        onTime.recordStage1Response(mon_2027_01_04, "Answered", LocalDate.of(2027, 2, 1), STAFF);
        Complaint stopped = ComplaintFixtures.statutory(ComplaintId.random(), wed_2026_12_16, mon_2027_01_04);
        StoppingTheClock.pause(stopped, PauseReason.AWAITING_CONSENT, null, LocalDate.of(2026, 12, 23), STAFF);
        StoppingTheClock.resume(stopped, mon_2027_01_04, STAFF);
        stopped.recordStage1Response(LocalDate.of(2027, 1, 11), "Answered", LocalDate.of(2027, 2, 8), STAFF);
        return new ComplaintStatistics()
                .compute(
                        Period.financialYear(2026),
                        List.of(onTime, stopped),
                        List.of(),
                        Map.of(),
                        List.of(),
                        CALENDAR,
                        LocalDate.of(2027, 1, 29));
    }

    @Test
    void elapsedTimelinessCountsTheStopAndNetTimelinessTakesItsFiveWorkingDaysOff() {
        Report r = report();
        Stage1Timeliness elapsed = r.stage1Timeliness();
        assertThat(elapsed.within10().count()).isEqualTo(1);
        assertThat(elapsed.within11To20().count()).isEqualTo(1);
        assertThat(elapsed.averageWorkingDays()).isEqualByComparingTo(new BigDecimal("12.5"));

        Stage1Timeliness net = r.pausedClocks().stage1TimelinessNetOfPauses();
        assertThat(net.within10().count()).isEqualTo(2);
        assertThat(net.within11To20().count()).isZero();
        assertThat(net.averageWorkingDays()).isEqualByComparingTo(new BigDecimal("10.0"));
    }

    @Test
    void oneOfTheTwoStatutoryComplaintsHadItsClockStopped() {
        Figure paused = report().pausedClocks().complaintsPaused();
        assertThat(paused.count()).isEqualTo(1);
        assertThat(paused.of()).isEqualTo(2L);
    }

    @Test
    void theCsvLabelsTheNetFiguresApartFromTheElapsedOnes() {
        String csv = ReportCsv.write(report());
        assertThat(csv)
                .contains("stage1Timeliness,within11To20,1,2,50")
                .contains("stage1TimelinessNetOfPauses,within10,2,2,100")
                .contains("pausedClocks,complaintsPaused,1,2,50");
    }
}
