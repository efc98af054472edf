package uk.childrenscomplaints.workflow.pages.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.statistics.YearOnYear;

/** The statistics page's bar widths and change in words. */
class StatisticsPageTest {
    @Test
    void barsAreTheirShareOf200PixelsAndAnythingAboveNothingShows() {
        assertThat(StatisticsPage.scaled(5, 12)).isEqualTo(83);
        assertThat(StatisticsPage.scaled(1, 1000)).isEqualTo(1);
        assertThat(StatisticsPage.scaled(0, 12)).isZero();
        assertThat(StatisticsPage.scaled(3, 0)).isZero();
        assertThat(StatisticsPage.scaled(12, 12)).isEqualTo(200);
    }

    @Test
    void theChangeOnLastYearReadsAsTheReportPutsIt() {
        assertThat(StatisticsPage.changeText(YearOnYear.of(140, 52)))
                .isEqualTo("140 against 52: an increase of 88 " + "(169%)");
        assertThat(StatisticsPage.changeText(YearOnYear.of(12, 0))).isEqualTo("12 against 0: an increase of 12");
        assertThat(StatisticsPage.changeText(YearOnYear.of(3, 4))).isEqualTo("3 against 4: a decrease of 1 (25%)");
        assertThat(StatisticsPage.changeText(YearOnYear.of(4, 4))).isEqualTo("4 against 4: no change");
    }
}
