package uk.childrenscomplaints.workflow.letters;

import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.List;

/**
 * The council's letterhead: its name, postal address, phone and email, and the advocacy service the letters name, from the council's profile (decision 032) by
 * way of {@link LetterRenderer}: only the function that prints letters builds one (decision 034).
 *
 * @param councilAddress the address's lines separated by commas: {@code Town Hall, High Street, Anytown, AB1 2CD}
 */
public record Letterhead(
        String councilName,
        @Nullable String councilAddress,
        @Nullable String councilPhone,
        @Nullable String councilEmail,
        String advocacyName,
        String advocacyPhone,
        String advocacyUrl) {

    public List<String> addressLines() {
        return lines(councilAddress);
    }

    /** A postal address typed on one line or several: each part on its own line, blanks dropped. */
    static List<String> lines(String address) {
        return address == null
                ? List.of()
                : Arrays.stream(address.split("[,\\n]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
