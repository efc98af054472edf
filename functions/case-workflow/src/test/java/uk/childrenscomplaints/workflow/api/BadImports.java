package uk.childrenscomplaints.workflow.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import uk.childrenscomplaints.web.testing.BadRequests;

/**
 * Bad files for {@code POST /staff/imports}, each near the sample file (events/import) but with at least one thing the
 * import must refuse: a date out of range or not a date, a row short of a field, an unknown column, an unclosed quote,
 * a hidden character, no rows; or the good file under a content type other than CSV in UTF-8.
 */
final class BadImports {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BadImports() {}

    static Arbitrary<BadRequests.Bad> around(String sample) {
        String[] lines = sample.split("\n");
        String header = lines[0];
        Arbitrary<Integer> row = Arbitraries.integers().between(1, lines.length - 1);
        Arbitrary<BadRequests.Bad> badDate = Combinators.combine(
                        row,
                        Arbitraries.of(
                                "0001-01-01", "2007-06-30", "2999-01-01", "2009-02-30", "09/04/2009", "2009-4-1", "x"))
                .as((i, date) -> csv("bad date", withField(lines, i, 1, date)));
        Arbitrary<BadRequests.Bad> shortRow = row.map(i -> csv("row short of a field", withoutLastComma(lines, i)));
        Arbitrary<BadRequests.Bad> unknownColumn = Arbitraries.strings()
                .alpha()
                .ofMinLength(1)
                .ofMaxLength(20)
                .map(name -> csv("unknown column", sample.replaceFirst(",", "," + name + "_unknown,")));
        Arbitrary<BadRequests.Bad> unclosedQuote =
                row.map(i -> csv("unclosed quote", replaceOnLine(lines, i, ",", ",\"")));
        Arbitrary<BadRequests.Bad> hidden = Combinators.combine(
                        row, Arbitraries.of("\u0000", "\u001B", "\u202E", "\u2066", "\u0007", "\u007F", "\u0085"))
                .as((i, h) -> csv("hidden character", withField(lines, i, 4, "P-" + h + "1")));
        Arbitrary<BadRequests.Bad> headerOnly =
                Arbitraries.of(header, header + "\n", "", "\n\n", "\uFEFF").map(text -> csv("no rows", text));
        Arbitrary<BadRequests.Bad> garbage =
                Arbitraries.strings().all().ofMaxLength(300).map(text -> csv("garbage", text));
        Arbitrary<BadRequests.Bad> wrongType = Arbitraries.of(
                        "application/json",
                        "text/plain",
                        "text/csv; charset=utf-16",
                        "text/csv; charset=iso-8859-1",
                        "multipart/form-data; boundary=x",
                        "application/x-www-form-urlencoded",
                        "text/csvx",
                        "")
                .map(type -> new BadRequests.Bad(
                        "content type " + type, type, sample.getBytes(StandardCharsets.UTF_8), false));
        return Arbitraries.oneOf(
                badDate,
                shortRow,
                unknownColumn,
                unclosedQuote,
                hidden,
                headerOnly,
                garbage,
                wrongType,
                Arbitraries.just(
                        new BadRequests.Bad("no content type", null, sample.getBytes(StandardCharsets.UTF_8), false)));
    }

    /** The import's own refusal: {@code {"problems":[{"line","column","message"}],"total","notShown"}}. */
    static boolean problemsShape(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode problems = root.path("problems");
            if (!problems.isArray() || problems.isEmpty() || !root.path("total").isInt()) {
                return false;
            }
            for (JsonNode p : problems) {
                if (!p.path("line").isInt() || !p.path("message").isTextual()) {
                    return false;
                }
            }
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String replaceOnLine(String[] lines, int line, String from, String to) {
        String[] copy = lines.clone();
        copy[line] = copy[line].replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        return String.join("\n", List.of(copy));
    }

    /** The line one field short: its last comma gone (every row ends with a field after a comma). */
    private static String withoutLastComma(String[] lines, int line) {
        String[] copy = lines.clone();
        int comma = copy[line].lastIndexOf(',');
        copy[line] = copy[line].substring(0, comma) + copy[line].substring(comma + 1);
        return String.join("\n", List.of(copy));
    }

    /** The line with its field at this index (the sample quotes none) set to the value. */
    private static String withField(String[] lines, int line, int field, String value) {
        String[] copy = lines.clone();
        String[] fields = copy[line].split(",", -1);
        fields[field] = value;
        copy[line] = String.join(",", fields);
        return String.join("\n", List.of(copy));
    }

    private static BadRequests.Bad csv(String kind, String text) {
        return new BadRequests.Bad(kind, "text/csv", text.getBytes(StandardCharsets.UTF_8), false);
    }
}
