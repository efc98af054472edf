package uk.childrenscomplaints.local.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cognito's hosted UI, token endpoint and key set, as far as the staff pages use them, for the demo users: a
 * GOV.UK-styled page to choose who to be ({@code GET /local/oauth2/authorize}), a one-time code back to the
 * redirect URI, {@code POST /local/oauth2/token} checking the code and its PKCE verifier and answering an ID token
 * signed by {@link LocalStaffTokens}, the public key at {@code /local/.well-known/jwks.json}, and
 * {@code /local/logout}. Local only: redirect URIs must point back at this runtime, and nothing here exists in AWS.
 */
final class LocalHostedUi {
    static final String PREFIX = "/local/";
    static final String AUTHORIZE = "/local/oauth2/authorize";
    static final String TOKEN = "/local/oauth2/token";
    static final String JWKS = "/local/.well-known/jwks.json";
    static final String LOGOUT = "/local/logout";
    private static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Grant(LocalStaffTokens.DemoUser user, String redirectUri, String challenge, Instant expires) {}

    private final LocalStaffTokens tokens;
    private final URI endpoint;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();

    LocalHostedUi(LocalStaffTokens tokens, URI endpoint) {
        this.tokens = tokens;
        this.endpoint = endpoint;
    }

    static boolean handles(String path) {
        return path.equals(AUTHORIZE) || path.equals(TOKEN) || path.equals(JWKS) || path.equals(LOGOUT);
    }

    int answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (path.equals(JWKS) && method.equals("GET")) {
            return json(exchange, 200, tokens.publicKeys().toJSONObject());
        }
        if (path.equals(AUTHORIZE) && method.equals("GET")) {
            if (!LocalStaffTokens.AUDIENCE.equals(query.get("client_id"))
                    || !ours(query.get("redirect_uri"))
                    || !"code".equals(query.get("response_type"))
                    || !"S256".equals(query.get("code_challenge_method"))
                    || blank(query.get("code_challenge"))
                    || blank(query.get("state"))) {
                return html(
                        exchange,
                        400,
                        page(
                                "Sign-in request not recognised",
                                "<p class=\"govuk-body\">This "
                                        + "sign-in request is missing something the staff pages always send. Start again from "
                                        + "<a class=\"govuk-link\" href=\"/staff\">the staff pages</a>.</p>"));
            }
            return html(exchange, 200, chooser(query));
        }
        if (path.equals(AUTHORIZE) && method.equals("POST")) {
            Map<String, String> f = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            var user = tokens.demoUser(f.get("user"));
            if (user.isEmpty() || !ours(f.get("redirect_uri")) || blank(f.get("code_challenge"))) {
                return html(
                        exchange,
                        400,
                        page(
                                "Choose who to sign in as",
                                "<p class=\"govuk-body\">Go back and " + "choose one of the demo users.</p>"));
            }
            String code = random();
            codes.put(
                    code,
                    new Grant(
                            user.get(),
                            f.get("redirect_uri"),
                            f.get("code_challenge"),
                            Instant.now().plus(CODE_LIFETIME)));
            return redirect(
                    exchange,
                    f.get("redirect_uri") + "?code=" + code + "&state="
                            + URLEncoder.encode(f.getOrDefault("state", ""), StandardCharsets.UTF_8));
        }
        if (path.equals(TOKEN) && method.equals("POST")) {
            Map<String, String> f = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Grant grant = f.get("code") == null ? null : codes.remove(f.get("code"));
            if (grant == null
                    || grant.expires().isBefore(Instant.now())
                    || !grant.redirectUri().equals(f.get("redirect_uri"))
                    || !LocalStaffTokens.AUDIENCE.equals(f.get("client_id"))
                    || !grant.challenge().equals(challenge(f.getOrDefault("code_verifier", "")))) {
                return json(exchange, 400, Map.of("error", "invalid_grant"));
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("id_token", tokens.issue(grant.user()));
            answer.put("token_type", "Bearer");
            answer.put("expires_in", LocalStaffTokens.LIFETIME.toSeconds());
            return json(exchange, 200, answer);
        }
        if (path.equals(LOGOUT) && method.equals("GET") && ours(query.get("logout_uri"))) {
            return redirect(exchange, query.get("logout_uri"));
        }
        return json(exchange, 400, Map.of("error", "invalid_request"));
    }

