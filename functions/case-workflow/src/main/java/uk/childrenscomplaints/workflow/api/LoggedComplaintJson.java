package uk.childrenscomplaints.workflow.api;

import io.micronaut.json.tree.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.intake.NewComplaint;
import uk.childrenscomplaints.web.ComplaintFields;
import uk.childrenscomplaints.web.JsonFields;

/**
 * A complaint that came by phone, letter, email or in person, as the complaints team logs it: the public API's
 * fields plus {@code route} and {@code receivedOn}. Field checks beyond shape are the use case's.
 */
final class LoggedComplaintJson {
    static final List<String> FIELDS = ComplaintFields.STAFF;

    private LoggedComplaintJson() {}

    record Read(NewComplaint complaint, List<FieldError> problems) {}

    static Read read(JsonNode root) {
        Set<String> allowed = new LinkedHashSet<>(FIELDS);
        Optional<JsonFields> maybe = JsonFields.of(root, allowed);
        if (maybe.isEmpty()) {
            return new Read(
                    null,
                    List.of(new FieldError(
                            "body",
                            "Send one JSON object, like {\"complainantName\": \"...\", \"route\": \"phone\"}")));
        }
        JsonFields r = maybe.get();
        Long age = r.whole("childAge");
        if (age != null && (age < 0 || age > 200)) {
            r.problem("childAge", "childAge must be a whole number of years, like 7");
            age = null;
        }
        NewComplaint complaint = new NewComplaint(
                r.text("complainantName"),
                r.text("email"),
                r.text("phone"),
                r.text("address"),
                r.text("relationship"),
                r.bool("viaAdvocate"),
                r.text("childName"),
                age == null ? null : age.intValue(),
                r.text("childGender"),
                r.bool("moreThanOneChild"),
                r.text("team"),
                r.texts("issues"),
                r.text("whatHappened"),
                r.text("desiredOutcome"),
                r.date("matterOccurredOn"),
                r.text("procedure"),
                r.bool("consent"),
                r.text("route"),
                r.date("receivedOn"));
        return new Read(complaint, r.problems());
    }
}
