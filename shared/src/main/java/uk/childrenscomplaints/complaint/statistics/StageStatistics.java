package uk.childrenscomplaints.complaint.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintParts;
import uk.childrenscomplaints.complaint.model.OmbudsmanDecision;
import uk.childrenscomplaints.complaint.model.OmbudsmanRecord;
import uk.childrenscomplaints.complaint.model.Stage1Record;
import uk.childrenscomplaints.complaint.model.Stage2Record;

/** The stage, timeliness, cost and Ombudsman figures: statutory-procedure complaints only. */
final class StageStatistics {
    private StageStatistics() {}

    static StageFigures stages(List<Complaint> complaints, LocalDate asOf) {
        List<Complaint> statutory = statutory(complaints);
        long n = statutory.size();
        long stage2 =
                statutory.stream().filter(c -> reachedStage2(c.parts(), asOf)).count();
        long stage3 =
                statutory.stream().filter(c -> reachedStage3(c.parts(), asOf)).count();
        return new StageFigures(n, Figure.of(n - stage2, n), Figure.of(stage2, n), Figure.of(stage3, n));
    }

    /**
     * Working days from receipt (day 0) to the Stage 1 response, so a complaint received on Wednesday 23 December 2009
     * and answered on Friday 8 January 2010 took 9 working days, Christmas and Boxing Day's substitute not counted.
     */
    static Stage1Timeliness timeliness(List<Complaint> complaints, WorkingDayCalendar calendar, LocalDate asOf) {
        return timeliness(complaints, calendar, asOf, (c, respondedOn) -> 0);
    }

    /** Working days a complaint's Stage 1 clock was stopped before its response, taken off its elapsed days. */
    interface StoppedDays {
        int before(Complaint c, LocalDate respondedOn);
    }

    static Stage1Timeliness timeliness(
            List<Complaint> complaints, WorkingDayCalendar calendar, LocalDate asOf, StoppedDays stopped) {
        List<Complaint> statutory = statutory(complaints);
        long n = statutory.size();
        long within10 = 0;
        long within20 = 0;
        long over20 = 0;
        long daysTotal = 0;
        for (Complaint c : statutory) {
            Stage1Record s1 = c.parts().stage1();
            LocalDate respondedOn = s1 == null ? null : s1.respondedOn();
            if (!happenedBy(respondedOn, asOf)) {
                continue;
            }
            int days =
                    calendar.workingDaysBetween(c.intake().receivedOn(), respondedOn) - stopped.before(c, respondedOn);
            daysTotal += days;
            if (days <= 10) {
                within10++;
            } else if (days <= 20) {
                within20++;
            } else {
                over20++;
            }
        }
        long responded = within10 + within20 + over20;
        BigDecimal average = responded == 0
                ? null
                : BigDecimal.valueOf(daysTotal).divide(BigDecimal.valueOf(responded), 1, RoundingMode.HALF_UP);
        return new Stage1Timeliness(
                n,
                Figure.of(within10, n),
                Figure.of(within20, n),
                Figure.of(over20, n),
                Figure.of(n - responded, n),
                average);
    }

    static Stage2Costs costs(List<Complaint> complaints, LocalDate asOf) {
        long costed = 0;
        long total = 0;
        for (Complaint c : statutory(complaints)) {
            Stage2Record s2 = c.parts().stage2();
            if (reachedStage2(c.parts(), asOf) && s2 != null && s2.costPounds() != null) {
                costed++;
                total += s2.costPounds();
            }
        }
        BigDecimal average = costed == 0
                ? null
                : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(costed), 0, RoundingMode.HALF_UP);
        return new Stage2Costs(costed, total, average);
    }

    static OmbudsmanFigures ombudsman(List<Complaint> complaints, LocalDate asOf) {
        var decisions = Breakdowns.zeroed(OmbudsmanDecision.class);
        long referrals = 0;
        long awaiting = 0;
        for (Complaint c : statutory(complaints)) {
            OmbudsmanRecord o = c.parts().ombudsman();
            if (o == null || !happenedBy(o.referredOn(), asOf)) {
                continue;
            }
            referrals++;
            // Imported history may give the decision without its date; the decision itself says it was made.
            if (o.decision() != null && happenedOrUndated(o.decidedOn(), asOf)) {
                decisions.merge(o.decision(), 1L, Long::sum);
            } else {
                awaiting++;
            }
        }
        return new OmbudsmanFigures(referrals, decisions, awaiting);
    }

    static List<Complaint> statutory(List<Complaint> complaints) {
        return complaints.stream()
                .filter(c -> c.intake().procedure().runsStatutoryClock())
                .toList();
    }

    /** A Stage 3 request implies Stage 2 was reached, even for history imported without its Stage 2 record. */
    private static boolean reachedStage2(ComplaintParts parts, LocalDate asOf) {
        return (parts.stage2() != null && happenedOrUndated(parts.stage2().requestedOn(), asOf))
                || reachedStage3(parts, asOf);
    }

    private static boolean reachedStage3(ComplaintParts parts, LocalDate asOf) {
        return parts.stage3() != null && happenedOrUndated(parts.stage3().requestedOn(), asOf);
    }

    private static boolean happenedBy(LocalDate date, LocalDate asOf) {
        return date != null && !date.isAfter(asOf);
    }

    /** Imported history may lack the date a stage began; the record itself says it did. */
    private static boolean happenedOrUndated(LocalDate date, LocalDate asOf) {
        return date == null || !date.isAfter(asOf);
    }
}
