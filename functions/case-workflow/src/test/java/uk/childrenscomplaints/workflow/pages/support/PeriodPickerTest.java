package uk.childrenscomplaints.workflow.pages.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.statistics.Period;

/** The statistics and compliments pages' period picker. */
class PeriodPickerTest {
    private static final LocalDate MON_2027_01_04 = LocalDate.of(2027, 1, 4);

    @Test
    void nothingChosenIsTheFinancialYearSoFar() {
        PeriodPicker.Choice c = PeriodPicker.choose(Map.of(), MON_2027_01_04);
        assertThat(c.period()).isEqualTo(Period.custom(LocalDate.of(2026, 4, 1), MON_2027_01_04));
        assertThat(c.errors()).isEmpty();
    }

    @Test
    void the29thOfFebruaryIsARealDateOnlyInALeapYear() {
        assertThat(PeriodPicker.choose(
                                Map.of("from-day", "29", "from-month", "2", "from-year", "2012", "to", "2012-03-31"),
                                MON_2027_01_04)
                        .period())
                .isEqualTo(Period.custom(LocalDate.of(2012, 2, 29), LocalDate.of(2012, 3, 31)));
        assertThat(PeriodPicker.choose(
                                Map.of("from-day", "29", "from-month", "2", "from-year", "2010", "to", "2010-03-31"),
                                MON_2027_01_04)
                        .errors())
                .extracting(e -> e.field() + ": " + e.message())
                .containsExactly("from-day: The start date must be a real date, like 1 4 2009");
    }

    @Test
    void quickPicksAreTheLastFourQuartersAndTwoFinancialYears() {
        assertThat(PeriodPicker.quickPicks(MON_2027_01_04, "/p", null))
                .extracting(p -> p.get("label") + " " + p.get("href"))
                .containsExactly(
                        "Quarter 3 of 2026 to 2027 /p?from=2026-10-01&to=2026-12-31",
                        "Quarter 2 of 2026 to 2027 /p?from=2026-07-01&to=2026-09-30",
                        "Quarter 1 of 2026 to 2027 /p?from=2026-04-01&to=2026-06-30",
                        "Quarter 4 of 2025 to 2026 /p?from=2026-01-01&to=2026-03-31",
                        "Financial year 2025 to 2026 /p?from=2025-04-01&to=2026-03-31",
                        "Financial year 2024 to 2025 /p?from=2024-04-01&to=2025-03-31");
    }

    /** Issue 13, finding 8: no council figures go back before the financial year 2008-09. */
    @Test
    void aPeriodStartingBefore1April2008IsRefusedNamingTheStartYear() {
        PeriodPicker.Choice early = PeriodPicker.choose(
                Map.of(
                        "from-day",
                        "31",
                        "from-month",
                        "3",
                        "from-year",
                        "2008",
                        "to-day",
                        "1",
                        "to-month",
                        "4",
                        "to-year",
                        "2009"),
                MON_2027_01_04);
        assertThat(early.period()).isNull();
        assertThat(early.errors())
                .containsExactly(
                        new FieldError("from-year", "The start date must be 1 April 2008 or later: check the year"));
        PeriodPicker.Choice first = PeriodPicker.choose(
                Map.of(
                        "from-day",
                        "1",
                        "from-month",
                        "4",
                        "from-year",
                        "2008",
                        "to-day",
                        "31",
                        "to-month",
                        "3",
                        "to-year",
                        "2009"),
                MON_2027_01_04);
        assertThat(first.errors()).isEmpty();
    }
}
