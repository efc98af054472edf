package uk.childrenscomplaints.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.model.TimescaleId;

/** A changed calendar moves one stored date and keeps everything else the complaint records. */
class DueDateMoveTest {
    private static final LocalDate MON_2026_11_30 = LocalDate.of(2026, 11, 30);
    private static final LocalDate FRI_2027_01_15 = LocalDate.of(2027, 1, 15);
    private static final LocalDate MON_2027_01_18 = LocalDate.of(2027, 1, 18);
    private static final LocalDate TUE_2027_01_12 = LocalDate.of(2027, 1, 12);

    @Test
    void movingThePanelByDateKeepsTheDateThePanelIsBookedFor() {
        Stage3Record booked = new Stage3Record(
                        MON_2026_11_30, FRI_2027_01_15, null, List.of(), null, null, null, "Disagrees")
                .bookedFor(TUE_2027_01_12);
        ComplaintParts parts = ComplaintParts.empty().withStage3(booked);

        ComplaintParts moved = new DueDateMove(
                        TimescaleId.STAGE3_PANEL, FRI_2027_01_15, MON_2027_01_18, "a new holiday")
                .applyTo(parts);

        assertThat(moved.stage3().panelBy()).isEqualTo(MON_2027_01_18);
        assertThat(moved.stage3().panelBookedFor()).isEqualTo(TUE_2027_01_12);
        assertThat(moved.stage3().reasons()).isEqualTo("Disagrees");
    }

    @Test
    void movingTheStage1DateKeepsTheExtensionAndTheReopening() {
        Stage1Record reopened = Stage1Record.reopened(MON_2026_11_30, LocalDate.of(2026, 12, 14))
                .extendedTo(FRI_2027_01_15, "Complex", MON_2026_11_30);
        ComplaintParts parts = ComplaintParts.empty().withStage1(reopened);

        ComplaintParts moved = new DueDateMove(
                        TimescaleId.STAGE1_RESPONSE, LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 15), "x")
                .applyTo(parts);

        assertThat(moved.stage1().dueOn()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(moved.stage1().extendedTo()).isEqualTo(FRI_2027_01_15);
        assertThat(moved.stage1().reopenedOn()).isEqualTo(MON_2026_11_30);
    }
}
