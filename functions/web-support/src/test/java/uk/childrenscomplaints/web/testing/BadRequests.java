package uk.childrenscomplaints.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.engine.SourceOfRandomness;

/**
 * Bad requests for the fuzz suites (issue 13): bodies, content types and headers that no handler may answer with a
 * 5xx, store, or answer outside the documented shape. Built from jqwik's generators and drawn from a seeded
 * source of randomness, so a failing run is repeated by its seed; the suites run them through a function's real Lambda entry
 * point in one context, in-process, which jqwik's own lifecycle cannot share with the stand-ins' JUnit extensions.
 *
 * <p>Every request is bad on purpose: whatever valid body it starts from, it changes at least one thing the API must
 * refuse (a wrong type, a hidden character, an impossible date, a field given twice, an unknown field, a wrong
 * content type), so a 2xx is as much a failure as a 5xx.
 */
public final class BadRequests {
    /** Non-ASCII written as \\u escapes, so a lone surrogate reaches the handler as one (UTF-8 cannot carry it). */
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    /** A body and how it is sent; {@code contentType} null sends no Content-Type at all. */
    public record Bad(String kind, String contentType, byte[] body, boolean base64) {
        /** The same request, its kind naming what else was done to it (the headers laid over it). */
        public Bad with(String more) {
            return new Bad(kind + "; " + more, contentType, body, base64);
        }

        public APIGatewayV2HTTPEvent applyTo(APIGatewayV2HTTPEvent e) {
            Map<String, String> headers = new HashMap<>(e.getHeaders() == null ? Map.of() : e.getHeaders());
            headers.keySet().removeIf(h -> h.equalsIgnoreCase("content-type"));
            if (contentType != null) {
                headers.put("content-type", contentType);
            }
            e.setHeaders(headers);
            if (body == null) {
                e.setBody(null);
                e.setIsBase64Encoded(false);
            } else if (base64) {
                e.setBody(Base64.getEncoder().encodeToString(body));
                e.setIsBase64Encoded(true);
            } else {
                e.setBody(new String(body, StandardCharsets.UTF_8));
                e.setIsBase64Encoded(false);
            }
            return e;
        }
    }

    private final Iterator<Bad> samples;

    private BadRequests(Arbitrary<Bad> arbitrary, long seed) {
        // jqwik draws samples outside a property from the thread's source of randomness: seeded here, so a run repeats.
        SourceOfRandomness.create(Long.toString(seed));
        this.samples = arbitrary.sampleStream().iterator();
    }

