package uk.childrenscomplaints.complaint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.ports.ComplaintReceived;
import uk.childrenscomplaints.complaint.application.ports.DomainEvent;
import uk.childrenscomplaints.complaint.application.ports.OmbudsmanReferred;
import uk.childrenscomplaints.complaint.application.ports.Stage2EntitlementFlagged;
import uk.childrenscomplaints.complaint.application.ports.StageEscalated;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintFixtures;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.json.JsonText;
import uk.childrenscomplaints.json.JsonTree;

/**
 * SES template data and EventBridge details are written by jackson-core alone (decision 038): byte for byte what
 * Jackson databind's ObjectMapper wrote for the same values, so templates, rules and the archive's consumers see no
 * change.
 */
class JsonShapesTest {
    private static final ObjectMapper DATABIND = new ObjectMapper();

    /** Every character class a name or free text can hold: quotes, markup, controls, accents, a surrogate pair. */
    private static final String AWKWARD = "O'Brien & <Sons> \"quoted\" </script> back\\slash / tab\t line\nbreak"
            + " bell\u0007 nul\u0000 café – ünïcödé \u2028 😀 ";

    @Test
    void templateDataIsWrittenAsDatabindWroteItEscapedCopiesAndListsIncluded() throws Exception {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("name", AWKWARD);
        data.put("reference", "CSC-2026-27-0001");
        data.put("dueOn", "Friday 11 December 2026");
        data.put("empty", "");
        Map<String, List<Map<String, String>>> lists =
                Map.of("complaints", List.of(Map.of("reference", "CSC-2026-27-0002", "child", AWKWARD)));

        Map<String, Object> templateData = HtmlTemplateData.of(data, lists);

        assertThat(JsonText.of(templateData)).isEqualTo(DATABIND.writeValueAsString(templateData));
        assertThat(JsonTree.parse(JsonText.of(templateData))
                        .path("html")
                        .path("name")
                        .asText())
                .isEqualTo(HtmlTemplateData.escape(AWKWARD));
    }

    @Test
    void eachDomainEventsDetailIsWrittenAsDatabindWroteIt() throws Exception {
        Complaint complaint = ComplaintFixtures.statutory(
                new ComplaintId("00000000-0000-4000-8000-000000000038"),
                LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 14));
        List<DomainEvent> events = List.of(
                new ComplaintReceived(complaint),
                new Stage2EntitlementFlagged(complaint),
                new StageEscalated(complaint, ComplaintState.Stage.STAGE_1, ComplaintState.Stage.STAGE_2),
                new OmbudsmanReferred(complaint));

        for (DomainEvent event : events) {
            assertThat(JsonText.of(event.detail()))
                    .as(event.type())
                    .isEqualTo(DATABIND.writeValueAsString(event.detail()));
        }
        assertThat(JsonText.of(new ComplaintReceived(complaint).detail()))
                .contains("\"complaintId\":\"00000000-0000-4000-8000-000000000038\"")
                .contains("\"receivedOn\":\"2026-11-30\"")
                .contains("\"lateMatter\":false");
    }

    @Test
    void numbersNullsAndNestedListsAreWrittenAsDatabindWroteThem() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("count", 3);
        value.put("big", 12_345_678_901L);
        value.put("ratio", 0.25);
        value.put("nothing", null);
        value.put("nested", List.of(List.of(1, 2), Map.of("a", true)));

        assertThat(JsonText.of(value)).isEqualTo(DATABIND.writeValueAsString(value));
    }

    @Test
    void aValueWithNoJsonFormIsRefusedNamingOnlyItsType() {
        assertThatThrownBy(() -> JsonText.of(Map.of("when", LocalDate.of(2026, 11, 30))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.time.LocalDate")
                .hasMessageNotContaining("2026");
    }
}
