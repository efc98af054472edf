package uk.childrenscomplaints.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which headers Micronaut's request cannot hold: a name that is not an HTTP token, or a value with a control character
 * other than tab (CR and LF among them) or DEL. Spaces and tabs around a value are not part of it (RFC 9110, 5.5) and
 * are dropped, as Micronaut would otherwise refuse a value that starts with one. A credential that cannot be read (an
 * {@code Authorization} header or a cookie with such a character) is dropped rather than refused: the request goes on
 * signed out, and a staff route answers 401 as for any other bad credential.
 */
public final class HeaderScreen {
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private HeaderScreen() {}

    /** The first bad header's name ({@code Cookie} for a bad cookie, {@code headers} for a bad name); empty if none. */
    public static Optional<String> firstBadHeader(Map<String, String> headers, List<String> cookies) {
        if (headers != null) {
            for (Map.Entry<String, String> h : headers.entrySet()) {
                if (h.getKey() == null || !TOKEN.matcher(h.getKey()).matches()) {
                    return Optional.of("headers");
                }
                if (!credential(h.getKey()) && !cleanValue(h.getValue())) {
                    return Optional.of(h.getKey());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean credential(String name) {
        return "authorization".equalsIgnoreCase(name) || "cookie".equalsIgnoreCase(name);
    }

    /** The cookies that can be read; null stays null. */
    public static List<String> readableCookies(List<String> cookies) {
        return cookies == null
                ? null
                : cookies.stream().filter(HeaderScreen::cleanValue).toList();
    }

    static boolean cleanValue(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** The headers with the spaces and tabs around each value dropped, and any credential that cannot be read. */
    public static Map<String, String> trimmed(Map<String, String> headers) {
        if (headers == null) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            if (!(credential(name) && !cleanValue(value))) {
                out.put(name, value == null ? null : withoutSpaceAround(value));
            }
        });
        return out;
    }

    private static String withoutSpaceAround(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(start, end);
    }

    /** The answer's body: the header named (a token, so nothing in it needs escaping), its value never quoted. */
    public static String refusal(String header) {
        String message = "headers".equals(header)
                ? "A header's name holds a character no header name may hold: send only standard header names"
                : "The " + header + " header holds a control character, which no header may hold: send it without";
        return "{\"errors\":[{\"field\":\"" + header + "\",\"message\":\"" + message + "\"}]}";
    }
}
