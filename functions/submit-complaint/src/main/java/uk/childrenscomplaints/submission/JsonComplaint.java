package uk.childrenscomplaints.submission;

import io.micronaut.json.tree.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.intake.NewComplaint;
import uk.childrenscomplaints.web.ComplaintFields;
import uk.childrenscomplaints.web.JsonFields;

/**
 * Reads a complaint from an API client's JSON object, field by field, so every mistake is named: a field we do not
 * know (probably a typo that would otherwise be silently dropped), or a value of the wrong type.
 */
public final class JsonComplaint {
    static final List<String> PUBLIC_FIELDS = ComplaintFields.PUBLIC;
    /** Set by the service for a complaint made online; staff give them through the case-workflow function. */
    static final List<String> SERVICE_SET_FIELDS = ComplaintFields.SET_BY_STAFF;

    private JsonComplaint() {}

    /** What was read; {@code problems} holds unknown fields and wrong types, each naming the field. */
    public record Read(NewComplaint complaint, List<FieldError> problems) {}

    public static Read read(JsonNode root) {
        Optional<JsonFields> fields = JsonFields.of(root, Set.copyOf(PUBLIC_FIELDS), JsonComplaint::unknownMessage);
        if (fields.isEmpty()) {
            return new Read(
                    null, List.of(new FieldError("body", "Send one JSON object, like {\"complainantName\": \"...\"}")));
        }
        JsonFields r = fields.get();
        NewComplaint complaint = new NewComplaint(
                r.text("complainantName"),
                r.text("email"),
                r.text("phone"),
                r.text("address"),
                r.text("relationship"),
                r.bool("viaAdvocate"),
                r.text("childName"),
                r.integer("childAge"),
                r.text("childGender"),
                r.bool("moreThanOneChild"),
                r.text("team"),
                r.texts("issues", "a list of codes, like [\"communication\"]"),
                r.text("whatHappened"),
                r.text("desiredOutcome"),
                r.date("matterOccurredOn"),
                r.text("procedure"),
                r.bool("consent"),
                null,
                null);
        return new Read(complaint, r.problems());
    }

    private static String unknownMessage(String field) {
        if (SERVICE_SET_FIELDS.contains(field)) {
            return field + " is set by the service for complaints made online. Remove it from the request.";
        }
        return "There is no field called " + field + ". Remove it, or correct its name to one of: "
                + String.join(", ", PUBLIC_FIELDS) + ".";
    }
}
