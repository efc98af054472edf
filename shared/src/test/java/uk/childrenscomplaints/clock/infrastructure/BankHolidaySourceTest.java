package uk.childrenscomplaints.clock.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;

class BankHolidaySourceTest {
    private static final LocalDate thu_2009_12_24 = LocalDate.of(2009, 12, 24);
    private static final LocalDate tue_2010_01_12 = LocalDate.of(2010, 1, 12);

    @TempDir
    Path dir;

    /** GOV.UK format, only 2010, with an invented extra holiday on Tuesday 12 January 2010. */
    private static final String NEWER_2010 = """
            {"england-and-wales": {"division": "england-and-wales", "events": [
              {"title": "New Year's Day", "date": "2010-01-01", "notes": "", "bunting": true},
              {"title": "Extra bank holiday", "date": "2010-01-12", "notes": "Extra bank holiday", "bunting": true},
              {"title": "Good Friday", "date": "2010-04-02", "notes": "", "bunting": false},
              {"title": "Easter Monday", "date": "2010-04-05", "notes": "", "bunting": true},
              {"title": "Early May bank holiday", "date": "2010-05-03", "notes": "", "bunting": true},
              {"title": "Spring bank holiday", "date": "2010-05-31", "notes": "", "bunting": true},
              {"title": "Summer bank holiday", "date": "2010-08-30", "notes": "", "bunting": true},
              {"title": "Christmas Day", "date": "2010-12-27", "notes": "Substitute day", "bunting": true},
              {"title": "Boxing Day", "date": "2010-12-28", "notes": "Substitute day", "bunting": true}
            ]}}
            """;

    @Test
    void theBundledFileCovers2008To2028() {
        WorkingDayCalendar calendar = BankHolidaySource.bundled().calendar();
        assertThat(calendar.holidays().firstCovered()).isEqualTo(LocalDate.of(2008, 1, 1));
        assertThat(calendar.holidays().lastCovered()).isEqualTo(LocalDate.of(2028, 12, 31));
    }

    @Test
    void aNewerFileNamedAtRunTimeAddsAHolidayAndTheStage1DueDateMoves() throws IOException {
        Path newer = Files.writeString(dir.resolve("bank-holidays.json"), NEWER_2010);
        WorkingDayCalendar before = BankHolidaySource.bundled().calendar();
        WorkingDayCalendar after =
                BankHolidaySource.withOverride(newer.toString()).calendar();

        assertThat(before.addWorkingDays(thu_2009_12_24, 10)).isEqualTo(tue_2010_01_12);
        assertThat(after.isWorkingDay(tue_2010_01_12)).isFalse();
        assertThat(after.addWorkingDays(thu_2009_12_24, 10)).isEqualTo(LocalDate.of(2010, 1, 13));
        assertThat(TimescalePolicyFile.bundledPolicy(after).dueDate(TimescaleId.STAGE1_RESPONSE, thu_2009_12_24))
                .isEqualTo(LocalDate.of(2010, 1, 13));
    }

    @Test
    void aNewerFileCoveringFewerYearsKeepsTheBundledYearsOutsideIt() throws IOException {
        Path newer = Files.writeString(dir.resolve("bank-holidays.json"), NEWER_2010);
        WorkingDayCalendar calendar =
                BankHolidaySource.withOverride(newer.toUri().toString()).calendar();
        assertThat(calendar.isWorkingDay(LocalDate.of(2009, 12, 28))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 9, 19))).isFalse();
        assertThat(calendar.covers(LocalDate.of(2028, 12, 31))).isTrue();
    }

    @Test
    void aNewerFileReachingFurtherExtendsTheRange() throws IOException {
        Path newer = Files.writeString(
                dir.resolve("bank-holidays.json"),
                NEWER_2010.replace("\"2010-", "\"2029-").replace("2029-01-12", "2029-01-15"));
        WorkingDayCalendar calendar =
                BankHolidaySource.withOverride(newer.toString()).calendar();
        assertThat(calendar.covers(LocalDate.of(2029, 12, 31))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2029, 1, 15))).isFalse();
    }

    @Test
    void noOverrideMeansTheBundledFile() {
        assertThat(BankHolidaySource.of(Optional.empty()).load())
                .isEqualTo(BankHolidaySource.bundled().load());
        assertThat(BankHolidaySource.of(Optional.of(" ")).load())
                .isEqualTo(BankHolidaySource.bundled().load());
    }

    @Test
    void aMissingOverrideFileIsAClearError() {
        String missing = dir.resolve("nowhere.json").toString();
        assertThatThrownBy(() -> BankHolidaySource.withOverride(missing).load())
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining(missing);
    }

    @Test
    void plainHttpIsRefused() {
        assertThatThrownBy(() -> BankHolidaySource.withOverride("http://example.org/bank-holidays.json")
                        .load())
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("https:");
    }

    @Test
    void aNewerFileLeavingAGapIsRefused() throws IOException {
        Path newer = Files.writeString(dir.resolve("bank-holidays.json"), NEWER_2010.replace("\"2010-", "\"2031-"));
        assertThatThrownBy(
                        () -> BankHolidaySource.withOverride(newer.toString()).load())
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("gap");
    }
}
