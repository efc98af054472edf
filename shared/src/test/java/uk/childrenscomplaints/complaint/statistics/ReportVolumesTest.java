package uk.childrenscomplaints.complaint.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.childrenscomplaints.complaint.statistics.StatisticsComplaint.CALENDAR_2009_2010;
import static uk.childrenscomplaints.complaint.statistics.StatisticsComplaint.received;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.Outcome;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.TeamName;

/** The report's own headline numbers, an empty period, and the periods themselves. */
class ReportVolumesTest {
    private final ComplaintStatistics statistics = new ComplaintStatistics();

    /** {@code count} complaints spread over the financial year starting in April of {@code year}, one a day or so. */
    private static List<Complaint> spreadOver(int year, int count, List<String> keys) {
        List<Complaint> complaints = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            complaints.add(received(LocalDate.of(year, 4, 1).plusDays((i * 2L) % 365))
                    .procedure(Procedure.CORPORATE)
                    .from(Relationship.PARENT_CARER, keys.get(i))
                    .build());
        }
        return complaints;
    }

    @Test
    void theReportsOwn140Against52IsARiseOf169PercentWith28ComplaintsFrom12People() {
        // 8 people complained twice and 4 three times: 16 + 12 = 28 complaints from 12 people. The other 112 are from
        // people once each, 10 of them with no key (two with no key are never the same person).
        List<String> keys = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            keys.add("twice-" + p);
            keys.add("twice-" + p);
        }
        for (int p = 0; p < 4; p++) {
            keys.add("thrice-" + p);
            keys.add("thrice-" + p);
            keys.add("thrice-" + p);
        }
        for (int p = 0; p < 112; p++) {
            keys.add(p < 10 ? null : "once-" + p);
        }
        List<Complaint> thisYear = spreadOver(2009, 140, keys);
        List<Complaint> lastYear = spreadOver(2008, 52, java.util.Collections.nCopies(52, null));

        Report r = statistics.compute(
                Period.financialYear(2009),
                thisYear,
                lastYear,
                Map.of(),
                List.of(),
                CALENDAR_2009_2010,
                LocalDate.of(2010, 4, 30));

        // (140 - 52) / 52 = 88 / 52 = 169.23% -> 169%.
        assertThat(r.changeOnYearEarlier()).isEqualTo(new YearOnYear(140, 52, 88, 169));
        // 28 / 140 = 20%, the report's "20% lodged by 'multiple' complainants".
        assertThat(r.repeatComplainants()).isEqualTo(new RepeatComplainants(12, new Figure(28, 140L, 20)));
        // None is statutory: no stage or timeliness figure counts them.
        assertThat(r.stages().statutoryComplaints()).isZero();
        assertThat(r.stage1Timeliness().notResponded()).isEqualTo(new Figure(0, 0L, null));
    }

    @Test
    void aFallIsNegativeAndRoundsAwayFromZeroAtTheHalf() {
        // 39 against 52: -13/52 = -25%. 1 against 8: -7/8 = -87.5% -> -88%.
        assertThat(YearOnYear.of(39, 52)).isEqualTo(new YearOnYear(39, 52, -13, -25));
        assertThat(YearOnYear.of(1, 8).percentChange()).isEqualTo(-88);
        assertThat(YearOnYear.of(3, 0).percentChange()).isNull();
    }

    @Test
    void aPeriodWithNoComplaintsHasZeroCountsAndNoPercentages() {
        Period q1 = Period.quarter(new FinancialQuarter(2010, 1));
        Report r = statistics.compute(
                q1,
                List.of(),
                List.of(),
                Map.of(new TeamName("ECF"), 70),
                List.of(),
                CALENDAR_2009_2010,
                LocalDate.of(2010, 7, 1));

        assertThat(r.totalReceived()).isEqualTo(Figure.count(0));
        assertThat(r.changeOnYearEarlier()).isEqualTo(new YearOnYear(0, 0, 0, null));
        assertThat(r.shareOfOpenCases()).isEqualTo(new Figure(0, 70L, 0));
        assertThat(r.byOutcome())
                .containsEntry(Outcome.UPHELD, new Figure(0, 0L, null))
                .hasSize(7);
        assertThat(r.byTeam())
                .containsExactly(
                        new TeamFigures(new TeamName("ECF"), new Figure(0, 0L, null), 70, new Figure(0, 70L, 0)));
        assertThat(r.stages())
                .isEqualTo(
                        new StageFigures(0, new Figure(0, 0L, null), new Figure(0, 0L, null), new Figure(0, 0L, null)));
        assertThat(r.stage1Timeliness().averageWorkingDays()).isNull();
        assertThat(r.stage2Costs()).isEqualTo(new Stage2Costs(0, 0, null));
        assertThat(r.ombudsman().referrals()).isZero();
        assertThat(r.repeatComplainants()).isEqualTo(new RepeatComplainants(0, new Figure(0, 0L, null)));
        assertThat(r.complimentsTotal()).isZero();
    }

    @Test
    void periodsRunFromAprilAndCompareWithTheSameDaysAYearEarlier() {
        assertThat(Period.financialYear(2009))
                .isEqualTo(new Period(LocalDate.of(2009, 4, 1), LocalDate.of(2010, 3, 31)));
        assertThat(Period.quarter(new FinancialQuarter(2009, 4)))
                .isEqualTo(new Period(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 3, 31)));
        assertThat(Period.quarter(new FinancialQuarter(2009, 3)).sameTimeYearEarlier())
                .isEqualTo(new Period(LocalDate.of(2008, 10, 1), LocalDate.of(2008, 12, 31)));
        // The leap day has no twin: 1 to 29 February 2012 is compared with 1 to 28 February 2011.
        assertThat(Period.custom(LocalDate.of(2012, 2, 1), LocalDate.of(2012, 2, 29))
                        .sameTimeYearEarlier())
                .isEqualTo(new Period(LocalDate.of(2011, 2, 1), LocalDate.of(2011, 2, 28)));
        assertThatThrownBy(() -> Period.custom(LocalDate.of(2010, 3, 31), LocalDate.of(2010, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFigureKeepsItsExactFractionBesideTheRoundedPercent() {
        Figure f = Figure.of(1, 8);
        // 12.5% -> 13% half-up; the fraction stays 0.125.
        assertThat(f.percent()).isEqualTo(13);
        assertThat(f.fraction(3)).isEqualByComparingTo("0.125");
        assertThat(Figure.count(5).fraction(3)).isNull();
    }
}
