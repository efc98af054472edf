package uk.childrenscomplaints.web.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.engine.SourceOfRandomness;

/**
 * Bad headers for the fuzz suites (issue 13), laid over a request: a malformed, oversized or repeated
 * {@code Idempotency-Key} (API Gateway joins a repeated header's values with commas), a {@code Content-Type} with odd
 * parameters and charsets, a {@code Content-Length} that lies, {@code Accept} variants, control characters in a header
 * value, and for the staff API a signed-out request with a malformed {@code Authorization} or cookie (no authorizer
 * claims: API Gateway's JWT authorizer would have refused it, and the function must not let it through either).
 */
public final class BadHeaders {
    /** Headers to set (names in lower case, as API Gateway passes them), and whether the caller is signed out. */
    public record Edit(String kind, Map<String, String> set, boolean signedOut) {
        public APIGatewayV2HTTPEvent applyTo(APIGatewayV2HTTPEvent e) {
            Map<String, String> headers = new HashMap<>(e.getHeaders() == null ? Map.of() : e.getHeaders());
            set.forEach((name, value) -> {
                headers.keySet().removeIf(h -> h.equalsIgnoreCase(name));
                headers.put(name, value);
            });
            e.setHeaders(headers);
            if (signedOut && e.getRequestContext() != null) {
                e.getRequestContext().setAuthorizer(null);
            }
            return e;
        }

        /**
         * Whether laying this over the bad request could make it good: a Content-Type edit over a body whose only fault
         * was its content type.
         */
        public boolean undoes(BadRequests.Bad bad) {
            return set.containsKey("content-type")
                    && (bad.kind().startsWith("content type") || bad.kind().equals("no content type"));
        }

        /** What was sent, escaped, for a failure's line. */
        public String describe() {
            StringBuilder out = new StringBuilder(kind).append(signedOut ? " (signed out)" : "");
            set.forEach((name, value) -> out.append(' ')
                    .append(name)
                    .append('=')
                    .append(escaped(value.length() > 60 ? value.substring(0, 60) + "..." : value)));
            return out.toString();
        }
    }

    private final Iterator<Edit> samples;

    private BadHeaders(Arbitrary<Edit> arbitrary, long seed) {
        SourceOfRandomness.create(Long.toString(seed));
        this.samples = arbitrary.sampleStream().iterator();
    }

    /** Header edits for a public route (no sign-in). */
    public static BadHeaders forPublic(long seed) {
        return new BadHeaders(any(false), seed);
    }

    /** Header edits for a staff route, signed-out ones among them. */
    public static BadHeaders forStaff(long seed) {
        return new BadHeaders(any(true), seed);
    }

    public Edit next() {
        return samples.next();
    }

    /** The generator itself, for a jqwik property's {@code @Provide}. */
    public static Arbitrary<Edit> any(boolean staff) {
        Arbitrary<Edit> common =
                Arbitraries.oneOf(idempotencyKeys(), contentTypes(), contentLengths(), accepts(), controlCharacters());
        return staff
                ? Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, common), net.jqwik.api.Tuple.of(1, signedOut()))
                : common;
    }

    /** Edits that by themselves must be refused, whatever the body: signed out (staff). */
    public static Arbitrary<Edit> signedOut() {
        Arbitrary<String> authorization = Arbitraries.oneOf(
                Arbitraries.of(
                        "",
                        "Bearer",
                        "Bearer ",
                        "Bearer a.b",
                        "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
                        "Basic b2ZmaWNlcjpwYXNzd29yZA==",
                        "bearer null",
                        "Bearer \u0000",
                        "Bearer x, Bearer y"),
                Arbitraries.strings().withCharRange('!', '~').ofMaxLength(200).map(s -> "Bearer " + s),
                Arbitraries.integers().between(8_193, 40_000).map(n -> "Bearer " + "a".repeat(n)));
        Arbitrary<String> cookie = Arbitraries.oneOf(
                Arbitraries.of(
                        "",
                        "session=",
                        "session",
                        "=;=;=",
                        "session=a; session=b",
                        "__Host-session=\u0007",
                        "session=" + "x".repeat(9_000)),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(200));
        return Combinators.combine(authorization, cookie, Arbitraries.of(true, false))
                .as((auth, c, both) -> {
                    Map<String, String> set = new LinkedHashMap<>();
                    set.put("authorization", auth);
                    if (both) {
                        set.put("cookie", c);
                    }
                    return new Edit("malformed Authorization" + (both ? " and cookie" : ""), set, true);
                });
    }

    private static Arbitrary<Edit> idempotencyKeys() {
        Arbitrary<String> keys = Arbitraries.oneOf(
                Arbitraries.of("", " ", "k1,k2", "k1, k1", ",", "\u00e9t\u00e9", "\uD800", "\u0000", "k\r\nx: y"),
                Arbitraries.integers().between(256, 20_000).map("k"::repeat),
                Arbitraries.strings().all().ofMaxLength(80));
        return keys.map(k -> edit("Idempotency-Key", "idempotency-key", k));
    }

    private static Arbitrary<Edit> contentTypes() {
        Arbitrary<String> types = Arbitraries.of(
                "application/json; charset=utf-16",
                "application/json; charset=iso-8859-1",
                "application/json; charset=nonsense",
                "application/json; charset=",
                "application/json;;;",
                "application/json; boundary=x; q=0",
                "application/json, text/plain",
                "APPLICATION/JSON; CHARSET=UTF-8",
                "application/json\u0000",
                "application/jsonx",
                "application/json-patch+json",
                "application/x-www-form-urlencoded; charset=utf-16",
                "application/x-www-form-urlencoded; charset=\"utf-8",
                "text/plain; charset=utf-8",
                "multipart/form-data",
                "multipart/form-data; boundary=",
                ";",
                "/",
                "*/*; q=1",
                "application/" + "x".repeat(5_000));
        return types.map(t -> edit("Content-Type", "content-type", t));
    }

    private static Arbitrary<Edit> contentLengths() {
        Arbitrary<String> lengths = Arbitraries.oneOf(
                Arbitraries.of("0", "1", "-1", "abc", "", "9223372036854775808", "99999999999", "1e3", "10, 20"),
                Arbitraries.integers().between(2, 200_000).map(String::valueOf));
        return lengths.map(n -> edit("Content-Length", "content-length", n));
    }

    private static Arbitrary<Edit> accepts() {
        Arbitrary<String> accepts = Arbitraries.of(
                "application/xml",
                "text/html",
                "*/*",
                "",
                "application/json;q=0",
                "image/png, */*;q=0",
                "text/csv",
                "application/problem+json",
                ";;;",
                "application/json, text/html;q=0.9, */*;q=" + "9".repeat(400));
        return accepts.map(a -> edit("Accept", "accept", a));
    }

    /** A control character, CR/LF (header splitting), DEL or a lone surrogate in an ordinary header's value. */
    private static Arbitrary<Edit> controlCharacters() {
        Arbitrary<String> names = Arbitraries.of("user-agent", "x-forwarded-for", "host", "idempotency-key", "accept");
        Arbitrary<String> values = Combinators.combine(
                        BadRequests.hidden(), Arbitraries.strings().alpha().ofMaxLength(10))
                .as((h, around) -> around + h + around);
        return Combinators.combine(names, values)
                .as((name, value) -> edit("control character in " + name, name, value));
    }

    private static Edit edit(String kind, String name, String value) {
        return new Edit(kind, Map.of(name, value), false);
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> {
            if (c < 0x20 || c == 0x7F || (c >= 0xD800 && c <= 0xDFFF) || c > 0x7E) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }
}
