package uk.childrenscomplaints.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.FieldError;

class JsonFieldsTest {

    private static JsonNode object(Map<String, JsonNode> fields) {
        return JsonNode.createObjectNode(fields);
    }

    @Test
    void anUnknownFieldNamesTheAllowedOnesSortedUnlessTheCallerHasItsOwnWords() {
        JsonNode root = object(Map.of("nmae", JsonNode.createStringNode("x")));

        assertThat(JsonFields.of(root, Set.of("team", "name")).orElseThrow().problems())
                .containsExactly(new FieldError(
                        "nmae",
                        "There is no field called nmae here. Remove it, or correct its name to one "
                                + "of: name, team."));
        assertThat(JsonFields.of(root, Set.of("name"), f -> "No " + f + ".")
                        .orElseThrow()
                        .problems())
                .containsExactly(new FieldError("nmae", "No nmae."));
    }

    @Test
    void notAnObjectIsForTheCallerToAnswer() {
        assertThat(JsonFields.of(JsonNode.createArrayNode(List.of()), Set.of())).isEmpty();
        assertThat(JsonFields.of(null, Set.of())).isEmpty();
    }

    @Test
    void wholeNumbersFitTheirType() {
        Map<String, JsonNode> f = new LinkedHashMap<>();
        f.put("age", JsonNode.createNumberNode(7));
        f.put("big", JsonNode.createNumberNode(3_000_000_000L));
        f.put("half", JsonNode.createNumberNode(new java.math.BigDecimal("7.5")));
        JsonFields fields = JsonFields.of(object(f), f.keySet()).orElseThrow();

        assertThat(fields.integer("age")).isEqualTo(7);
        assertThat(fields.whole("big")).isEqualTo(3_000_000_000L);
        assertThat(fields.integer("big")).isNull();
        assertThat(fields.whole("half")).isNull();
        assertThat(fields.problems()).extracting(FieldError::field).containsExactly("big", "half");
    }

    @Test
    void aListOfOtherThanStringsSaysWhatTheCallerExpects() {
        JsonNode root = object(Map.of("issues", JsonNode.createNumberNode(1)));
        JsonFields fields = JsonFields.of(root, Set.of("issues")).orElseThrow();

        assertThat(fields.texts("issues", "a list of codes, like [\"communication\"]"))
                .isEmpty();
        assertThat(fields.problems())
                .containsExactly(new FieldError("issues", "issues must be a list of codes, like [\"communication\"]"));
    }

    @Test
    void aNumberTooLargeForADoubleIsNotWholeAndATextareasCrlfIsReadAsLf() {
        JsonNode root = object(Map.of(
                "childAge", JsonNode.createNumberNode(Double.POSITIVE_INFINITY),
                "whatHappened", JsonNode.createStringNode("one\r\ntwo")));
        JsonFields fields =
                JsonFields.of(root, Set.of("childAge", "whatHappened")).orElseThrow();

        assertThat(fields.integer("childAge")).isNull();
        assertThat(fields.text("whatHappened")).isEqualTo("one\ntwo");
        assertThat(fields.problems())
                .containsExactly(new FieldError("childAge", "childAge must be a whole number, like 7"));
    }
}
