package uk.childrenscomplaints.workflow.signin;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.services.ssm.SsmClient;
import uk.childrenscomplaints.complaint.infrastructure.SdkTimeouts;

/**
 * Where staff pages send people to sign in, and what a session's ID token must say: the user pool's issuer, the web
 * app client's id ({@code aud}), the hosted sign-in's base URL, where the pool's public keys are, and the address
 * the pages are reached at. All from the environment template.yaml sets (locally: the runtime's stand-in hosted UI).
 * Blank values leave the pages without sign-in: every page then sends people to a page saying so.
 */
public record StaffSignIn(
        String issuer, WebClientId webClient, String signInUrl, String jwksUrl, String publicBaseUrl) {

    public StaffSignIn(String issuer, String webClientId, String signInUrl, String jwksUrl, String publicBaseUrl) {
        this(issuer, WebClientId.of(webClientId), signInUrl, jwksUrl, publicBaseUrl);
    }

    public StaffSignIn {
        issuer = trim(issuer);
        signInUrl = trim(signInUrl);
        jwksUrl = trim(jwksUrl).isEmpty() && !trim(issuer).isEmpty()
                ? trim(issuer) + "/.well-known/jwks.json"
                : trim(jwksUrl);
        publicBaseUrl = trim(publicBaseUrl);
    }

    public boolean configured() {
        return !issuer.isEmpty() && webClient.known() && !signInUrl.isEmpty();
    }

    /** The web app client's id ({@code aud} of a session's token); read from Parameter Store on first use in AWS. */
    public String webClientId() {
        return webClient.value();
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
     * Read by placeholder rather than from application.properties: the local runtime runs every function on one
     * classpath, where only the first application.properties is read, and it need not be this function's.
     */
    @Factory
    static class FromEnvironment {
        @Singleton
        StaffSignIn staffSignIn(
                @Value("${STAFF_ISSUER:}") String issuer,
                @Value("${STAFF_WEB_CLIENT_ID:}") String webClientId,
                @Value("${STAFF_WEB_CLIENT_ID_PARAMETER:}") String webClientIdParameter,
                @Value("${STAFF_SIGN_IN_URL:}") String signInUrl,
                @Value("${STAFF_JWKS_URL:}") String jwksUrl,
                @Value("${PUBLIC_BASE_URL:}") String publicBaseUrl,
                @Value("${aws.services.ssm.endpoint-override:}") Optional<String> ssmEndpoint) {
            // The SSM client is built at the first read, never at start-up: most requests never need it.
            return new StaffSignIn(
                    issuer,
                    WebClientId.of(webClientId, webClientIdParameter, name -> readParameter(name, ssmEndpoint)),
                    signInUrl,
                    jwksUrl,
                    publicBaseUrl);
        }

        static String readParameter(String name, Optional<String> endpoint) {
            try (SsmClient ssm = ssm(endpoint)) {
                return ssm.getParameter(r -> r.name(name)).parameter().value();
            }
        }

        /** With the timeouts every client has (decision 017): a stalled SSM must not hold a sign-in past 30 s. */
        static SsmClient ssm(Optional<String> endpoint) {
            var builder = SdkTimeouts.applyTo(SsmClient.builder());
            endpoint.filter(e -> !e.isBlank()).map(URI::create).ifPresent(builder::endpointOverride);
            return builder.build();
        }
    }
}
