package uk.childrenscomplaints.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The posted day of a letter and the windows that run from it (decision 040), without storage. */
class LetterPostingTest {
    private static final LocalDate mon_2026_10_19 = LocalDate.of(2026, 10, 19);
    private static final LocalDate mon_2026_11_02 = LocalDate.of(2026, 11, 2);
    private static final LocalDate thu_2026_11_05 = LocalDate.of(2026, 11, 5);
    private static final LocalDate fri_2026_10_30 = LocalDate.of(2026, 10, 30);
    private static final LocalDate mon_2026_11_30 = LocalDate.of(2026, 11, 30);
    private static final LocalDate thu_2026_12_03 = LocalDate.of(2026, 12, 3);
    private static final Change OFFICER = new Change("officer", Instant.parse("2026-11-05T10:00:00Z"));

    private static Complaint respondedOnMon_2026_11_02(String... owed) {
        Complaint c = ComplaintFixtures.statutory(ComplaintId.random(), mon_2026_10_19, mon_2026_11_02);
        c.recordStage1Response(mon_2026_11_02, "Apology", mon_2026_11_30, OFFICER);
        c.owe(List.of(owed));
        return c;
    }

    @Test
    void theStage2WindowStartsOnThu_2026_11_05WhenTheOutcomeLetterOwedByTheResponseWasPostedThen() {
        Complaint c = respondedOnMon_2026_11_02("stage1-outcome-letter@3");

        assertThat(LetterPosting.stage2WindowFrom(c)).contains(mon_2026_11_02);
        assertThat(LetterPosting.awaitsPosting(c, LetterPosting.STAGE1_OUTCOME)).isTrue();
        LetterPosting.record(c, "stage1-outcome-letter@3", thu_2026_11_05, "posted", OFFICER);

        assertThat(LetterPosting.stage2WindowFrom(c)).contains(thu_2026_11_05);
        assertThat(LetterPosting.awaitsPosting(c, LetterPosting.STAGE1_OUTCOME)).isFalse();
        assertThat(c.timeline()).extracting(TimelineEntry::action).endsWith("letter posted");
    }

    @Test
    void aLetterPostedTwiceIsRefusedTheSecondTimeAndKeepsTheFirstDay() {
        Complaint c = respondedOnMon_2026_11_02("stage1-outcome-letter@3");
        LetterPosting.record(c, "stage1-outcome-letter@3", thu_2026_11_05, "posted", OFFICER);

        Decision again = LetterPosting.record(c, "stage1-outcome-letter@3", thu_2026_12_03, "posted", OFFICER);

        assertThat(again).isInstanceOf(Decision.Refused.class);
        assertThat(c.postedLetters().on("stage1-outcome-letter@3")).contains(thu_2026_11_05);
        assertThat(c.timeline())
                .filteredOn(e -> e.action().equals("letter posted"))
                .hasSize(1);
    }

    @Test
    void onlyTheLatestOutcomeLetterCountsSoAnEarlierStage1sPostedLetterMovesNothing() {
        Complaint c = respondedOnMon_2026_11_02("stage1-outcome-letter@3", "stage1-outcome-letter@9");
        LetterPosting.record(c, "stage1-outcome-letter@3", thu_2026_11_05, "posted", OFFICER);

        assertThat(LetterPosting.stage2WindowFrom(c)).contains(mon_2026_11_02);
    }

    @Test
    void aLetterPostedBeforeTheRecordedResponseDateLeavesTheWindowFromTheResponse() {
        Complaint c = respondedOnMon_2026_11_02("stage1-outcome-letter@3");
        LetterPosting.record(c, "stage1-outcome-letter@3", fri_2026_10_30, "posted", OFFICER);

        assertThat(LetterPosting.stage2WindowFrom(c)).contains(mon_2026_11_02);
    }

    @Test
    void theWindowMovesLaterToThu_2026_12_03ButNeverEarlier() {
        Complaint c = respondedOnMon_2026_11_02("stage1-outcome-letter@3");

        LetterPosting.moveStage2Window(c, thu_2026_12_03);
        assertThat(c.parts().stage1().stage2RequestBy()).isEqualTo(thu_2026_12_03);
        LetterPosting.moveStage2Window(c, mon_2026_11_30);
        assertThat(c.parts().stage1().stage2RequestBy()).isEqualTo(thu_2026_12_03);
    }
}