    /**
     * @param valid a body the address accepts, as a JSON object: the starting point of the near-misses
     * @param textFields its free-text fields (where hidden characters go)
     * @param dateFields its date fields
     * @param numberFields its whole-number fields
     */
    public static BadRequests around(
            String valid, List<String> textFields, List<String> dateFields, List<String> numberFields, long seed) {
        Map<String, Object> object = parse(valid);
        List<String> fields = new ArrayList<>(object.keySet());
        Arbitrary<Bad> json = Arbitraries.oneOf(
                garbage(),
                malformedJson(valid),
                wrongTypes(object, fields),
                hugeStrings(object, textFields),
                hiddenCharacters(object, textFields),
                duplicateKeys(valid, fields),
                badDates(object, dateFields),
                boundaryNumbers(object, numberFields),
                unknownFields(object),
                notAnObject());
        Arbitrary<Bad> any = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, json),
                net.jqwik.api.Tuple.of(2, malformedForms()),
                net.jqwik.api.Tuple.of(2, wrongContentTypes(valid)));
        return new BadRequests(any, seed);
    }

    /** Requests drawn from any generator of bad ones (the import's CSV files, say). */
    public static BadRequests of(Arbitrary<Bad> arbitrary, long seed) {
        return new BadRequests(arbitrary, seed);
    }

    public Bad next() {
        return samples.next();
    }

    // ---- the kinds of bad request

    private static Arbitrary<String> anyText(int max) {
        return Arbitraries.strings().all().ofMaxLength(max);
    }

    private static Arbitrary<Bad> garbage() {
        return anyText(300).map(s -> json("garbage", s));
    }

    private static Arbitrary<Bad> malformedJson(String valid) {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, valid.length() - 1);
        Arbitrary<Character> junk = Arbitraries.of('{', '}', '[', ']', '"', ',', ':', '\\', '\u0000', 'x', '\n');
        return Combinators.combine(at, junk, Arbitraries.of(true, false))
                .as((i, c, cut) -> json(
                        "malformed json", cut ? valid.substring(0, Math.max(1, i)) : valid.substring(0, i) + c + c));
    }

    private static Arbitrary<Object> wrongValue() {
        return Arbitraries.oneOf(
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(List.of(1, "a")),
                Arbitraries.just(Map.of("nested", Map.of("deeper", List.of()))),
                Arbitraries.just(1.5e308),
                Arbitraries.just(List.of()));
    }

    private static Arbitrary<Bad> wrongTypes(Map<String, Object> valid, List<String> fields) {
        return Combinators.combine(Arbitraries.of(fields), wrongValue()).as((field, value) -> {
            Object was = valid.get(field);
            Object wrong = sameType(was, value) ? Map.of("not", "this") : value;
            return json("wrong type", with(valid, field, wrong));
        });
    }

    private static boolean sameType(Object a, Object b) {
        return a != null && b != null && (a.getClass() == b.getClass() || (a instanceof List && b instanceof List));
    }

    private static Arbitrary<Bad> hugeStrings(Map<String, Object> valid, List<String> textFields) {
        if (textFields.isEmpty()) {
            return unknownFields(valid);
        }
        return Combinators.combine(
                        Arbitraries.of(textFields), Arbitraries.integers().between(10_001, 120_000))
                .as((field, n) -> json("huge string", with(valid, field, "a".repeat(n))));
    }

    /** Control characters, lone surrogates and bidi controls, each of which the free-text rule refuses. */
    static Arbitrary<String> hidden() {
        return Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u0008').map(String::valueOf),
                Arbitraries.chars().range('\u000B', '\u001F').map(String::valueOf),
                Arbitraries.chars().range('\u007F', '\u009F').map(String::valueOf),
                Arbitraries.chars().range('\u202A', '\u202E').map(String::valueOf),
                Arbitraries.chars().range('\u2066', '\u2069').map(String::valueOf),
                Arbitraries.chars().range('\uD800', '\uDBFF').map(c -> c + "x"),
                Arbitraries.chars().range('\uDC00', '\uDFFF').map(String::valueOf),
                Arbitraries.just("\r"),
                Arbitraries.just("\u001B[2J"));
    }

    private static Arbitrary<Bad> hiddenCharacters(Map<String, Object> valid, List<String> textFields) {
        if (textFields.isEmpty()) {
            return unknownFields(valid);
        }
        return Combinators.combine(
                        Arbitraries.of(textFields),
                        hidden(),
                        Arbitraries.strings().alpha().ofMaxLength(20))
                .as((field, h, around) -> json("hidden character", with(valid, field, around + h + around)));
    }

    private static Arbitrary<Bad> duplicateKeys(String valid, List<String> fields) {
        return Arbitraries.of(fields).map(f -> {
            Object value = parse(valid).get(f);
            return json("duplicate key", valid.replaceFirst("\\{", "{" + quote(f) + ":" + write(value) + ","));
        });
    }

    private static Arbitrary<Bad> badDates(Map<String, Object> valid, List<String> dateFields) {
        if (dateFields.isEmpty()) {
            return unknownFields(valid);
        }
        Arbitrary<String> dates = Arbitraries.of(
                "0000-01-01",
                "0001-01-01",
                "1899-12-31",
                "2026-02-30",
                "2027-13-01",
                "99999-01-01",
                "+2026-01-01",
                "2026-1-1",
                "01/04/2026",
                "",
                "2999-01-01",
                "2026-01-01T00:00:00Z");
        return Combinators.combine(Arbitraries.of(dateFields), dates)
                .as((field, date) -> json("invalid date", with(valid, field, date)));
    }

    private static Arbitrary<Bad> boundaryNumbers(Map<String, Object> valid, List<String> numberFields) {
        if (numberFields.isEmpty()) {
            return unknownFields(valid);
        }
        Arbitrary<String> numbers = Arbitraries.of(
                "-1",
                "-2147483649",
                "2147483648",
                "9223372036854775808",
                "-9223372036854775809",
                "1e309",
                "1.5",
                "-0.0001",
                "1E+400",
                "123456789012345678901234567890");
        return Combinators.combine(Arbitraries.of(numberFields), numbers)
                .as((field, n) ->
                        json("boundary number", write(with(valid, field, "@@")).replace("\"@@\"", n)));
    }

    private static Arbitrary<Bad> unknownFields(Map<String, Object> valid) {
        return Arbitraries.strings()
                .alpha()
                .ofMinLength(1)
                .ofMaxLength(30)
                .filter(name -> !valid.containsKey(name))
                .map(name -> json("unknown field", with(valid, name + "_unknown", "x")));
    }

    private static Arbitrary<Bad> notAnObject() {
        return Arbitraries.of("[]", "null", "1", "\"text\"", "true", "[{}]", "{}", "{\"\":1}", "  ", "\uFEFF{}")
                .map(s -> json("not an object", s));
    }

    private static Arbitrary<Bad> malformedForms() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of(
                        "%", "%zz", "%E0%A4%A", "%ED%A0%80", "&&", "==", "=", "a=%", "%%", "+", "name=%0", "%u0041"),
                Arbitraries.strings().withCharRange('!', '~').ofMaxLength(30),
                hidden().map(h -> "whatHappened=" + h));
        return pieces.list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .map(parts -> new Bad(
                        "malformed urlencoded",
                        "application/x-www-form-urlencoded",
                        String.join("&", parts).getBytes(StandardCharsets.UTF_8),
                        true));
    }

    private static Arbitrary<Bad> wrongContentTypes(String valid) {
        Arbitrary<String> types = Arbitraries.of(
                "text/plain",
                "multipart/form-data; boundary=x",
                "application/xml",
                "*/*",
                "",
                "text/html",
                "application/octet-stream",
                "image/png",
                "application/x-www-form-urlencoded; charset=utf-16");
        Arbitrary<String> bodies = Arbitraries.oneOf(Arbitraries.just(valid), anyText(200));
        return Combinators.combine(Arbitraries.oneOf(types, Arbitraries.just(null)), bodies)
                .as((type, body) ->
                        new Bad("content type " + type, type, body.getBytes(StandardCharsets.UTF_8), false));
    }

    // ---- helpers

    private static Bad json(String kind, Object body) {
        String text = body instanceof String s ? s : write(body);
        return new Bad(kind, "application/json", text.getBytes(StandardCharsets.UTF_8), false);
    }

    private static Map<String, Object> with(Map<String, Object> valid, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(valid);
        copy.put(field, value);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, LinkedHashMap.class);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the valid body is not JSON", e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String quote(String s) {
        return write(s);
    }

    // ---- what every answer must be

    /** Figures of a run, for docs/reliability.md. */
    public static final class Tally {
        public int tried;
        public int serverErrors;
        public int accepted;
        public int wrongShape;
        public final Map<String, Integer> byStatus = new java.util.TreeMap<>();
        public final List<String> failures = new ArrayList<>();
        /** A route's own documented refusal, besides {@code {"errors":[...]}} (the import's list of problems). */
        private final java.util.function.Predicate<String> alsoRight;

        public Tally() {
            this(body -> false);
        }

        public Tally(java.util.function.Predicate<String> alsoRight) {
            this.alsoRight = alsoRight;
        }

        /**
         * Records one answer: JSON answers must be {@code {"errors":[{"field","message"}]}} with strings; an HTML
         * answer must be a GOV.UK page with its error summary or heading.
         */
        public void record(Bad bad, APIGatewayV2HTTPResponse r) {
            tried++;
            int status = r.getStatusCode();
            byStatus.merge(Integer.toString(status), 1, Integer::sum);
            String body = FunctionApp.body(r);
            String type = String.valueOf(FunctionApp.header(r, "Content-Type"));
            if (status >= 500) {
                serverErrors++;
                fail(bad, status, body);
            } else if (status < 400) {
                accepted++;
                fail(bad, status, body);
            } else if (!rightShape(type, body) && !alsoRight.test(body)) {
                wrongShape++;
                fail(bad, status, body);
            }
        }

        private void fail(Bad bad, int status, String body) {
            if (failures.size() < 20) {
                String sent = bad.body() == null ? "null" : new String(bad.body(), StandardCharsets.UTF_8);
                failures.add(status + " for " + bad.kind() + " (" + bad.contentType() + "): " + abbreviate(sent)
                        + " -> " + abbreviate(body));
            }
        }

        private static String abbreviate(String s) {
            String t = s == null ? "null" : s;
            return t.length() > 300 ? t.substring(0, 300) + "..." : t;
        }

        public static boolean rightShape(String contentType, String body) {
            if (contentType.startsWith("text/html")) {
                return body.contains("govuk-error-summary") || body.contains("govuk-heading-l");
            }
            try {
                JsonNode root = JSON.readTree(body);
                JsonNode errors = root.path("errors");
                if (root.size() != 1 || !errors.isArray() || errors.isEmpty()) {
                    return false;
                }
                for (JsonNode e : errors) {
                    if (!e.path("field").isTextual() || !e.path("message").isTextual() || e.size() != 2) {
                        return false;
                    }
                }
                return true;
            } catch (java.io.IOException e) {
                return false;
            }
        }

        /** Another run's figures added to these (not its failures): the total over several routes. */
        public void add(Tally other) {
            tried += other.tried;
            serverErrors += other.serverErrors;
            accepted += other.accepted;
            wrongShape += other.wrongShape;
            other.byStatus.forEach((status, n) -> byStatus.merge(status, n, Integer::sum));
        }

        public String summary() {
            return tried + " bad requests: " + serverErrors + " answered 5xx, " + accepted + " accepted, " + wrongShape
                    + " in the wrong shape; by status " + byStatus
                    + failures.stream().collect(Collectors.joining("\n  ", "\n  ", ""));
        }

        public void assertAllRefusedInShape() {
            assertThat(serverErrors).as(summary()).isZero();
            assertThat(accepted).as(summary()).isZero();
            assertThat(wrongShape).as(summary()).isZero();
        }
    }
}
