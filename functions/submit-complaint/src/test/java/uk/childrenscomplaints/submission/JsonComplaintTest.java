package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.FieldError;

class JsonComplaintTest {

    private static JsonNode object(Map<String, JsonNode> fields) {
        return JsonNode.createObjectNode(fields);
    }

    @Test
    void eachFieldIsReadWithItsType() {
        Map<String, JsonNode> f = new LinkedHashMap<>();
        f.put("complainantName", JsonNode.createStringNode("Alex"));
        f.put("viaAdvocate", JsonNode.createBooleanNode(false));
        f.put("childAge", JsonNode.createNumberNode(7));
        f.put("issues", JsonNode.createArrayNode(List.of(JsonNode.createStringNode("communication"))));
        f.put("matterOccurredOn", JsonNode.createStringNode("2026-11-03"));
        f.put("team", JsonNode.nullNode());

        var read = JsonComplaint.read(object(f));

        assertThat(read.problems()).isEmpty();
        assertThat(read.complaint().complainantName()).isEqualTo("Alex");
        assertThat(read.complaint().viaAdvocate()).isFalse();
        assertThat(read.complaint().childAge()).isEqualTo(7);
        assertThat(read.complaint().issues()).containsExactly("communication");
        assertThat(read.complaint().matterOccurredOn()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(read.complaint().team()).isNull();
    }

    @Test
    void anUnknownFieldIsNamedWithHowToFixIt() {
        var read = JsonComplaint.read(object(Map.of("complainantNmae", JsonNode.createStringNode("Alex"))));

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("complainantNmae");
            assertThat(p.message())
                    .contains("There is no field called complainantNmae")
                    .contains("complainantName");
        });
    }

    @Test
    void theRouteAndDateReceivedAreSetByTheServiceForAComplaintMadeOnline() {
        Map<String, JsonNode> f = Map.of(
                "route", JsonNode.createStringNode("letter"), "receivedOn", JsonNode.createStringNode("2026-12-24"));

        var read = JsonComplaint.read(object(f));
        assertThat(read.problems()).extracting(FieldError::field).containsExactlyInAnyOrder("route", "receivedOn");
        assertThat(read.problems()).allSatisfy(p -> assertThat(p.message()).contains("set by the service"));
    }

    @Test
    void wrongTypesAreNamedFieldByField() {
        Map<String, JsonNode> f = new LinkedHashMap<>();
        f.put("viaAdvocate", JsonNode.createStringNode("yes"));
        f.put("childAge", JsonNode.createNumberNode(7.5));
        f.put("issues", JsonNode.createStringNode("communication"));
        f.put("matterOccurredOn", JsonNode.createStringNode("24/12/2026"));
        f.put("email", JsonNode.createNumberNode(1));

        var read = JsonComplaint.read(object(f));

        assertThat(read.problems())
                .extracting(FieldError::field)
                .containsExactly("email", "viaAdvocate", "childAge", "issues", "matterOccurredOn");
    }

    @Test
    void somethingOtherThanAnObjectIsRefused() {
        assertThat(JsonComplaint.read(JsonNode.createArrayNode(List.of())).problems())
                .extracting(FieldError::field)
                .containsExactly("body");
    }
}
