package uk.childrenscomplaints.clock.model;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.clock.model.TimescaleId.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.infrastructure.TimescalePolicyFile;

class TimescalePolicyTest {
    private final TimescalePolicy policy = TimescalePolicyFile.bundledPolicy(EnglandAndWales.CALENDAR);

    private static final LocalDate thu_2009_12_24 = LocalDate.of(2009, 12, 24);

    @Test
    void stage1IsDueTenWorkingDaysAfterReceiptOnChristmasEve2009() {
        assertThat(policy.dueDate(STAGE1_RESPONSE, thu_2009_12_24)).isEqualTo(LocalDate.of(2010, 1, 12));
        assertThat(policy.timescale(STAGE1_RESPONSE).describe()).isEqualTo("10 working days");
    }

    @Test
    void anExtendedStage1IsDueTwentyWorkingDaysAfterReceipt() {
        assertThat(policy.dueDate(STAGE1_EXTENSION, thu_2009_12_24)).isEqualTo(LocalDate.of(2010, 1, 26));
    }

    @Test
    void theStage3PanelMeetsWithin30WorkingDaysOfTheRequest() {
        LocalDate mon_2010_03_01 = LocalDate.of(2010, 3, 1);
        // 30 working days, skipping Good Friday 2 April and Easter Monday 5 April 2010.
        assertThat(policy.dueDate(STAGE3_PANEL, mon_2010_03_01)).isEqualTo(LocalDate.of(2010, 4, 14));
    }

    @Test
    void panelNoticeFallingOnSunday10January2010MovesBackToFriday8January() {
        LocalDate wed_2010_01_20 = LocalDate.of(2010, 1, 20);
        assertThat(policy.dueDate(PANEL_NOTICE, wed_2010_01_20)).isEqualTo(LocalDate.of(2010, 1, 8));
        assertThat(policy.timescale(PANEL_NOTICE).direction()).isEqualTo(Direction.BEFORE);
        assertThat(policy.timescale(PANEL_NOTICE).describe()).isEqualTo("10 days");
    }

    @Test
    void panelPapersGoOutAtLeastFiveDaysBeforeThePanel() {
        LocalDate wed_2010_01_20 = LocalDate.of(2010, 1, 20);
        assertThat(policy.dueDate(PANEL_PAPERS, wed_2010_01_20)).isEqualTo(LocalDate.of(2010, 1, 15));
    }

    @Test
    void theChiefOfficerDecidesWithin28CalendarDaysOfTheRecommendations() {
        LocalDate mon_2010_02_01 = LocalDate.of(2010, 2, 1);
        assertThat(policy.dueDate(CHIEF_OFFICER_DECISION, mon_2010_02_01)).isEqualTo(LocalDate.of(2010, 3, 1));
    }

    @Test
    void aComplaintIsLateTwelveMonthsAfterTheMatterEvenFromALeapDay() {
        LocalDate wed_2012_02_29 = LocalDate.of(2012, 2, 29);
        assertThat(policy.dueDate(LATE_COMPLAINT, wed_2012_02_29)).isEqualTo(LocalDate.of(2013, 2, 28));
        assertThat(policy.timescale(LATE_COMPLAINT).describe()).isEqualTo("12 months");
    }

    @Test
    void everyTimescaleNamesItsSource() {
        for (TimescaleId id : TimescaleId.values()) {
            assertThat(policy.timescale(id).source()).isNotBlank();
        }
        assertThat(policy.version()).isNotBlank();
    }
}
