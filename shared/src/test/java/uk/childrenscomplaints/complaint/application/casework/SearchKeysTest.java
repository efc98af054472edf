package uk.childrenscomplaints.complaint.application.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.intake.PersonKeys;

class SearchKeysTest {

    @Test
    void anEmailKeyIgnoresCaseAndSpacesAndIsThePersonKeyTheReportCountsBy() {
        assertThat(SearchKeys.email(" Jane.Smith@Example.test "))
                .isEqualTo(SearchKeys.email("jane.smith@example.test"));
        assertThat(SearchKeys.email("jane.smith@example.test"))
                .isEqualTo(PersonKeys.of("jane.smith@example.test", null))
                .isEqualTo(PersonKeys.ofImportedId("Jane.Smith@example.test"));
        assertThat(SearchKeys.email("jane.smith@example.test")).doesNotContain("jane", "smith", "example");
    }

    @Test
    void aUkNumberWrittenThreeWaysIsOneKeyAndNotTheEmailNamespace() {
        assertThat(SearchKeys.phone("+44 7700 900982"))
                .isEqualTo(SearchKeys.phone("07700-900982"))
                .isEqualTo(SearchKeys.phone("(07700) 900982"))
                .isEqualTo(PersonKeys.of(null, "07700 900982"))
                .isNotEqualTo(SearchKeys.phone("07700 900983"));
        assertThat(SearchKeys.phone(" - ")).isNull();
    }

    @Test
    void theNameKeyIsTheLastWordWithAccentsApostrophesAndCaseIgnored() {
        assertThat(SearchKeys.familyName("Siân O’Brien"))
                .isEqualTo(SearchKeys.familyName("OBRIEN"))
                .isEqualTo(SearchKeys.familyName("john o'brien."));
        assertThat(SearchKeys.familyName("Ann Smith-Jones")).isEqualTo(SearchKeys.familyName("Jones"));
        assertThat(SearchKeys.familyName(" ' ")).isNull();
    }

    @Test
    void aNameMatchesWhenEveryWordSearchedIsInItInAnyOrder() {
        assertThat(SearchKeys.nameMatches("smith jane", "Jane Smith")).isTrue();
        assertThat(SearchKeys.nameMatches("Sian Smith", "Siân Smith")).isTrue();
        assertThat(SearchKeys.nameMatches("John Smith", "Jane Smith")).isFalse();
        assertThat(SearchKeys.nameMatches("Smi", "Jane Smith")).isFalse();
    }
}
