package uk.childrenscomplaints.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.FieldError;

class JsonBodiesTest {

    private static JsonNode read(String body) throws IOException {
        return JsonBodies.read(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBodyIsReadIntoTheTreeJsonFieldsReads() throws IOException {
        JsonNode root = read("{\"name\": \"Ann \\\"Nan\\\" Smith\", \"age\": 15, \"big\": 12345678901,"
                + " \"half\": 1.5, \"yes\": true, \"none\": null, \"issues\": [\"decision\", \"delay\"],"
                + " \"nested\": {\"a\": []}}");

        Map<String, JsonNode> expected = new LinkedHashMap<>();
        expected.put("name", JsonNode.createStringNode("Ann \"Nan\" Smith"));
        expected.put("age", JsonNode.createNumberNode(15));
        expected.put("big", JsonNode.createNumberNode(12345678901L));
        expected.put("half", JsonNode.createNumberNode(1.5));
        expected.put("yes", JsonNode.createBooleanNode(true));
        expected.put("none", JsonNode.nullNode());
        expected.put(
                "issues",
                JsonNode.createArrayNode(
                        List.of(JsonNode.createStringNode("decision"), JsonNode.createStringNode("delay"))));
        expected.put("nested", JsonNode.createObjectNode(Map.of("a", JsonNode.createArrayNode(List.of()))));
        assertThat(root).isEqualTo(JsonNode.createObjectNode(expected));
        assertThat(root.get("age").getIntValue()).isEqualTo(15);
        List<String> order = new ArrayList<>();
        root.entries().forEach(e -> order.add(e.getKey()));
        assertThat(order).containsExactly("name", "age", "big", "half", "yes", "none", "issues", "nested");
    }

    @Test
    void aFieldGivenTwiceIsRefusedAndNamed() {
        assertThatThrownBy(() -> read("{\"consent\": false, \"consent\": true}"))
                .isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(StrictJson.duplicateField(e))
                        .contains(new FieldError("consent", "consent is given more than once. Send each field once.")));
        // Nested objects too: the check is the parser's, not a look at the top level.
        assertThatThrownBy(() -> read("{\"a\": {\"b\": 1, \"b\": 2}}")).isInstanceOf(IOException.class);
    }

    @Test
    void anythingAfterTheOneValueIsRefused() {
        assertThatThrownBy(() -> read("{\"a\": 1} {\"a\": 2}")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("{\"a\": 1}]")).isInstanceOf(IOException.class);
    }

    @Test
    void brokenJsonIsRefusedAndNothingIsTakenForADuplicate() {
        for (String broken : List.of("{\"a\":", "{a: 1}", "{'a': 1}", "{\"a\": 1,}", "nul")) {
            assertThatThrownBy(() -> read(broken)).as(broken).isInstanceOf(IOException.class);
            try {
                read(broken);
            } catch (IOException e) {
                assertThat(StrictJson.duplicateField(e)).as(broken).isEmpty();
            }
        }
    }

    @Test
    void anEmptyBodyIsNoValue() throws IOException {
        assertThat(JsonBodies.read(null)).isNull();
        assertThat(JsonBodies.read(new byte[0])).isNull();
        assertThat(read("  \n ")).isNull();
    }

    @Test
    void aProblemListIsWrittenInTheDocumentedShapeWithEveryPartPresent() throws IOException {
        ProblemList problems = ProblemList.of(List.of(
                new FieldError("", "A key of \"\" is not a field </script>"),
                new FieldError("email", "Enter an email address, like name@example.com"),
                new FieldError("team", null)));

        JsonNode written = JsonBodies.read(problems.json());

        JsonNode errors = written.get("errors");
        assertThat(errors.size()).isEqualTo(3);
        assertThat(errors.get(0).get("field").getStringValue()).isEmpty();
        assertThat(errors.get(0).get("message").getStringValue()).isEqualTo("A key of \"\" is not a field </script>");
        assertThat(errors.get(1).get("field").getStringValue()).isEqualTo("email");
        assertThat(errors.get(2).get("message").isNull()).isTrue();
        List<String> keys = new ArrayList<>();
        written.entries().forEach(e -> keys.add(e.getKey()));
        assertThat(keys).containsExactly("errors");
    }

    @Test
    void anAnswerCarriesTheListAsJsonWithItsStatus() throws IOException {
        var answer = ProblemList.badRequest("body", "Send one JSON object");

        assertThat(answer.code()).isEqualTo(400);
        assertThat(answer.getContentType())
                .hasValueSatisfying(t -> assertThat(t.toString()).startsWith("application/json"));
        assertThat(JsonBodies.read((byte[]) answer.body()))
                .isEqualTo(JsonBodies.read(
                        ProblemList.of("body", "Send one JSON object").json()));
        assertThat(ProblemList.busy("").header("Retry-After")).isEqualTo("120");
        assertThat(ProblemList.busy("").code()).isEqualTo(503);
    }
}
