package uk.childrenscomplaints.complaint.application.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fingerprint that tells a retry from a different submission under the same key (decision 018). */
class FingerprintTest {
    private static NewComplaint complaint(String name, String email, List<String> issues, String text) {
        return new NewComplaint(
                name,
                email,
                null,
                "",
                "parent_carer",
                false,
                "Sam",
                12,
                "female",
                false,
                "Huntingdon",
                issues,
                text,
                null,
                LocalDate.of(2026, 11, 2),
                "statutory_childrens",
                true,
                null,
                null);
    }

    @Test
    void theSameAnswersWrittenAnotherWayGiveTheSameFingerprint() {
        String first = Fingerprint.of(
                complaint("Alex Parent", "alex@example.test", List.of("communication", "standards"), "Nobody came."));
        String again = Fingerprint.of(complaint(
                " Alex Parent ",
                "ALEX@example.test",
                List.of("standards", "communication", "standards"),
                "Nobody came.\r\n"));

        assertThat(again).isEqualTo(first).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void anyDifferentAnswerGivesADifferentFingerprint() {
        String first = Fingerprint.of(complaint("Alex Parent", "alex@example.test", List.of("communication"), "A"));

        assertThat(List.of(
                        Fingerprint.of(complaint("Alex Parents", "alex@example.test", List.of("communication"), "A")),
                        Fingerprint.of(complaint("Alex Parent", "alex@example.org", List.of("communication"), "A")),
                        Fingerprint.of(complaint("Alex Parent", "alex@example.test", List.of("standards"), "A")),
                        Fingerprint.of(complaint("Alex Parent", "alex@example.test", List.of("communication"), "B"))))
                .doesNotContain(first)
                .doesNotHaveDuplicates();
    }

    @Test
    void fieldsCannotRunTogetherIntoTheSameText() {
        assertThat(Fingerprint.of(complaint("Alex", "a@example.test", List.of(), "B")))
                .isNotEqualTo(Fingerprint.of(complaint("Alex\nemail=1:a", "@example.test", List.of(), "B")));
    }
}
