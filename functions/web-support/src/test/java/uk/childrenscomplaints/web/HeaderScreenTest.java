package uk.childrenscomplaints.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which headers the entry point answers itself, before Micronaut would throw on them (issue 13). */
class HeaderScreenTest {

    private static Map<String, String> headers(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("accept", "application/json");
        headers.put(name, value);
        return headers;
    }

    @Test
    void aControlCharacterOrDelInAValueIsRefusedNamingTheHeader() {
        for (String bad : List.of("a\u0000b", "k\r\nx: y", "\u001B[2J", "a\u007Fb", "\u000B")) {
            assertThat(HeaderScreen.firstBadHeader(headers("user-agent", bad), null))
                    .as(bad)
                    .contains("user-agent");
        }
        assertThat(HeaderScreen.refusal("user-agent"))
                .isEqualTo("{\"errors\":[{\"field\":\"user-agent\",\"message\":\"The user-agent header holds a control "
                        + "character, which no header may hold: send it without\"}]}");
    }

    @Test
    void tabsNonAsciiAndEmptyValuesPassAndSpacesAroundAValueAreDropped() {
        Map<String, String> fine = headers("idempotency-key", " \tk1\tk2 ");
        fine.put("x-name", "\u00e9t\u00e9");
        fine.put("cookie", "");

        assertThat(HeaderScreen.firstBadHeader(fine, List.of("session=abc"))).isEmpty();
        assertThat(HeaderScreen.trimmed(fine)).containsEntry("idempotency-key", "k1\tk2");
    }

    @Test
    void aNameThatIsNotATokenIsRefused() {
        assertThat(HeaderScreen.firstBadHeader(headers("bad name", "x"), null)).contains("headers");
    }

    @Test
    void anUnreadableCredentialIsDroppedSoTheRequestGoesOnSignedOut() {
        Map<String, String> sent = headers("authorization", "Bearer \u0000");
        sent.put("cookie", "__Host-session=\u0007");

        assertThat(HeaderScreen.firstBadHeader(sent, List.of("session=\u0007"))).isEmpty();
        assertThat(HeaderScreen.trimmed(sent)).containsOnlyKeys("accept");
        assertThat(HeaderScreen.readableCookies(List.of("session=\u0007", "other=1")))
                .containsExactly("other=1");
    }
}
