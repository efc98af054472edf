package uk.childrenscomplaints.complaint.statistics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counting into every value of a vocabulary, so a value nobody chose is shown as 0 rather than missing. */
final class Breakdowns {
    private Breakdowns() {}

    static <E extends Enum<E>> EnumMap<E, Long> zeroed(Class<E> type) {
        EnumMap<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        return counts;
    }

    /** Each count as a share of {@code whole}, in the map's own order. */
    static <K> Map<K, Figure> shares(Map<K, Long> counts, long whole) {
        Map<K, Figure> figures = new LinkedHashMap<>();
        counts.forEach((k, n) -> figures.put(k, Figure.of(n, whole)));
        return frozen(figures);
    }

    /** An unmodifiable copy that keeps the order (Map.copyOf would not). */
    static <K, V> Map<K, V> frozen(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
