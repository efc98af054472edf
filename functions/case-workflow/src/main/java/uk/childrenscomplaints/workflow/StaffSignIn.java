package uk.childrenscomplaints.workflow;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Locale;

/**
 * Where staff pages send people to sign in, and what a session's ID token must say: the user pool's issuer, the web
 * app client's id ({@code aud}), the hosted sign-in's base URL, where the pool's public keys are, and the address
 * the pages are reached at. All from the environment template.yaml sets (locally: the runtime's stand-in hosted UI).
 * Blank values leave the pages without sign-in: every page then sends people to a page saying so.
 */
public record StaffSignIn(String issuer, String webClientId, String signInUrl, String jwksUrl, String publicBaseUrl) {

    public StaffSignIn {
        issuer = trim(issuer);
        webClientId = trim(webClientId);
        signInUrl = trim(signInUrl);
        jwksUrl = trim(jwksUrl).isEmpty() && !trim(issuer).isEmpty() ? trim(issuer) + "/.well-known/jwks.json"
                : trim(jwksUrl);
        publicBaseUrl = trim(publicBaseUrl);
    }

    public boolean configured() {
        return !issuer.isEmpty() && !webClientId.isEmpty() && !signInUrl.isEmpty();
    }

    /** Cookies are Secure except when the pages are served over plain http on this machine (the local runtime). */
    public boolean secureCookies() {
        return !publicBaseUrl.toLowerCase(Locale.ROOT).startsWith("http://localhost")
                && !publicBaseUrl.toLowerCase(Locale.ROOT).startsWith("http://127.0.0.1");
    }

    /** The base the browser uses: PUBLIC_BASE_URL, or the API's own address as the request names it. */
    public String baseFor(String host) {
        if (!publicBaseUrl.isEmpty()) {
            return publicBaseUrl;
        }
        return "https://" + host;
    }

    /** The origin (scheme, host, port) of the base, for comparing with a form post's Origin header. */
    static String origin(String base) {
        URI uri = URI.create(base);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static String trim(String value) {
        if (value == null) {
            return "";
        }
        String t = value.trim();
        return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
    }

    /**
     * Read by placeholder rather than from application.yml: the local runtime runs every function on one classpath,
     * where only the first application.yml is read, and it need not be this function's.
     */
    @Factory
    static class FromEnvironment {
        @Singleton
        StaffSignIn staffSignIn(@Value("${STAFF_ISSUER:}") String issuer,
                @Value("${STAFF_WEB_CLIENT_ID:}") String webClientId,
                @Value("${STAFF_SIGN_IN_URL:}") String signInUrl,
                @Value("${STAFF_JWKS_URL:}") String jwksUrl,
                @Value("${PUBLIC_BASE_URL:}") String publicBaseUrl) {
            return new StaffSignIn(issuer, webClientId, signInUrl, jwksUrl, publicBaseUrl);
        }
    }
}
