package uk.childrenscomplaints.local.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code Type: HttpApi} event of a function: a method and a path template such as
 * {@code /complaints/{id}} or {@code /assets/{proxy+}}, and the name of its {@code Auth.Authorizer} (null when the
 * route is public).
 */
public record HttpRoute(String functionId, String method, String path, String authorizer) {

    public static final String ANY = "ANY";

    public HttpRoute {
        method = method.toUpperCase(Locale.ROOT);
    }

    /** A public route: no authorizer. */
    public HttpRoute(String functionId, String method, String path) {
        this(functionId, method, path, null);
    }

    public boolean needsAuthorization() {
        return authorizer != null && !authorizer.equals("NONE");
    }

    /** As API Gateway writes it into the event: {@code GET /assets/{proxy+}}. */
    public String routeKey() {
        return method + " " + path;
    }

    /** The path parameters when this route takes the request, empty otherwise. */
    public Optional<Map<String, String>> match(String requestMethod, String requestPath) {
        if (!method.equals(ANY) && !method.equalsIgnoreCase(requestMethod)) {
            return Optional.empty();
        }
        List<String> template = segments(path);
        List<String> actual = segments(requestPath);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String part = template.get(i);
            if (isGreedy(part)) {
                // {proxy+} needs at least one segment and takes the rest, slashes included.
                if (actual.size() <= i) {
                    return Optional.empty();
                }
                parameters.put(name(part), String.join("/", actual.subList(i, actual.size())));
                return Optional.of(parameters);
            }
            if (actual.size() <= i) {
                return Optional.empty();
            }
            if (isParameter(part)) {
                parameters.put(name(part), actual.get(i));
            } else if (!part.equals(actual.get(i))) {
                return Optional.empty();
            }
        }
        return actual.size() == template.size() ? Optional.of(parameters) : Optional.empty();
    }

    /**
     * Lower sorts first. API Gateway prefers the most specific route: literal segments over
     * {@code {param}}, and a greedy {@code {proxy+}} last; a named method over ANY.
     */
    int specificity() {
        int score = 0;
        for (String part : segments(path)) {
            score += isGreedy(part) ? 100 : isParameter(part) ? 10 : 0;
        }
        return method.equals(ANY) ? score + 1 : score;
    }

    private static List<String> segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
    }

    private static boolean isParameter(String part) {
        return part.startsWith("{") && part.endsWith("}");
    }

    private static boolean isGreedy(String part) {
        return isParameter(part) && part.endsWith("+}");
    }

    private static String name(String part) {
        return part.substring(1, part.length() - (isGreedy(part) ? 2 : 1));
    }
}
