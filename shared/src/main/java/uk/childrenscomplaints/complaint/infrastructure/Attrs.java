package uk.childrenscomplaints.complaint.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.childrenscomplaints.complaint.model.Coded;

/** Small conversions between Java values and DynamoDB attribute values; null means "no attribute". */
final class Attrs {
    /** The table's TTL attribute (template.yaml's TimeToLiveSpecification): epoch seconds, on keys and counters only. */
    static final String EXPIRES_AT = "expiresAt";

    private Attrs() {}

    static AttributeValue s(String v) {
        return v == null ? null : AttributeValue.fromS(v);
    }

    static AttributeValue s(Coded v) {
        return v == null ? null : AttributeValue.fromS(v.code());
    }

    static AttributeValue date(LocalDate v) {
        return v == null ? null : AttributeValue.fromS(v.toString());
    }

    static AttributeValue n(Long v) {
        return v == null ? null : AttributeValue.fromN(Long.toString(v));
    }

    static AttributeValue bool(boolean v) {
        return AttributeValue.fromBool(v);
    }

    static AttributeValue strings(List<String> v) {
        return AttributeValue.fromL(v.stream().map(AttributeValue::fromS).toList());
    }

    static AttributeValue stringSet(Set<String> v) {
        return v == null || v.isEmpty() ? null : AttributeValue.fromSs(List.copyOf(v));
    }

    /** A map attribute without the null entries; null when nothing is left. */
    static AttributeValue map(Map<String, AttributeValue> v) {
        var copy = new java.util.LinkedHashMap<String, AttributeValue>();
        v.forEach((k, val) -> {
            if (val != null) {
                copy.put(k, val);
            }
        });
        return copy.isEmpty() ? null : AttributeValue.fromM(copy);
    }

    static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    static LocalDate localDate(Map<String, AttributeValue> item, String name) {
        String v = str(item, name);
        return v == null ? null : LocalDate.parse(v);
    }

    static Instant instant(Map<String, AttributeValue> item, String name) {
        String v = str(item, name);
        return v == null ? null : Instant.parse(v);
    }

    static Long num(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? null : Long.valueOf(v.n());
    }

    static boolean flag(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v != null && Boolean.TRUE.equals(v.bool());
    }

    static List<String> strList(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || !v.hasL()
                ? List.of()
                : v.l().stream().map(AttributeValue::s).toList();
    }

    static Set<String> strSet(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || !v.hasSs() ? Set.of() : Set.copyOf(v.ss());
    }

    static Map<String, AttributeValue> sub(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || !v.hasM() ? null : v.m();
    }

    static <E extends Enum<E> & Coded> E coded(Class<E> type, Map<String, AttributeValue> item, String name) {
        String v = str(item, name);
        return v == null
                ? null
                : Coded.parse(type, v)
                        .orElseThrow(() -> new IllegalStateException("stored value not understood for " + name));
    }

    static <T> T mapped(Map<String, AttributeValue> item, String name, Function<Map<String, AttributeValue>, T> f) {
        return Optional.ofNullable(sub(item, name)).map(f).orElse(null);
    }
}
