package uk.childrenscomplaints.workflow.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.inject.Singleton;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.workflow.staff.StaffClaims;

/**
 * Verifies a staff page session with Nimbus JOSE+JWT: a Cognito ID token, RS256 only, signed by a key in the pool's
 * JWKS, from the pool's issuer, for the web client ({@code aud}), with {@code token_use=id}, not expired by the
 * injected clock. What API Gateway's JWT authorizer does for the API, done here because a browser page's token
 * travels in a cookie, which that authorizer cannot read.
 *
 * <p>Nothing is built or fetched at start-up: the processor is made when a session is first checked (reading the
 * web client's id then, which in AWS may mean a call to Parameter Store), and the key set is fetched on first use
 * and cached; an unknown key id fetches it again, at most once a minute, so a key rotation is picked up without
 * letting junk tokens hammer Cognito. The claims come back flattened as the authorizer would pass them, so
 * {@link StaffClaims} reads both alike.
 */
@Singleton
final class SessionTokens {
    private static final Logger LOG = LoggerFactory.getLogger(SessionTokens.class);
    private static final Duration KEYS_KEPT_FOR = Duration.ofHours(1);
    private static final Duration KEY_FETCH_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration REFETCH_AT_MOST_EVERY = Duration.ofMinutes(1);
    private static final int HTTP_TIMEOUT_MILLIS = 5_000;
    private static final int JWKS_SIZE_LIMIT_BYTES = 50 * 1024;

    private final StaffSignIn signIn;
    private final Clock clock;
    private volatile ConfigurableJWTProcessor<SecurityContext> processor;

    SessionTokens(StaffSignIn signIn, Clock clock) {
        this.signIn = signIn;
        this.clock = clock;
    }

    /** The token's claims when it is a valid session for these pages; empty for anything else. */
    Optional<Map<String, String>> verify(String token) {
        if (token == null || !signIn.configured()) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            processor().process(jwt, null);
            return Optional.of(asApiGatewayClaims(jwt.getPayload().toJSONObject()));
        } catch (RateLimitReachedException e) {
            // An unknown key id asked for the keys again within the minute: refused, as junk would be.
            return Optional.empty();
        } catch (KeySourceException e) {
            LOG.warn("staff sign-in keys could not be fetched: {}", e.getClass().getSimpleName());
            return Optional.empty();
        } catch (MalformedURLException e) {
            LOG.warn("staff sign-in keys' address is not a URL");
            return Optional.empty();
        } catch (ParseException | BadJOSEException | JOSEException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private ConfigurableJWTProcessor<SecurityContext> processor() throws MalformedURLException {
        ConfigurableJWTProcessor<SecurityContext> made = processor;
        if (made == null) {
            synchronized (this) {
                made = processor;
                if (made == null) {
                    made = build();
                    processor = made;
                }
            }
        }
        return made;
    }

    private ConfigurableJWTProcessor<SecurityContext> build() throws MalformedURLException {
        JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(
                        URI.create(signIn.jwksUrl()).toURL(),
                        new DefaultResourceRetriever(HTTP_TIMEOUT_MILLIS, HTTP_TIMEOUT_MILLIS, JWKS_SIZE_LIMIT_BYTES))
                .cache(KEYS_KEPT_FOR.toMillis(), KEY_FETCH_TIMEOUT.toMillis())
                // A Lambda is frozen between requests: a background refresh would never run when it should.
                .refreshAheadCache(false)
                .rateLimited(REFETCH_AT_MOST_EVERY.toMillis())
                .build();
        DefaultJWTProcessor<SecurityContext> made = new DefaultJWTProcessor<>();
        made.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        made.setJWTClaimsSetVerifier(new ClaimsAtClockTime(
                clock,
                signIn.webClientId(),
                new JWTClaimsSet.Builder()
                        .issuer(signIn.issuer())
                        .claim("token_use", "id")
                        .build(),
                Set.of(JWTClaimNames.EXPIRATION_TIME)));
        return made;
    }

    /** Nimbus's checks of issuer, audience and times, with "now" from the injected clock rather than the system's. */
    private static final class ClaimsAtClockTime extends DefaultJWTClaimsVerifier<SecurityContext> {
        private final Clock clock;

        ClaimsAtClockTime(Clock clock, String audience, JWTClaimsSet exactMatch, Set<String> required) {
            super(Set.of(audience), exactMatch, required, null);
            this.clock = clock;
            // An expired token is refused the moment it expires, as before: Cognito and this function share AWS time.
            setMaxClockSkew(0);
        }

        @Override
        protected Date currentTime() {
            return Date.from(clock.instant());
        }
    }

    /**
     * As API Gateway passes JWT claims on: strings as they are, arrays as {@code [a b]}, numbers and booleans
     * as text.
     */
    static Map<String, String> asApiGatewayClaims(Map<String, Object> claims) {
        Map<String, String> flat = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : claims.entrySet()) {
            Object v = e.getValue();
            if (v instanceof List<?> list) {
                List<String> items = new ArrayList<>();
                list.forEach(item -> items.add(item instanceof String s ? s : json(item)));
                flat.put(e.getKey(), "[" + String.join(" ", items) + "]");
            } else if (v instanceof String s) {
                flat.put(e.getKey(), s);
            } else if (v instanceof Number || v instanceof Boolean) {
                flat.put(e.getKey(), String.valueOf(v));
            }
        }
        return flat;
    }

    @SuppressWarnings("unchecked")
    private static String json(Object value) {
        if (value instanceof Map<?, ?> map) {
            return JSONObjectUtils.toJSONString((Map<String, ?>) map);
        }
        if (value instanceof List<?> list) {
            return JSONArrayUtils.toJSONString((List<Object>) list);
        }
        return String.valueOf(value);
    }
}
