package uk.childrenscomplaints.clock.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the holidays computed by rule, over four centuries of years. */
class ProvisionalCalendarPropertiesTest {

    @Property
    void everyComputedHolidayIsAWeekday(@ForAll @IntRange(min = 1900, max = 2300) int year) {
        assertThat(EnglandAndWalesRules.holidaysIn(year))
                .allSatisfy(d -> assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Property
    void everyYearHasEightDistinctHolidaysInThatYear(@ForAll @IntRange(min = 1900, max = 2300) int year) {
        assertThat(EnglandAndWalesRules.holidaysIn(year))
                .hasSize(8)
                .allSatisfy(d -> assertThat(d.getYear()).isEqualTo(year));
    }

    @Property
    void easterSundayIsASundayBetween22MarchAnd25April(@ForAll @IntRange(min = 1583, max = 4099) int year) {
        LocalDate easter = EnglandAndWalesRules.easterSunday(year);
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
    }
}
