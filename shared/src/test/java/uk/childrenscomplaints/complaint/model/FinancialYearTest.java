package uk.childrenscomplaints.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinancialYearTest {

    @Test
    void theYearStartingIn2026IsWritten2026Dash27AndReadBack() {
        assertThat(FinancialYear.of(2026)).hasToString("2026-27");
        assertThat(FinancialYear.parse("2026-27")).isEqualTo(FinancialYear.of(2026));
        assertThat(FinancialYear.of(1999)).hasToString("1999-00");
        assertThat(FinancialYear.parse(" 1999-00 ")).isEqualTo(FinancialYear.of(1999));
    }

    @Test
    void aSecondYearThatIsNotTheNextIsRefused() {
        assertThatThrownBy(() -> FinancialYear.parse("2026-28"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-27");
        assertThatThrownBy(() -> FinancialYear.parse("2026")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FinancialYear.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FinancialYear.of(26)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theYearRunsFromTheFirstOfAprilToTheThirtyFirstOfMarch() {
        assertThat(FinancialYear.containing(LocalDate.of(2027, 3, 31))).isEqualTo(FinancialYear.of(2026));
        assertThat(FinancialYear.containing(LocalDate.of(2027, 4, 1))).isEqualTo(FinancialYear.of(2027));
        assertThat(FinancialYear.of(2026).firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(FinancialYear.of(2026).lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void aQuarterIsWrittenWithItsYear() {
        assertThat(FinancialYear.of(2009).quarter(1)).hasToString("2009-10 Q1");
        assertThat(FinancialQuarter.parse("2026-27 Q2")).isEqualTo(new FinancialQuarter(2026, 2));
        assertThatThrownBy(() -> FinancialQuarter.parse("2026-28 Q2")).isInstanceOf(IllegalArgumentException.class);
    }
}
