package uk.childrenscomplaints.clock.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.model.BankHolidays;

class GovUkBankHolidaysFileTest {

    private static BankHolidays parse(String json) {
        return GovUkBankHolidaysFile.parse(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    void readsTheEnglandAndWalesDivisionAndCoversWholeYears() {
        BankHolidays holidays = parse("""
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "Good Friday", "date": "2010-04-02", "notes": "", "bunting": false}]},
                 "scotland": {"division": "scotland", "events": [
                  {"title": "2nd January", "date": "2010-01-04", "notes": "", "bunting": true}]}}
                """);
        assertThat(holidays.dates()).containsExactly(LocalDate.of(2010, 4, 2));
        assertThat(holidays.firstCovered()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(holidays.lastCovered()).isEqualTo(LocalDate.of(2010, 12, 31));
    }

    @Test
    void aFileWithoutTheEnglandAndWalesDivisionIsRefused() {
        assertThatThrownBy(() -> parse("{\"scotland\": {\"events\": []}}"))
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("test.json")
                .hasMessageContaining("england-and-wales");
    }

    @Test
    void anImpossibleDateIsRefusedNamingTheEvent() {
        assertThatThrownBy(() -> parse("""
                {"england-and-wales": {"events": [
                  {"title": "ok", "date": "2010-04-02"}, {"title": "bad", "date": "2010-13-01"}]}}
                """))
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("event 1")
                .hasMessageContaining("2010-13-01");
    }

    @Test
    void anEmptyEventListIsRefused() {
        assertThatThrownBy(() -> parse("{\"england-and-wales\": {\"events\": []}}"))
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("events");
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> parse("<html>"))
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageContaining("not readable as JSON");
    }
}