    private boolean ours(String uri) {
        return uri != null && uri.startsWith(endpoint.toString() + "/");
    }

    private String chooser(Map<String, String> q) {
        StringBuilder radios = new StringBuilder();
        int i = 0;
        for (LocalStaffTokens.DemoUser u : tokens.users()) {
            String id = i == 0 ? "user" : "user-" + (i + 1);
            radios.append("<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" type=\"radio\" id=\"")
                    .append(id)
                    .append("\" name=\"user\" value=\"")
                    .append(escape(u.username()))
                    .append('"')
                    .append(i == 0 ? " checked" : "")
                    .append("><label class=\"govuk-label govuk-radios__label\" for=\"")
                    .append(id)
                    .append("\">")
                    .append(escape(u.username()))
                    .append("</label><div class=\"govuk-hint " + "govuk-radios__hint\">")
                    .append(escape(String.join(", ", u.groups())))
                    .append(u.teams() == null ? "" : ", team " + escape(u.teams()))
                    .append("</div></div>");
            i++;
        }
        String hidden = hidden("redirect_uri", q.get("redirect_uri"))
                + hidden("state", q.get("state"))
                + hidden("code_challenge", q.get("code_challenge"));
        return page(
                "Sign in to the staff pages",
                "<p class=\"govuk-body\">This is the local stand-in for the "
                        + "council's sign-in page. Choose a demo user.</p><form method=\"post\" action=\"" + AUTHORIZE
                        + "\" novalidate>" + hidden
                        + "<div class=\"govuk-form-group\"><fieldset class=\"govuk-fieldset\">"
                        + "<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">Who are you?</legend>"
                        + "<div class=\"govuk-radios\">" + radios + "</div></fieldset></div>"
                        + "<button type=\"submit\" class=\"govuk-button\" id=\"sign-in\">Sign in</button></form>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\" class=\"govuk-template govuk-template--rebranded\"><head>"
                + "<meta charset=\"utf-8\"><title>" + escape(title) + " - local sign-in</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"stylesheet\" href=\"/assets/govuk-frontend.min.css\"></head>"
                + "<body class=\"govuk-template__body\"><a href=\"#main-content\" class=\"govuk-skip-link\">Skip to "
                + "main content</a><header class=\"govuk-template__header\"><section aria-label=\"Service information\" "
                + "class=\"govuk-service-navigation\"><div class=\"govuk-width-container\"><div class=\"govuk-service-"
                + "navigation__container\"><span class=\"govuk-service-navigation__service-name\"><span class=\"govuk-"
                + "service-navigation__text\">Children's complaints: local sign-in</span></span></div></div></section>"
                + "</header><div class=\"govuk-width-container\"><main class=\"govuk-main-wrapper\" id=\"main-content\">"
                + "<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\"><h1 class=\"govuk-heading-l\">"
                + escape(title) + "</h1>" + body + "</div></div></main></div></body></html>";
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value == null ? "" : value) + "\">";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static int html(HttpExchange exchange, int status, String html) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        return send(exchange, status, html.getBytes(StandardCharsets.UTF_8));
    }

    private static int json(HttpExchange exchange, int status, Object body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        return send(exchange, status, JSON.writeValueAsBytes(body));
    }

    private static int redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(303, -1);
        exchange.close();
        return 303;
    }

    private static int send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        return status;
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            try {
                values.putIfAbsent(
                        URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // A malformed pair is left out; the checks above then refuse the request.
            }
        }
        return values;
    }

    private static String challenge(String verifier) {
        try {
            return B64.encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return B64.encodeToString(bytes);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
