package uk.childrenscomplaints.clock.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One version of the full set of timescales: every {@link TimescaleId} exactly once. */
public record Timescales(String version, Map<TimescaleId, Timescale> byId) {

    public Timescales {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("Timescales must carry a version");
        }
        Objects.requireNonNull(byId, "byId");
        List<TimescaleId> missing = new ArrayList<>();
        for (TimescaleId id : TimescaleId.values()) {
            if (!byId.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Timescales version " + version + " lacks " + missing);
        }
        byId = Collections.unmodifiableMap(new EnumMap<>(byId));
    }

    public static Timescales of(String version, List<Timescale> timescales) {
        Map<TimescaleId, Timescale> byId = new EnumMap<>(TimescaleId.class);
        for (Timescale t : timescales) {
            if (byId.put(t.id(), t) != null) {
                throw new IllegalArgumentException("Timescales version " + version + " gives " + t.id() + " twice");
            }
        }
        return new Timescales(version, byId);
    }

    public Timescale get(TimescaleId id) {
        return byId.get(id);
    }
}
