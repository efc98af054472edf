package uk.childrenscomplaints.complaint.statistics;

import java.time.LocalDate;
import java.util.List;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;
import uk.childrenscomplaints.complaint.model.ClockPauses;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintState;

/**
 * Stopped clocks in a period (decision 021): Stage 1 timeliness net of the working days the clock was stopped, beside
 * the elapsed figures in {@link Report#stage1Timeliness}, and how many statutory complaints had their clock stopped. A
 * stop dated after {@code asOf} has not happened yet; one still running at the response counts up to the response.
 *
 * @param stage1TimelinessNetOfPauses working days from receipt to the Stage 1 response, less the days stopped
 * @param complaintsPaused statutory complaints whose clock was stopped at least once, as a share of statutory complaints
 */
public record PausedClockFigures(Stage1Timeliness stage1TimelinessNetOfPauses, Figure complaintsPaused) {

    static PausedClockFigures of(List<Complaint> complaints, WorkingDayCalendar calendar, LocalDate asOf) {
        List<Complaint> statutory = StageStatistics.statutory(complaints);
        long paused = statutory.stream()
                .filter(c -> c.clockPauses().all().stream()
                        .anyMatch(p -> !p.pausedOn().isAfter(asOf)))
                .count();
        Stage1Timeliness net = StageStatistics.timeliness(
                complaints, calendar, asOf, (c, respondedOn) -> stage1DaysStopped(c, calendar, respondedOn));
        return new PausedClockFigures(net, Figure.of(paused, statutory.size()));
    }

    /** Working days of Stage 1 stops before the response: d with pausedOn &lt; d &lt;= min(resumedOn, respondedOn). */
    private static int stage1DaysStopped(Complaint c, WorkingDayCalendar calendar, LocalDate respondedOn) {
        int days = 0;
        for (ClockPauses.Pause p : c.clockPauses().all()) {
            if (p.stage() != ComplaintState.Stage.STAGE_1 || !p.pausedOn().isBefore(respondedOn)) {
                continue;
            }
            LocalDate end = p.resumedOn() == null || p.resumedOn().isAfter(respondedOn) ? respondedOn : p.resumedOn();
            days += calendar.workingDaysBetween(p.pausedOn(), end);
        }
        return days;
    }
}
