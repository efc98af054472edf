package uk.childrenscomplaints.clock.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import uk.childrenscomplaints.clock.model.BankHolidays;
import uk.childrenscomplaints.json.JsonReadException;
import uk.childrenscomplaints.json.JsonTree;

/**
 * Reads the GOV.UK bank-holidays.json format. Only the "england-and-wales" division is read: the
 * regulations cover England, and Scotland and Northern Ireland keep different holidays.
 */
public final class GovUkBankHolidaysFile {
    static final String DIVISION = "england-and-wales";

    private GovUkBankHolidaysFile() {}

    /** @param origin names the file in error messages (a path or URL, never its contents) */
    public static BankHolidays parse(InputStream in, String origin) {
        JsonTree root;
        try {
            root = JsonTree.parse(in);
        } catch (JsonProcessingException e) {
            throw new ReferenceFileException(origin, "not readable as JSON (" + e.getOriginalMessage() + ")", e);
        } catch (JsonReadException e) {
            throw new ReferenceFileException(origin, "not readable as JSON (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ReferenceFileException(origin, "could not be read", e);
        }
        if (!root.isObject()) {
            throw new ReferenceFileException(origin, "expected a JSON object at the top level");
        }
        JsonTree division = root.path(DIVISION);
        if (!division.isObject()) {
            throw new ReferenceFileException(origin, "no \"" + DIVISION + "\" division");
        }
        JsonTree events = division.path("events");
        if (!events.isArray() || events.isEmpty()) {
            throw new ReferenceFileException(origin, "\"" + DIVISION + "\" has no \"events\" list, or it is empty");
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            dates.add(dateOf(events.get(i), i, origin));
        }
        return BankHolidays.of(dates);
    }

    private static LocalDate dateOf(JsonTree event, int index, String origin) {
        JsonTree date = event.path("date");
        if (!date.isTextual()) {
            throw new ReferenceFileException(origin, "event " + index + " has no \"date\" text");
        }
        try {
            return LocalDate.parse(date.asText());
        } catch (DateTimeParseException e) {
            throw new ReferenceFileException(
                    origin, "event " + index + " has date \"" + date.asText() + "\", which is not YYYY-MM-DD", e);
        }
    }
}
