package uk.childrenscomplaints.clock.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.clock.model.BankHolidays;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.clock.model.Timescales;

/**
 * The calendars compiled into Java at build time (decision 038) say exactly what the bundled files say: every division
 * with every date in the file's order, and every timescale field by field. A file edited without a rebuild, or a
 * generator that drops or changes anything, fails here.
 */
class BundledReferenceDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode file(String resource) throws IOException {
        try (InputStream in = BundledReferenceDataTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        }
    }

    @Test
    void everyDivisionAndEveryDateOfTheBankHolidayFileIsCompiledInTheFilesOrder() throws IOException {
        Map<String, List<LocalDate>> inFile = new LinkedHashMap<>();
        JsonNode root = file(BankHolidaySource.BUNDLED);
        root.fieldNames().forEachRemaining(division -> {
            List<LocalDate> dates = new ArrayList<>();
            root.get(division)
                    .get("events")
                    .forEach(e -> dates.add(LocalDate.parse(e.get("date").asText())));
            inFile.put(division, dates);
        });

        assertThat(inFile).isNotEmpty();
        assertThat(BundledBankHolidays.DIVISIONS.keySet()).containsExactlyInAnyOrderElementsOf(inFile.keySet());
        inFile.forEach((division, dates) -> assertThat(BundledBankHolidays.DIVISIONS.get(division))
                .as(division)
                .containsExactlyElementsOf(dates));
        assertThat(inFile.get("england-and-wales"))
                .contains(LocalDate.of(2009, 12, 25), LocalDate.of(2022, 9, 19), LocalDate.of(2028, 12, 26));
    }

    @Test
    void theBundledCalendarIsWhatParsingTheFileGives() throws IOException {
        BankHolidays parsed;
        try (InputStream in = getClass().getResourceAsStream(BankHolidaySource.BUNDLED)) {
            parsed = GovUkBankHolidaysFile.parse(in, "bundled file");
        }

        BankHolidays compiled = BankHolidaySource.bundled().load();

        assertThat(compiled).isEqualTo(parsed);
        assertThat(compiled.firstCovered()).isEqualTo(LocalDate.of(2008, 1, 1));
        assertThat(compiled.lastCovered()).isEqualTo(LocalDate.of(2028, 12, 31));
    }

    @Test
    void everyTimescaleIsCompiledFieldByFieldAsTheFileGivesIt() throws IOException {
        Timescales parsed;
        try (InputStream in = getClass().getResourceAsStream(TimescalePolicyFile.BUNDLED)) {
            parsed = TimescalePolicyFile.parse(in, "bundled file");
        }
        JsonNode file = file(TimescalePolicyFile.BUNDLED);

        Timescales compiled = TimescalePolicyFile.bundled();

        assertThat(compiled.version()).isEqualTo(file.get("version").asText());
        assertThat(BundledTimescales.TIMESCALES).hasSize(file.get("timescales").size());
        for (TimescaleId id : TimescaleId.values()) {
            assertThat(compiled.get(id)).as(id.name()).isEqualTo(parsed.get(id));
        }
        assertThat(compiled).isEqualTo(parsed);
        for (JsonNode t : file.get("timescales")) {
            var timescale = compiled.get(TimescaleId.valueOf(t.get("id").asText()));
            assertThat(timescale.amount())
                    .as(t.toString())
                    .isEqualTo(t.get("amount").asInt());
            assertThat(timescale.unit().code()).isEqualTo(t.get("unit").asText());
            assertThat(timescale.direction().code())
                    .isEqualTo(t.get("direction").asText());
            assertThat(timescale.countsFrom()).isEqualTo(t.get("counts_from").asText());
            assertThat(timescale.source()).isEqualTo(t.get("source").asText());
        }
    }
}
