package uk.childrenscomplaints.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The read-only view the adapters pick SES's events and the bank-holiday file apart with (decision 038). */
class JsonTreeTest {

    @Test
    void aPathThroughAbsentOrOtherTypedFieldsReadsAsMissingAndNeverThrows() {
        JsonTree event = JsonTree.parse("{\"detail\":{\"mail\":{\"tags\":{\"send\":[\"n_abc\"]}},\"n\":7}}");

        assertThat(event.path("detail")
                        .path("mail")
                        .path("tags")
                        .path("send")
                        .get(0)
                        .asText())
                .isEqualTo("n_abc");
        assertThat(event.path("detail").path("n").asText()).isEqualTo("7");
        assertThat(event.path("detail").path("n").isInt()).isTrue();
        assertThat(event.path("nope").path("deeper").get(3).isMissing()).isTrue();
        assertThat(event.path("nope").asText("fallback")).isEqualTo("fallback");
        assertThat(event.path("detail")
                        .path("mail")
                        .path("tags")
                        .path("send")
                        .get(1)
                        .isMissing())
                .isTrue();
        assertThat(event.path("detail").path("mail").isObject()).isTrue();
        assertThat(event.fieldNames()).containsExactly("detail");
    }

    @Test
    void theMapsAndListsTheLambdaRuntimeReadAreLookedIntoAsTheyAre() {
        JsonTree event = JsonTree.of(Map.of("source", "aws.ses", "detail", Map.of("recipients", List.of("a", "b"))));

        assertThat(event.path("source").asText()).isEqualTo("aws.ses");
        assertThat(event.path("detail").path("recipients").size()).isEqualTo(2);
        assertThat(event.path("detail").path("recipients"))
                .extracting(JsonTree::asText)
                .containsExactly("a", "b");
        assertThat(JsonTree.of(null).isObject()).isFalse();
    }

    @Test
    void aFieldGivenTwiceOrTextAfterTheValueIsRefused() {
        assertThatThrownBy(() ->
                        JsonTree.parse(new ByteArrayInputStream("{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("Duplicate field 'a'");
        assertThatThrownBy(() -> JsonTree.parse(new ByteArrayInputStream("{} {}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(JsonReadException.class);
        assertThatThrownBy(() -> JsonTree.parse(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(JsonReadException.class);
    }
}
