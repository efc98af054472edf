package uk.childrenscomplaints.clock.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import uk.childrenscomplaints.clock.model.Direction;
import uk.childrenscomplaints.clock.model.Timescale;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.clock.model.TimescaleUnit;
import uk.childrenscomplaints.clock.model.Timescales;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;
import uk.childrenscomplaints.json.JsonReadException;
import uk.childrenscomplaints.json.JsonTree;

/**
 * Reads the versioned timescales file. Every {@link TimescaleId} must appear exactly once and no
 * other id may: a typo must stop the deployment, not leave a deadline silently unset.
 */
public final class TimescalePolicyFile {
    static final String BUNDLED = "/clock/timescales.json";
    private static final Timescales BUNDLED_TIMESCALES =
            Timescales.of(BundledTimescales.VERSION, BundledTimescales.TIMESCALES);

    private TimescalePolicyFile() {}

    /** Compiled from the bundled file at build time (decision 038): nothing is parsed at start. */
    public static Timescales bundled() {
        return BUNDLED_TIMESCALES;
    }

    public static TimescalePolicy bundledPolicy(WorkingDayCalendar calendar) {
        return new TimescalePolicy(bundled(), calendar);
    }

    /** @param origin names the file in error messages */
    public static Timescales parse(InputStream in, String origin) {
        JsonTree root;
        try {
            root = JsonTree.parse(in);
        } catch (JsonProcessingException e) {
            throw new ReferenceFileException(origin, "not readable as JSON (" + e.getOriginalMessage() + ")", e);
        } catch (JsonReadException e) {
            throw new ReferenceFileException(origin, "not readable as JSON (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ReferenceFileException(origin, "could not be read", e);
        }
        if (!root.isObject()) {
            throw new ReferenceFileException(origin, "expected a JSON object at the top level");
        }
        String version = text(root, "version", "the file", origin);
        JsonTree list = root.path("timescales");
        if (!list.isArray()) {
            throw new ReferenceFileException(origin, "no \"timescales\" list");
        }
        List<Timescale> timescales = new ArrayList<>();
        for (JsonTree node : list) {
            timescales.add(timescale(node, origin));
        }
        try {
            return Timescales.of(version, timescales);
        } catch (IllegalArgumentException e) {
            throw new ReferenceFileException(origin, e.getMessage(), e);
        }
    }

    private static Timescale timescale(JsonTree node, String origin) {
        String rawId = text(node, "id", "a timescale", origin);
        TimescaleId id = TimescaleId.parse(rawId)
                .orElseThrow(() -> new ReferenceFileException(
                        origin,
                        "unknown timescale id \"" + rawId + "\"; known ids are " + List.of(TimescaleId.values())));
        String where = "timescale " + id;
        JsonTree amount = node.path("amount");
        if (!amount.isInt()) {
            throw new ReferenceFileException(origin, where + " has no whole-number \"amount\"");
        }
        TimescaleUnit unit = coded(node, "unit", where, origin, TimescaleUnit::parse);
        Direction direction = coded(node, "direction", where, origin, Direction::parse);
        try {
            return new Timescale(
                    id,
                    amount.intValue(),
                    unit,
                    direction,
                    text(node, "counts_from", where, origin),
                    text(node, "source", where, origin));
        } catch (IllegalArgumentException e) {
            throw new ReferenceFileException(origin, e.getMessage(), e);
        }
    }

    private static <T> T coded(
            JsonTree node, String field, String where, String origin, Function<String, java.util.Optional<T>> parser) {
        String raw = text(node, field, where, origin);
        return parser.apply(raw)
                .orElseThrow(
                        () -> new ReferenceFileException(origin, where + " has unknown " + field + " \"" + raw + "\""));
    }

    private static String text(JsonTree node, String field, String where, String origin) {
        JsonTree value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new ReferenceFileException(origin, where + " has no \"" + field + "\" text");
        }
        return value.asText();
    }
}
