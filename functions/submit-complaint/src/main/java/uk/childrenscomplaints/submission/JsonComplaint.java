package uk.childrenscomplaints.submission;

import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.NewComplaint;

/**
 * Reads a complaint from an API client's JSON object, field by field, so every mistake is named: a field we do not
 * know (probably a typo that would otherwise be silently dropped), or a value of the wrong type.
 */
public final class JsonComplaint {
    static final List<String> PUBLIC_FIELDS = List.of("complainantName", "email", "phone", "address", "relationship",
            "viaAdvocate", "childName", "childAge", "childGender", "moreThanOneChild", "team", "issues",
            "whatHappened", "desiredOutcome", "matterOccurredOn", "procedure", "consent");
    /** Set by the service for a complaint made online; staff give them through the case-workflow function. */
    static final List<String> SERVICE_SET_FIELDS = List.of("route", "receivedOn");

    private JsonComplaint() {
    }

    /** What was read; {@code problems} holds unknown fields and wrong types, each naming the field. */
    public record Read(NewComplaint complaint, List<FieldError> problems) {
    }

    public static Read read(JsonNode root) {
        List<FieldError> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            return new Read(null, List.of(new FieldError("body", "Send one JSON object, like {\"complainantName\": \"...\"}")));
        }
        Set<String> known = Set.copyOf(PUBLIC_FIELDS);
        for (Map.Entry<String, JsonNode> e : root.entries()) {
            if (!known.contains(e.getKey())) {
                problems.add(new FieldError(e.getKey(), unknownMessage(e.getKey())));
            }
        }
        Reader r = new Reader(root, problems);
        NewComplaint complaint = new NewComplaint(r.text("complainantName"), r.text("email"), r.text("phone"),
                r.text("address"), r.text("relationship"), r.bool("viaAdvocate"), r.text("childName"),
                r.integer("childAge"), r.text("childGender"), r.bool("moreThanOneChild"), r.text("team"),
                r.texts("issues"), r.text("whatHappened"), r.text("desiredOutcome"), r.date("matterOccurredOn"),
                r.text("procedure"), r.bool("consent"), null, null);
        return new Read(complaint, List.copyOf(problems));
    }

    private static String unknownMessage(String field) {
        if (SERVICE_SET_FIELDS.contains(field)) {
            return field + " is set by the service for complaints made online. Remove it from the request.";
        }
        return "There is no field called " + field + ". Remove it, or correct its name to one of: "
                + String.join(", ", PUBLIC_FIELDS) + ".";
    }

    private record Reader(JsonNode root, List<FieldError> problems) {
        private JsonNode present(String name) {
            JsonNode n = root.get(name);
            return n == null || n.isNull() ? null : n;
        }

        String text(String name) {
            JsonNode n = present(name);
            if (n == null) {
                return null;
            }
            if (!n.isString()) {
                problems.add(new FieldError(name, name + " must be a string, in double quotes"));
                return null;
            }
            return n.getStringValue();
        }

        Boolean bool(String name) {
            JsonNode n = present(name);
            if (n == null) {
                return null;
            }
            if (!n.isBoolean()) {
                problems.add(new FieldError(name, name + " must be true or false, without quotes"));
                return null;
            }
            return n.getBooleanValue();
        }

        Integer integer(String name) {
            JsonNode n = present(name);
            if (n == null) {
                return null;
            }
            if (!n.isNumber() || !isWhole(n.getBigDecimalValue())) {
                problems.add(new FieldError(name, name + " must be a whole number, like 7"));
                return null;
            }
            return n.getIntValue();
        }

        List<String> texts(String name) {
            JsonNode n = present(name);
            if (n == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            if (n.isArray()) {
                for (JsonNode v : n.values()) {
                    if (!v.isString()) {
                        problems.add(new FieldError(name, name + " must be a list of codes, like [\"communication\"]"));
                        return List.of();
                    }
                    out.add(v.getStringValue());
                }
                return out;
            }
            problems.add(new FieldError(name, name + " must be a list of codes, like [\"communication\"]"));
            return List.of();
        }

        LocalDate date(String name) {
            String s = text(name);
            if (s == null) {
                return null;
            }
            try {
                return LocalDate.parse(s.trim());
            } catch (DateTimeParseException e) {
                problems.add(new FieldError(name, name + " must be a real date written as YYYY-MM-DD, like 2026-03-27"));
                return null;
            }
        }

        private static boolean isWhole(BigDecimal d) {
            try {
                d.intValueExact();
                return true;
            } catch (ArithmeticException e) {
                return false;
            }
        }
    }
}
