package uk.childrenscomplaints.complaint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One rule for every address the service stores or sends to (issue 13, finding 5). */
class EmailAddressTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "name@example.com",
                "pat.manager@council.gov.uk",
                "first.o'neil+complaints@sub.council-example.org.uk",
                "  spaced@example.com  ",
                "UPPER@EXAMPLE.COM"
            })
    void oneMailboxAtADomainWithADotIsAnAddress(String text) {
        assertThat(EmailAddress.parse(text))
                .hasValueSatisfying(a -> assertThat(a.value()).isEqualTo(text.strip()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a@b",
                "pat@council.example\r\nBcc: everyone@council.example",
                "pat@council.example\n",
                "\r\npat@council.example",
                "pat@council.example\tx",
                "pat@council.example\u0000",
                "pat@council.example, lee@council.example",
                "pat@council.example;lee@council.example",
                "pat manager@council.example",
                "Pat Manager <pat@council.example>",
                "<pat@council.example>",
                "\"pat\"@council.example",
                "pat@@council.example",
                "pat@lee@council.example",
                "@council.example",
                "pat@",
                "pat",
                "",
                "   ",
                "pat@.council.example",
                "pat@council..example",
                "pat@council.example.",
                "pat@-council.example",
                "pat.@council.example",
                ".pat@council.example",
                "p..at@council.example",
                "pät@council.example",
                "pat@council.123"
            })
    void anythingAHeaderCouldReadAsMoreThanOneMailboxIsRefused(String text) {
        assertThat(EmailAddress.parse(text)).isEmpty();
        assertThatThrownBy(() -> EmailAddress.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(text.isBlank() ? "\u0001" : text);
    }

    @org.junit.jupiter.api.Test
    void nullIsNoAddressAndTheLimitIs254Characters() {
        assertThat(EmailAddress.parse(null)).isEmpty();
        String domain = "@" + "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + ".example.com";
        String longest = "x".repeat(254 - domain.length()) + domain;
        assertThat(longest).hasSize(254);
        assertThat(EmailAddress.parse(longest)).isPresent();
        assertThat(EmailAddress.parse("x" + longest)).isEmpty();
    }
}
