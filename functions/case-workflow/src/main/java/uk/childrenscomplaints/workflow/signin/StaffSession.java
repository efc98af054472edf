package uk.childrenscomplaints.workflow.signin;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.childrenscomplaints.workflow.staff.StaffClaims;

/**
 * A staff page's session: the Cognito ID token in an HttpOnly cookie, verified on every request
 * ({@link SessionTokens}), then read into a member of staff the same way the API reads its authorizer's claims. Each
 * form carries a token derived from the session (a hash of it, which only someone holding the cookie can work out),
 * so a page on another site cannot post a form as the signed-in person.
 */
@Singleton
public final class StaffSession {
    static final String COOKIE = "staff_session";
    public static final String CSRF_FIELD = "csrf";

    private final SessionTokens tokens;
    private final StaffSignIn signIn;

    StaffSession(SessionTokens tokens, StaffSignIn signIn) {
        this.tokens = tokens;
        this.signIn = signIn;
    }

    /** A session: the token and who it says is signed in. */
    public record Signed(String token, StaffClaims.Caller caller) {
        public String csrf() {
            return StaffSession.csrfFor(token);
        }
    }

    /** The verified session, or empty when there is none, or it is expired, forged or for another client. */
    public Optional<Signed> of(APIGatewayV2HTTPEvent event) {
        return cookie(event, COOKIE)
                .flatMap(token -> tokens.verify(token).map(claims -> new Signed(token, StaffClaims.from(claims))));
    }

    /** The Set-Cookie value that starts a session lasting as long as the token. */
    String start(String token, long maxAgeSeconds) {
        return COOKIE + "=" + token + "; Path=/staff; Max-Age=" + Math.max(0, maxAgeSeconds)
                + "; HttpOnly; SameSite=Lax" + (signIn.secureCookies() ? "; Secure" : "");
    }

    String end() {
        return COOKIE + "=; Path=/staff; Max-Age=0; HttpOnly; SameSite=Lax"
                + (signIn.secureCookies() ? "; Secure" : "");
    }

    public static String csrfFor(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("staff-pages-csrf:" + token).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The form's token matches the session's, compared in constant time. */
    public static boolean csrfMatches(Signed session, String sent) {
        return sent != null
                && MessageDigest.isEqual(
                        session.csrf().getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A form post's Origin, when the browser sent one, must be the pages' own: the address they are published at,
     * or the host the request came to.
     */
    public boolean originAllowed(APIGatewayV2HTTPEvent event) {
        String origin = header(event, "origin");
        if (origin == null) {
            return true;
        }
        String host = header(event, "host");
        String base = signIn.baseFor(host == null ? "" : host);
        try {
            return origin.equalsIgnoreCase(StaffSignIn.origin(base))
                    || (host != null
                            && (origin.equalsIgnoreCase("https://" + host)
                                    || (!signIn.secureCookies() && origin.equalsIgnoreCase("http://" + host))));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static Optional<String> cookie(APIGatewayV2HTTPEvent event, String name) {
        List<String> cookies = event == null ? null : event.getCookies();
        if (cookies == null) {
            String header = header(event, "cookie");
            cookies = header == null ? List.of() : List.of(header.split(";"));
        }
        for (String cookie : cookies) {
            for (String one : cookie.split(";")) {
                String c = one.trim();
                if (c.startsWith(name + "=") && c.length() > name.length() + 1) {
                    return Optional.of(c.substring(name.length() + 1));
                }
            }
        }
        return Optional.empty();
    }

    public static String header(APIGatewayV2HTTPEvent event, String name) {
        Map<String, String> headers = event == null ? null : event.getHeaders();
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
    }
}
