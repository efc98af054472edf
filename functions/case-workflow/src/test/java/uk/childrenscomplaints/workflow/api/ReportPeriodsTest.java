package uk.childrenscomplaints.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.FieldError;

class ReportPeriodsTest {

    @Test
    void aFinancialYearRunsFromTheFirstOfAprilToTheThirtyFirstOfMarchWrittenEitherWay() {
        for (String year : new String[] {"2009-10", "2009"}) {
            var read = ReportPeriods.read(null, null, null, year);
            assertThat(read.problems()).isEmpty();
            assertThat(read.period().from()).isEqualTo(LocalDate.of(2009, 4, 1));
            assertThat(read.period().to()).isEqualTo(LocalDate.of(2010, 3, 31));
        }
        assertThat(ReportPeriods.read(null, null, null, "1999-00").period().to())
                .isEqualTo(LocalDate.of(2000, 3, 31));
    }

    @Test
    void theFourthQuarterIsJanuaryToMarchOfTheFollowingCalendarYear() {
        var read = ReportPeriods.read(null, null, "2009-10-q4", null);
        assertThat(read.period().from()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(read.period().to()).isEqualTo(LocalDate.of(2010, 3, 31));
    }

    @Test
    void aOneDayPeriodIsAllowedAndAPeriodEndingBeforeItStartsIsNot() {
        assertThat(ReportPeriods.read("2010-01-04", "2010-01-04", null, null).problems())
                .isEmpty();
        assertThat(ReportPeriods.read("2010-01-05", "2010-01-04", null, null).problems())
                .extracting(FieldError::field)
                .containsExactly("to");
    }

    @Test
    void mismatchedYearHalvesAndImpossibleDatesAreNamed() {
        assertThat(ReportPeriods.read(null, null, null, "2009-11").problems())
                .extracting(FieldError::field)
                .containsExactly("year");
        assertThat(ReportPeriods.read(null, null, "2009-11-Q1", null).problems())
                .extracting(FieldError::field)
                .containsExactly("quarter");
        assertThat(ReportPeriods.read("2010-02-29", "2010-13-01", null, null).problems())
                .extracting(FieldError::field)
                .containsExactly("from", "to");
        assertThat(ReportPeriods.read(null, "2010-03-31", null, null).problems())
                .extracting(FieldError::field)
                .containsExactly("from");
    }
}
