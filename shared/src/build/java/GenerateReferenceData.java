import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compiles the bundled bank holidays and timescale policy into Java at build time (decision 038), so no function parses
 * JSON at start. Run by shared's pom at generate-sources through the JDK's source launcher (this file is never compiled
 * into the jar):
 *
 * <pre>java -cp jackson-core.jar GenerateReferenceData.java src/main/resources/clock target/generated-sources/clock</pre>
 *
 * A file the product would refuse stops the build here rather than a function at start. Enum constants are written by
 * name, so a unit, direction or id the model does not know fails the compile of the generated class.
 * {@code BundledReferenceDataTest} compares the generated classes with the files, date by date and timescale by
 * timescale.
 */
public final class GenerateReferenceData {
    private static final String PACKAGE = "uk.childrenscomplaints.clock.infrastructure";
    private static final String HOLIDAYS = "bank-holidays-england-and-wales.json";
    private static final String TIMESCALES = "timescales.json";

    private GenerateReferenceData() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateReferenceData <clock resources dir> <output dir>");
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]).resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(out);
        write(out.resolve("BundledBankHolidays.java"), holidays(read(in.resolve(HOLIDAYS))));
        write(out.resolve("BundledTimescales.java"), timescales(read(in.resolve(TIMESCALES))));
    }

    private static String holidays(Object root) {
        Map<String, Object> divisions = object(root, HOLIDAYS);
        if (divisions.isEmpty()) {
            throw new IllegalStateException(HOLIDAYS + " has no divisions");
        }
        StringBuilder java = header(HOLIDAYS)
                .append("import java.time.LocalDate;\nimport java.util.List;\nimport java.util.Map;\n\n")
                .append("/** Every division of the bundled GOV.UK bank-holiday file, by its key: each event's date, in the ")
                .append("file's order. */\n")
                .append("final class BundledBankHolidays {\n")
                .append("    static final String SOURCE = \"classpath:/clock/").append(HOLIDAYS).append("\";\n\n")
                .append("    static final Map<String, List<LocalDate>> DIVISIONS = Map.ofEntries(\n");
        int d = 0;
        for (Map.Entry<String, Object> division : divisions.entrySet()) {
            String where = "division \"" + division.getKey() + "\"";
            List<Object> events = array(object(division.getValue(), where).get("events"), where + "'s events");
            if (events.isEmpty()) {
                throw new IllegalStateException(HOLIDAYS + ": " + where + " has no events");
            }
            java.append("            Map.entry(\n                    ").append(literal(division.getKey()))
                    .append(",\n                    List.of(\n");
            for (int i = 0; i < events.size(); i++) {
                Object date = object(events.get(i), where + " event " + i).get("date");
                if (!(date instanceof String text)) {
                    throw new IllegalStateException(HOLIDAYS + ": " + where + " event " + i + " has no date text");
                }
                LocalDate day = LocalDate.parse(text);
                java.append("                            LocalDate.of(").append(day.getYear()).append(", ")
                        .append(day.getMonthValue()).append(", ").append(day.getDayOfMonth()).append(")")
                        .append(i < events.size() - 1 ? ",\n" : ")");
            }
            java.append(++d < divisions.size() ? "),\n" : "));\n");
        }
        return java.append("\n    private BundledBankHolidays() {}\n}\n").toString();
    }

    private static String timescales(Object root) {
        Map<String, Object> file = object(root, TIMESCALES);
        List<Object> list = array(file.get("timescales"), "timescales");
        StringBuilder java = header(TIMESCALES)
                .append("import java.util.List;\n")
                .append("import uk.childrenscomplaints.clock.model.Direction;\n")
                .append("import uk.childrenscomplaints.clock.model.Timescale;\n")
                .append("import uk.childrenscomplaints.clock.model.TimescaleId;\n")
                .append("import uk.childrenscomplaints.clock.model.TimescaleUnit;\n\n")
                .append("/** The bundled timescale policy: its version and every timescale, in the file's order. */\n")
                .append("final class BundledTimescales {\n")
                .append("    static final String SOURCE = \"classpath:/clock/").append(TIMESCALES).append("\";\n\n")
                .append("    static final String VERSION = ").append(literal(text(file, "version", "the file")))
                .append(";\n\n")
                .append("    static final List<Timescale> TIMESCALES = List.of(\n");
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> t = object(list.get(i), "timescale " + i);
            String where = "timescale " + i;
            if (!(t.get("amount") instanceof Integer amount)) {
                throw new IllegalStateException(TIMESCALES + ": " + where + " has no whole-number amount");
            }
            java.append("            new Timescale(\n")
                    .append("                    TimescaleId.").append(constant(text(t, "id", where))).append(",\n")
                    .append("                    ").append(amount).append(",\n")
                    .append("                    TimescaleUnit.").append(constant(text(t, "unit", where))).append(",\n")
                    .append("                    Direction.").append(constant(text(t, "direction", where))).append(",\n")
                    .append("                    ").append(literal(text(t, "counts_from", where))).append(",\n")
                    .append("                    ").append(literal(text(t, "source", where))).append(")")
                    .append(i < list.size() - 1 ? ",\n" : ");\n");
        }
        return java.append("\n    private BundledTimescales() {}\n}\n").toString();
    }

    private static StringBuilder header(String file) {
        return new StringBuilder()
                .append("// Generated at build time by shared/src/build/java/GenerateReferenceData.java from\n")
                .append("// shared/src/main/resources/clock/").append(file).append(". Do not edit: change the file.\n")
                .append("package ").append(PACKAGE).append(";\n\n");
    }

    private static String constant(String code) {
        if (!code.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalStateException("\"" + code + "\" cannot name a constant");
        }
        return code.toUpperCase(Locale.ROOT);
    }

    private static String text(Map<String, Object> node, String field, String where) {
        if (!(node.get(field) instanceof String value) || value.isBlank()) {
            throw new IllegalStateException(where + " has no \"" + field + "\" text");
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object node, String where) {
        if (!(node instanceof Map)) {
            throw new IllegalStateException(where + " is not a JSON object");
        }
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> array(Object node, String where) {
        if (!(node instanceof List)) {
            throw new IllegalStateException(where + " is not a JSON list");
        }
        return (List<Object>) node;
    }

    /** A Java string literal: ASCII only, so the generated source reads the same in any encoding. */
    private static String literal(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static Object read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = new JsonFactory()
                        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                        .createParser(in)) {
            Object value = value(parser, parser.nextToken());
            if (parser.nextToken() != null) {
                throw new IllegalStateException(file + " has more after its top-level value");
            }
            return value;
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new IllegalStateException("the file ends early");
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    map.put(name, value(parser, parser.nextToken()));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    list.add(value(parser, t));
                }
                return list;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT -> {
                return parser.getNumberType() == JsonParser.NumberType.INT ? parser.getIntValue() : parser.getNumberValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return parser.getDecimalValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IllegalStateException("unexpected " + token);
        }
    }

    private static void write(Path file, String java) throws IOException {
        // Unchanged output keeps its timestamp, so an incremental compile has nothing to redo.
        byte[] bytes = java.getBytes(StandardCharsets.US_ASCII);
        if (Files.exists(file) && java.equals(Files.readString(file, StandardCharsets.US_ASCII))) {
            return;
        }
        Files.write(file, bytes);
    }
}
