package uk.childrenscomplaints.workflow;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies a staff page session: a Cognito ID token, RS256, signed by a key in the pool's JWKS, from the pool's
 * issuer, for the web client ({@code aud}), with {@code token_use=id}, not expired. What API Gateway's JWT authorizer
 * does for the API, done here because a browser page's token travels in a cookie, which that authorizer cannot read.
 * The key set is fetched when a session is first checked (never at cold start) and kept; an unknown key id fetches
 * it again, at most once a minute, so a key rotation is picked up without letting junk tokens hammer Cognito.
 * The claims come back flattened as the authorizer would pass them, so {@link StaffClaims} reads both alike.
 */
@Singleton
final class IdTokens {
    private static final Logger LOG = LoggerFactory.getLogger(IdTokens.class);
    private static final Base64.Decoder B64 = Base64.getUrlDecoder();
    private static final Duration REFETCH_AFTER = Duration.ofMinutes(1);

    private final StaffSignIn signIn;
    private final JsonMapper json;
    private final Clock clock;
    private volatile Map<String, PublicKey> keys = Map.of();
    private volatile Instant fetchedAt = Instant.EPOCH;
    private HttpClient http;

    IdTokens(StaffSignIn signIn, JsonMapper json, Clock clock) {
        this.signIn = signIn;
        this.json = json;
        this.clock = clock;
    }

    /** The token's claims when it is a valid session for these pages; empty for anything else. */
    Optional<Map<String, String>> verify(String token) {
        if (token == null || !signIn.configured()) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode header = json.readValue(B64.decode(parts[0]), JsonNode.class);
            if (header == null || !"RS256".equals(text(header, "alg"))) {
                return Optional.empty();
            }
            Optional<PublicKey> key = key(text(header, "kid"));
            if (key.isEmpty()) {
                return Optional.empty();
            }
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key.get());
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(B64.decode(parts[2]))) {
                return Optional.empty();
            }
            JsonNode claims = json.readValue(B64.decode(parts[1]), JsonNode.class);
            return valid(claims) ? Optional.of(flatten(claims)) : Optional.empty();
        } catch (IOException | GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private boolean valid(JsonNode claims) {
        if (claims == null || !claims.isObject()) {
            return false;
        }
        JsonNode exp = claims.get("exp");
        long now = clock.instant().getEpochSecond();
        boolean fresh = exp != null && exp.isNumber() && exp.getLongValue() > now;
        JsonNode nbf = claims.get("nbf");
        boolean started = nbf == null || (nbf.isNumber() && nbf.getLongValue() <= now);
        return fresh && started && signIn.issuer().equals(text(claims, "iss")) && "id".equals(text(claims, "token_use"))
                && audienceIsOurs(claims.get("aud"));
    }

    private boolean audienceIsOurs(JsonNode aud) {
        if (aud == null) {
            return false;
        }
        if (aud.isArray()) {
            for (JsonNode one : aud.values()) {
                if (one.isString() && signIn.webClientId().equals(one.getStringValue())) {
                    return true;
                }
            }
            return false;
        }
        return aud.isString() && signIn.webClientId().equals(aud.getStringValue());
    }

    private Optional<PublicKey> key(String kid) {
        if (kid == null) {
            return Optional.empty();
        }
        PublicKey known = keys.get(kid);
        if (known != null) {
            return Optional.of(known);
        }
        synchronized (this) {
            known = keys.get(kid);
            if (known == null && clock.instant().isAfter(fetchedAt.plus(REFETCH_AFTER))) {
                keys = fetch();
                fetchedAt = clock.instant();
                known = keys.get(kid);
            }
        }
        return Optional.ofNullable(known);
    }

    private Map<String, PublicKey> fetch() {
        try {
            if (http == null) {
                http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            }
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(signIn.jwksUrl()))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                LOG.warn("staff sign-in keys could not be fetched: HTTP {}", answer.statusCode());
                return keys;
            }
            JsonNode set = json.readValue(answer.body(), JsonNode.class);
            Map<String, PublicKey> found = new HashMap<>();
            JsonNode list = set == null ? null : set.get("keys");
            if (list != null && list.isArray()) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                for (JsonNode k : list.values()) {
                    if ("RSA".equals(text(k, "kty")) && text(k, "kid") != null && text(k, "n") != null
                            && text(k, "e") != null) {
                        found.put(text(k, "kid"), rsa.generatePublic(new RSAPublicKeySpec(
                                new BigInteger(1, B64.decode(text(k, "n"))), new BigInteger(1, B64.decode(text(k, "e"))))));
                    }
                }
            }
            LOG.info("staff sign-in keys fetched: {} keys", found.size());
            return Map.copyOf(found);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            LOG.warn("staff sign-in keys could not be fetched: {}", e.getClass().getSimpleName());
            return keys;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return keys;
        }
    }

    /** As API Gateway passes JWT claims on: strings as they are, arrays as {@code [a b]}, the rest as text. */
    private static Map<String, String> flatten(JsonNode claims) {
        Map<String, String> flat = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : claims.entries()) {
            JsonNode v = e.getValue();
            if (v.isArray()) {
                List<String> items = new ArrayList<>();
                v.values().forEach(item -> items.add(item.isString() ? item.getStringValue() : String.valueOf(item)));
                flat.put(e.getKey(), "[" + String.join(" ", items) + "]");
            } else if (v.isString()) {
                flat.put(e.getKey(), v.getStringValue());
            } else if (v.isNumber()) {
                flat.put(e.getKey(), v.getNumberValue().toString());
            } else if (v.isBoolean()) {
                flat.put(e.getKey(), String.valueOf(v.getBooleanValue()));
            }
        }
        return flat;
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node == null ? null : node.get(name);
        return v != null && v.isString() ? v.getStringValue() : null;
    }
}
