package uk.childrenscomplaints.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormAnswersTest {

    @Test
    void repeatedNamesKeepEveryValueInOrderAndTheFirstIsKeptAsTyped() {
        FormAnswers a = FormAnswers.parse("issues=communication&name=+Alex+&issues=decision&&flag");

        assertThat(a.all("issues")).containsExactly("communication", "decision");
        assertThat(a.first("name")).isEqualTo(" Alex ");
        assertThat(a.text("name")).isEqualTo("Alex");
        assertThat(a.raw("missing")).isEmpty();
        assertThat(a.first("missing")).isNull();
        assertThat(a.first("flag")).isEmpty();
        assertThat(a.values().keySet()).containsExactly("issues", "name", "flag");
    }

    @Test
    void bytesAreReadAsUtf8() {
        assertThat(FormAnswers.parse("name=%C3%89lodie".getBytes(StandardCharsets.UTF_8))
                        .text("name"))
                .isEqualTo("Élodie");
        assertThat(FormAnswers.parse((byte[]) null).values()).isEmpty();
    }

    @Test
    void aBadEscapeIsRefusedForTheCallerToAnswer() {
        assertThatThrownBy(() -> FormAnswers.parse("name=%E")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTextareasCrlfLineBreaksAreReadAsLfAndALoneCrIsKeptForTheFreeTextRuleToRefuse() {
        FormAnswers a = FormAnswers.parse("whatHappened=one%0D%0Atwo%0D%0A&name=a%0Db");

        assertThat(a.raw("whatHappened")).isEqualTo("one\ntwo\n");
        assertThat(a.raw("name")).isEqualTo("a\rb");
    }
}
