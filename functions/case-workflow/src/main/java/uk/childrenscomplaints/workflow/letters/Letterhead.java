package uk.childrenscomplaints.workflow.letters;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.List;

/**
 * The council's letterhead: its name, postal address, phone and email, from shared's {@code complaints.yml}
 * ({@code COUNCIL_NAME}, {@code COUNCIL_ADDRESS}, {@code COUNCIL_PHONE}, {@code COUNCIL_EMAIL}). Bound here rather than
 * on {@code ComplaintsConfiguration} so that only the function that prints letters reads them (decision 034).
 *
 * @param councilAddress the address's lines separated by commas: {@code Shire Hall, Castle Hill, Cambridge, CB3 0AP}
 */
@ConfigurationProperties("complaints")
public record Letterhead(
        String councilName,
        @Nullable String councilAddress,
        @Nullable String councilPhone,
        @Nullable String councilEmail) {

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
