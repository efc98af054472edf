package uk.childrenscomplaints.web;

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
import java.util.function.Function;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.model.Coded;
import uk.childrenscomplaints.complaint.model.FreeText;

/**
 * Reads one JSON object field by field so that every mistake is named: a field nobody reads (a typo that would
 * otherwise be dropped), a value of the wrong type, an impossible date. Messages never quote the value. The public
 * API's complaint and every staff body are read with it.
 *
 * <p>A field that is not allowed is always a problem; what it says is the caller's choice ({@link #of(JsonNode, Set,
 * Function)}): the public API names its fields in the order of its documentation and explains the service-set ones,
 * the staff API lists the allowed names sorted. Duplicate keys never reach here: the body is parsed to a
 * {@link JsonNode} first, by {@link JsonBodies} in both functions, which refuses a field given twice.
 */
public final class JsonFields {
    private final JsonNode root;
    private final List<FieldError> problems = new ArrayList<>();
    private final String prefix;

    private JsonFields(JsonNode root, String prefix) {
        this.root = root;
        this.prefix = prefix;
    }

    /**
     * Empty when the body is not one object; the caller answers with {@link #notAnObject()}. A field not in
     * {@code allowed} is a problem naming the allowed fields, sorted.
     */
    public static Optional<JsonFields> of(JsonNode root, Set<String> allowed) {
        return of(root, allowed, field -> unknown(field, allowed));
    }

    /** As {@link #of(JsonNode, Set)}, with the caller's words for a field not in {@code allowed}. */
    public static Optional<JsonFields> of(JsonNode root, Set<String> allowed, Function<String, String> unknownField) {
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        JsonFields fields = new JsonFields(root, "");
        fields.refuseOthers(allowed, unknownField);
        return Optional.of(fields);
    }

    public static FieldError notAnObject() {
        return new FieldError("body", "Send one JSON object, like {\"expectedVersion\": 3}");
    }

    private static String unknown(String field, Set<String> allowed) {
        return "There is no field called " + field + " here. Remove it, or correct its name to one of: "
                + String.join(", ", allowed.stream().sorted().toList()) + ".";
    }

    private void refuseOthers(Set<String> allowed, Function<String, String> unknownField) {
        for (Map.Entry<String, JsonNode> e : root.entries()) {
            if (!allowed.contains(e.getKey())) {
                // The field name is what the client typed; it goes back to them, never to a log.
                problems.add(new FieldError(prefix + e.getKey(), unknownField.apply(e.getKey())));
            }
        }
    }

    public List<FieldError> problems() {
        return List.copyOf(problems);
    }

    public void problem(String field, String message) {
        problems.add(new FieldError(prefix + field, message));
    }

    private JsonNode present(String name) {
        JsonNode n = root.get(name);
        return n == null || n.isNull() ? null : n;
    }

    public String text(String name) {
        JsonNode n = present(name);
        if (n == null) {
            return null;
        }
        if (!n.isString()) {
            problem(name, name + " must be a string, in double quotes");
            return null;
        }
        return FreeText.normalised(n.getStringValue());
    }

    public String requiredText(String name) {
        String value = text(name);
        if (value == null && present(name) == null) {
            problem(name, "Enter " + name);
        }
        return value;
    }

    public Boolean bool(String name) {
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

    public boolean requiredBool(String name) {
        Boolean value = bool(name);
        if (value == null && present(name) == null) {
            problem(name, "Say whether " + name + " is true or false");
        }
        return Boolean.TRUE.equals(value);
    }

    /** A whole number that fits an int. */
    public Integer integer(String name) {
        Long value = whole(name, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return value == null ? null : value.intValue();
    }

    public Long whole(String name) {
        return whole(name, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private Long whole(String name, long min, long max) {
        JsonNode n = present(name);
        if (n == null) {
            return null;
        }
        if (!n.isNumber() || !isWhole(n, min, max)) {
            problem(name, name + " must be a whole number, like 7");
            return null;
        }
        return n.getLongValue();
    }

    public LocalDate date(String name) {
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

    public List<String> texts(String name) {
        return texts(name, "a list of strings, like [\"A Person\"]");
    }

    /** A list of strings; {@code expected} completes the problem "{name} must be ..." for anything else. */
    public List<String> texts(String name, String expected) {
        JsonNode n = present(name);
        if (n == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            for (JsonNode v : n.values()) {
                if (!v.isString()) {
                    problem(name, name + " must be " + expected);
                    return List.of();
                }
                out.add(FreeText.normalised(v.getStringValue()));
            }
            return out;
        }
        problem(name, name + " must be " + expected);
        return List.of();
    }

    public <E extends Enum<E> & Coded> E code(String name, Class<E> type) {
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
    public <K extends Enum<K> & Coded, V extends Enum<V> & Coded> Map<K, V> codeMap(
            String name, Class<K> keys, Class<V> values) {
        JsonNode n = present(name);
        if (n == null) {
            return Map.of();
        }
        if (!n.isObject()) {
            problem(
                    name,
                    name + " must be an object like {\"" + codes(keys).split(", ")[0] + "\": \""
                            + codes(values).split(", ")[0] + "\"}");
            return Map.of();
        }
        Map<K, V> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.entries()) {
            Optional<K> key = Coded.parse(keys, e.getKey());
            Optional<V> value =
                    e.getValue().isString() ? Coded.parse(values, e.getValue().getStringValue()) : Optional.empty();
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
    public Optional<JsonFields> object(String name, Set<String> allowed) {
        JsonNode n = present(name);
        if (n == null) {
            return Optional.empty();
        }
        if (!n.isObject()) {
            problem(name, name + " must be an object");
            return Optional.empty();
        }
        JsonFields nested = new JsonFields(n, prefix + name + ".");
        nested.refuseOthers(allowed, field -> unknown(field, allowed));
        return Optional.of(nested);
    }

    public void absorb(JsonFields nested) {
        problems.addAll(nested.problems);
    }

    public static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        List<String> codes = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            codes.add(e.code());
        }
        return String.join(", ", codes);
    }

    /** A number too large for a double ({@code 1e309}) is read as Infinity, which is no BigDecimal: not whole either. */
    private static boolean isWhole(JsonNode n, long min, long max) {
        try {
            BigDecimal d = n.getBigDecimalValue();
            long whole = d.longValueExact();
            return whole >= min && whole <= max;
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }
}
