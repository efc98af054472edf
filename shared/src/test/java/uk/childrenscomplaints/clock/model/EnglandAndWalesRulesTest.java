package uk.childrenscomplaints.clock.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;

/** The rules against every year of GOV.UK's published list, and the cases that make substitution hard. */
class EnglandAndWalesRulesTest {

    @Test
    void theRulesReproduceEveryOrdinaryHolidayOf2008To2028AndMissOnlyTheOneOffDays() {
        BankHolidays published = BankHolidaySource.bundled().load();
        Set<LocalDate> ruled = new TreeSet<>();
        for (int year = 2008; year <= 2028; year++) {
            ruled.addAll(EnglandAndWalesRules.holidaysIn(year));
        }
        Set<LocalDate> onlyPublished = new TreeSet<>(published.dates());
        onlyPublished.removeAll(ruled);
        Set<LocalDate> onlyRuled = new TreeSet<>(ruled);
        onlyRuled.removeAll(published.dates());

        assertThat(onlyPublished)
                .containsExactly(
                        LocalDate.of(2011, 4, 29), // royal wedding
                        LocalDate.of(2012, 6, 4), // spring holiday moved for the Diamond Jubilee
                        LocalDate.of(2012, 6, 5), // Diamond Jubilee
                        LocalDate.of(2020, 5, 8), // early May holiday moved to VE day
                        LocalDate.of(2022, 6, 2), // spring holiday moved for the Platinum Jubilee
                        LocalDate.of(2022, 6, 3), // Platinum Jubilee
                        LocalDate.of(2022, 9, 19), // state funeral of Queen Elizabeth II
                        LocalDate.of(2023, 5, 8)); // coronation of King Charles III
        assertThat(onlyRuled)
                .containsExactly(
                        LocalDate.of(2012, 5, 28), // the last Monday of May, moved that year
                        LocalDate.of(2020, 5, 4), // the first Monday of May, moved that year
                        LocalDate.of(2022, 5, 30)); // the last Monday of May, moved that year
    }

    @Test
    void easterSundayFallsOnTheKnownDates() {
        assertThat(EnglandAndWalesRules.easterSunday(2008)).isEqualTo(LocalDate.of(2008, 3, 23));
        assertThat(EnglandAndWalesRules.easterSunday(2011)).isEqualTo(LocalDate.of(2011, 4, 24));
        assertThat(EnglandAndWalesRules.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(EnglandAndWalesRules.easterSunday(2029)).isEqualTo(LocalDate.of(2029, 4, 1));
        assertThat(EnglandAndWalesRules.easterSunday(2030)).isEqualTo(LocalDate.of(2030, 4, 21));
        assertThat(EnglandAndWalesRules.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(EnglandAndWalesRules.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
    }

    @Test
    void christmasOnASaturdayIn2027GivesMonday27AndTuesday28December() {
        assertThat(EnglandAndWalesRules.holidaysIn(2027))
                .contains(LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28))
                .doesNotContain(LocalDate.of(2027, 12, 25), LocalDate.of(2027, 12, 26));
    }

    @Test
    void christmasOnASaturdayIn2032AlsoGivesMonday27AndTuesday28December() {
        assertThat(EnglandAndWalesRules.holidaysIn(2032))
                .contains(LocalDate.of(2032, 12, 27), LocalDate.of(2032, 12, 28))
                .doesNotContain(LocalDate.of(2032, 12, 25), LocalDate.of(2032, 12, 26));
    }

    @Test
    void christmasOnASundayIn2033GivesBoxingDayMonday26AndTuesday27AsChristmasSubstitute() {
        assertThat(EnglandAndWalesRules.holidaysIn(2033))
                .contains(LocalDate.of(2033, 12, 26), LocalDate.of(2033, 12, 27))
                .doesNotContain(LocalDate.of(2033, 12, 25), LocalDate.of(2033, 12, 28));
    }

    @Test
    void newYearsDayOnASaturdayIn2033MovesToMonday3January() {
        assertThat(EnglandAndWalesRules.holidaysIn(2033)).contains(LocalDate.of(2033, 1, 3));
    }

    @Test
    void year2029HasItsEightHolidaysOnTheExpectedDays() {
        assertThat(EnglandAndWalesRules.holidaysIn(2029))
                .containsExactly(
                        LocalDate.of(2029, 1, 1),
                        LocalDate.of(2029, 3, 30),
                        LocalDate.of(2029, 4, 2),
                        LocalDate.of(2029, 5, 7),
                        LocalDate.of(2029, 5, 28),
                        LocalDate.of(2029, 8, 27),
                        LocalDate.of(2029, 12, 25),
                        LocalDate.of(2029, 12, 26));
    }
}
