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
        assertThat(ReportPeriods.read(null, null, null, "2099-00").period().to())
                .isEqualTo(LocalDate.of(2100, 3, 31));
    }

    /** Issue 13, finding 8: {@code year=0000-01} was taken. The records begin on 1 April 2008. */
    @Test
    void aPeriodBeforeTheFinancialYear2008To09IsRefusedNamingItsParameter() {
        assertThat(ReportPeriods.read(null, null, null, "2008-09").problems()).isEmpty();
        for (String year : new String[] {"0000-01", "2007-08", "2007", "1999-00"}) {
            assertThat(ReportPeriods.read(null, null, null, year).problems())
                    .as(year)
                    .extracting(FieldError::field)
                    .containsExactly("year");
        }
        assertThat(ReportPeriods.read(null, null, "2007-08-Q4", null).problems())
                .extracting(FieldError::field)
                .containsExactly("quarter");
        assertThat(ReportPeriods.read("0001-01-01", "2010-01-04", null, null).problems())
                .extracting(FieldError::message)
                .containsExactly("from must be 2008-04-01 or later: check the year");
        assertThat(ReportPeriods.read("2008-04-01", "2009-03-31", null, null).problems())
                .isEmpty();
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
