package uk.childrenscomplaints.complaint.application.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.model.ComplaintId;

class StatusLinksTest {
    private static final ComplaintId ID = new ComplaintId("6f1c1c1e-6a0e-4b8e-9b7a-2d7f0c3e9a11");
    private static final Instant THU_2026_12_24 = Instant.parse("2026-12-24T10:15:00Z");
    private static final StatusLinks LINKS = links("a secret of at least thirty-two bytes, for tests", "");

    private static StatusLinks links(String secret, String baseUrl) {
        return new StatusLinks(
                () -> secret.getBytes(StandardCharsets.UTF_8),
                Duration.ofDays(90),
                baseUrl,
                Clock.fixed(THU_2026_12_24, ZoneOffset.UTC),
                new SecureRandom());
    }

    @Test
    void aLinkIsValidForNinetyDaysAndNamesOnlyTheComplaintId() {
        String token = LINKS.issue(ID, THU_2026_12_24);

        StatusLinks.Verdict verdict =
                LINKS.verify(token, THU_2026_12_24.plus(Duration.ofDays(90)).minusSeconds(1));

        assertThat(verdict).isInstanceOf(StatusLinks.Verdict.Valid.class);
        assertThat(((StatusLinks.Verdict.Valid) verdict).complaintId()).isEqualTo(ID);
        String payload = new String(
                Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        assertThat(payload).startsWith("v1|" + ID.value() + "|").hasSizeLessThan(120);
    }

    @Test
    void eachLinkHasItsOwnNonce() {
        var first = (StatusLinks.Verdict.Valid) LINKS.verify(LINKS.issue(ID, THU_2026_12_24), THU_2026_12_24);
        var second = (StatusLinks.Verdict.Valid) LINKS.verify(LINKS.issue(ID, THU_2026_12_24), THU_2026_12_24);

        assertThat(first.nonce()).isNotEqualTo(second.nonce());
    }

    @Test
    void aLinkExpiresNinetyDaysAfterItWasIssued() {
        String token = LINKS.issue(ID, THU_2026_12_24);

        assertThat(LINKS.verify(token, Instant.parse("2027-03-24T10:15:00Z")))
                .isInstanceOf(StatusLinks.Verdict.Expired.class);
    }

    @Test
    void aChangedPayloadIsForged() {
        String token = LINKS.issue(ID, THU_2026_12_24);
        String payload = new String(
                Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        String longer = payload.replaceFirst("\\|(\\d+)\\|", "|9999999999|");
        String tampered =
                Base64.getUrlEncoder().withoutPadding().encodeToString(longer.getBytes(StandardCharsets.UTF_8))
                        + token.substring(token.indexOf('.'));

        assertThat(LINKS.verify(tampered, THU_2026_12_24)).isInstanceOf(StatusLinks.Verdict.Forged.class);
    }

    @Test
    void aChangedSignatureIsForged() {
        String token = LINKS.issue(ID, THU_2026_12_24);
        char last = token.charAt(token.length() - 2);
        String tampered =
                token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

        assertThat(LINKS.verify(tampered, THU_2026_12_24)).isInstanceOf(StatusLinks.Verdict.Forged.class);
    }

    @Test
    void aLinkSignedWithAnotherSecretIsForgedEvenWhenExpired() {
        String token = links("another council's secret, also long enough", "").issue(ID, THU_2026_12_24);

        assertThat(LINKS.verify(token, THU_2026_12_24)).isInstanceOf(StatusLinks.Verdict.Forged.class);
        assertThat(LINKS.verify(token, THU_2026_12_24.plus(Duration.ofDays(400))))
                .isInstanceOf(StatusLinks.Verdict.Forged.class);
    }

    @Test
    void malformedTokensAreForgedAndNeverThrow() {
        for (String bad : new String[] {
            null, "", ".", "abc", "abc.", ".abc", "a.b.c", "%%%.###", "x".repeat(2000), "djF8bm90LWEtdXVpZHwxfG4.AAAA"
        }) {
            assertThat(LINKS.verify(bad, THU_2026_12_24))
                    .as(String.valueOf(bad))
                    .isInstanceOf(StatusLinks.Verdict.Forged.class);
        }
    }

    @Test
    void theEmailLinkIsTheBaseUrlThenTheStatusPathAndNothingWithoutABaseUrl() {
        assertThat(links("s".repeat(32), "https://complaints.council.example/").linkFor(ID))
                .get()
                .asString()
                .startsWith("https://complaints.council.example/complaints/status?t=")
                .doesNotContain(" ")
                .doesNotContain("+")
                .doesNotContain("/complaints/status?t=/");
        assertThat(LINKS.linkFor(ID)).isEmpty();
    }

    @Test
    void theFormKeyBelongsToOneNonce() {
        String key = LINKS.formKey("nonce-1");

        assertThat(LINKS.isFormKey("nonce-1", key)).isTrue();
        assertThat(LINKS.isFormKey("nonce-2", key)).isFalse();
        assertThat(LINKS.isFormKey("nonce-1", null)).isFalse();
        assertThat(links("another secret entirely, long enough", "").isFormKey("nonce-1", key))
                .isFalse();
    }
}
