package uk.childrenscomplaints.workflow;

import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.model.Coded;

/**
 * Reads one JSON object field by field so that every mistake is named: a field nobody reads (a typo that would
 * otherwise be dropped), a value of the wrong type, an impossible date. Messages never quote the value.
 */
final class JsonFields {
    private final JsonNode root;
    private final List<FieldError> problems = new ArrayList<>();
    private final String prefix;

    private JsonFields(JsonNode root, String prefix) {
        this.root = root;
        this.prefix = prefix;
    }

    /** Empty when the body is not one object; the caller answers with {@link #notAnObject()}. */
    static Optional<JsonFields> of(JsonNode root, Set<String> allowed) {
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        JsonFields fields = new JsonFields(root, "");
        fields.refuseOthers(allowed);
        return Optional.of(fields);
    }

    static FieldError notAnObject() {
        return new FieldError("body", "Send one JSON object, like {\"expectedVersion\": 3}");
    }

    private void refuseOthers(Set<String> allowed) {
        for (Map.Entry<String, JsonNode> e : root.entries()) {
            if (!allowed.contains(e.getKey())) {
                // The field name is what the client typed; it goes back to them, never to a log.
                problems.add(new FieldError(prefix + e.getKey(), "There is no field called " + e.getKey()
                        + " here. Remove it, or correct its name to one of: " + String.join(", ",
                        allowed.stream().sorted().toList()) + "."));
            }
        }
    }

    List<FieldError> problems() {
        return List.copyOf(problems);
    }

    void problem(String field, String message) {
        problems.add(new FieldError(prefix + field, message));
    }

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
            problem(name, name + " must be a string, in double quotes");
            return null;
        }
        return n.getStringValue();
    }

    String requiredText(String name) {
        String value = text(name);
        if (value == null && present(name) == null) {
            problem(name, "Enter " + name);
        }
        return value;
    }

    Boolean bool(String name) {
        JsonNode n = present(name);
        if (n == null) {
            return null;
        }
        if (!n.isBoolean()) {
            problem(name, name + " must be true or false, without quotes");
            return null;
        }
        return n.getBooleanValue();
    }

    boolean requiredBool(String name) {
        Boolean value = bool(name);
        if (value == null && present(name) == null) {
            problem(name, "Say whether " + name + " is true or false");
        }
        return Boolean.TRUE.equals(value);
    }

    Long whole(String name) {
        JsonNode n = present(name);
        if (n == null) {
            return null;
        }
        if (!n.isNumber() || !isWhole(n.getBigDecimalValue())) {
            problem(name, name + " must be a whole number, like 7");
            return null;
        }
        return n.getLongValue();
    }

    LocalDate date(String name) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            problem(name, name + " must be a real date written as YYYY-MM-DD, like 2026-03-27");
            return null;
        }
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
                    problem(name, name + " must be a list of strings, like [\"A Person\"]");
                    return List.of();
                }
                out.add(v.getStringValue());
            }
            return out;
        }
        problem(name, name + " must be a list of strings, like [\"A Person\"]");
        return List.of();
    }

    <E extends Enum<E> & Coded> E code(String name, Class<E> type) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        Optional<E> value = Coded.parse(type, s.trim());
        if (value.isEmpty()) {
            problem(name, name + " must be one of: " + codes(type));
        }
        return value.orElse(null);
    }

    /** An object of code → code, such as {@code {"communication": "upheld"}}. */
    <K extends Enum<K> & Coded, V extends Enum<V> & Coded> Map<K, V> codeMap(String name, Class<K> keys,
            Class<V> values) {
        JsonNode n = present(name);
        if (n == null) {
            return Map.of();
        }
        if (!n.isObject()) {
            problem(name, name + " must be an object like {\"" + codes(keys).split(", ")[0] + "\": \""
                    + codes(values).split(", ")[0] + "\"}");
            return Map.of();
        }
        Map<K, V> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.entries()) {
            Optional<K> key = Coded.parse(keys, e.getKey());
            Optional<V> value = e.getValue().isString() ? Coded.parse(values, e.getValue().getStringValue())
                    : Optional.empty();
            if (key.isEmpty()) {
                problem(name, "Each key of " + name + " must be one of: " + codes(keys));
            } else if (value.isEmpty()) {
                problem(name + "." + key.get().code(), "Each outcome must be one of: " + codes(values));
            } else {
                out.put(key.get(), value.get());
            }
        }
        return out;
    }

    /** A nested object, read with its own allowed fields; its problems are named {@code name.field}. */
    Optional<JsonFields> object(String name, Set<String> allowed) {
        JsonNode n = present(name);
        if (n == null) {
            return Optional.empty();
        }
        if (!n.isObject()) {
            problem(name, name + " must be an object");
            return Optional.empty();
        }
        JsonFields nested = new JsonFields(n, prefix + name + ".");
        nested.refuseOthers(allowed);
        return Optional.of(nested);
    }

    void absorb(JsonFields nested) {
        problems.addAll(nested.problems);
    }

    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        List<String> codes = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            codes.add(e.code());
        }
        return String.join(", ", codes);
    }

    private static boolean isWhole(BigDecimal d) {
        try {
            d.longValueExact();
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }
}
