package uk.childrenscomplaints.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read-only view of a JSON value for the adapters that pick a few fields out of a document (SES's events, the GOV.UK
 * bank-holiday file): a path into it never throws, and a field that is absent or of another type reads as missing.
 * Parsed by jackson-core's streaming parser, the one Micronaut serde runs on, so no function needs Jackson databind as
 * well (decision 038). A value the Lambda runtime already read into maps and lists is wrapped as it is ({@link #of}).
 */
public final class JsonTree implements Iterable<JsonTree> {
    private static final JsonTree MISSING = new JsonTree(null);
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Object value;

    private JsonTree(Object value) {
        this.value = value;
    }

    /** A value made of maps with string keys, lists, strings, numbers, booleans and nulls, as JSON reads. */
    public static JsonTree of(Object value) {
        return value == null ? MISSING : new JsonTree(value);
    }

    /** One JSON value; a field given twice in an object is refused rather than read as whichever came last. */
    public static JsonTree parse(InputStream in) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            JsonTree tree = of(read(parser, parser.nextToken()));
            if (parser.nextToken() != null) {
                throw new JsonReadException("more follows the top-level value");
            }
            return tree;
        }
    }

    /** As {@link #parse(InputStream)}, from text; text that is not one JSON value is an illegal argument. */
    public static JsonTree parse(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonTree tree = of(read(parser, parser.nextToken()));
            if (parser.nextToken() != null) {
                throw new JsonReadException("more follows the top-level value");
            }
            return tree;
        } catch (IOException e) {
            throw new IllegalArgumentException("Not one JSON value", e);
        }
    }

    /** The object as JSON reads it (string keys; maps, lists, strings, numbers, booleans, nulls); empty if not one. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> asMap() {
        return value instanceof Map<?, ?> map ? Collections.unmodifiableMap((Map<String, Object>) map) : Map.of();
    }

    /** The field of an object, or missing. */
    public JsonTree path(String field) {
        return value instanceof Map<?, ?> map ? of(map.get(field)) : MISSING;
    }

    /** The element of a list, or missing. */
    public JsonTree get(int index) {
        return value instanceof List<?> list && index >= 0 && index < list.size() ? of(list.get(index)) : MISSING;
    }

    public boolean isMissing() {
        return value == null;
    }

    public boolean isObject() {
        return value instanceof Map;
    }

    public boolean isArray() {
        return value instanceof List;
    }

    public boolean isTextual() {
        return value instanceof String;
    }

    /** A whole number that fits an {@code int}. */
    public boolean isInt() {
        return value instanceof Integer
                || value instanceof Short
                || value instanceof Byte
                || (value instanceof Long l && l == (int) (long) l);
    }

    /** An object's field count or a list's length; 0 for anything else. */
    public int size() {
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        return value instanceof List<?> list ? list.size() : 0;
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /** Text as it is; a number or boolean as JSON writes it; "" for anything else. */
    public String asText() {
        return asText("");
    }

    /** As {@link #asText()}, with {@code otherwise} for a missing value or an object or list. */
    public String asText(String otherwise) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return otherwise;
    }

    public int intValue() {
        return value instanceof Number n ? n.intValue() : 0;
    }

    /** An object's field names in the document's order; none for anything else. */
    public List<String> fieldNames() {
        if (!(value instanceof Map<?, ?> map)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        map.keySet().forEach(k -> names.add(String.valueOf(k)));
        return names;
    }

    /** A list's elements; nothing for anything else. */
    @Override
    public Iterator<JsonTree> iterator() {
        if (!(value instanceof List<?> list)) {
            return Collections.emptyIterator();
        }
        return list.stream().map(JsonTree::of).iterator();
    }

    private static Object read(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new JsonReadException("no JSON value");
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                    String name = parser.currentName();
                    map.put(name, read(parser, parser.nextToken()));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    list.add(read(parser, t));
                }
                return list;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getNumberValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NULL -> {
                // Absent and null read alike, as a path into the document treats them.
                return null;
            }
            default -> throw new JsonReadException("unexpected " + token);
        }
    }
}
