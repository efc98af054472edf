package uk.childrenscomplaints.local.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs ID tokens shaped like Cognito's for the demo staff, with an RS256 key pair made when the runtime starts
 * and never written anywhere. Only the local bridge trusts this key; in AWS the HTTP API's JWT authorizer trusts
 * only the Cognito user pool, so nothing signed here can reach a deployed function.
 */
public final class LocalStaffTokens {

    /** What the local authorizer expects; in AWS these are the user pool's issuer URL and the app client's id. */
    public static final String ISSUER = "https://cognito-idp.local.invalid/local-staff-pool";
    public static final String AUDIENCE = "local-staff-client";
    /** Cognito's default ID token lifetime. */
    public static final Duration LIFETIME = Duration.ofHours(1);

    /** The seeded demo staff: user name, Cognito groups, {@code custom:teams}. */
    public record DemoUser(String username, List<String> groups, String teams) {
    }

    public static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("officer", List.of("complaints-team"), null),
            new DemoUser("huntingdon-manager", List.of("responding-manager"), "Huntingdon"),
            new DemoUser("ecf-manager", List.of("responding-manager"), "ECF"),
            new DemoUser("director", List.of("director"), null));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keys;
    private final String keyId = UUID.randomUUID().toString();
    private final Clock clock;

    private LocalStaffTokens(KeyPair keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** A fresh key pair; a restart makes every earlier token worthless, like rotating the pool's keys. */
    public static LocalStaffTokens generate(Clock clock) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new LocalStaffTokens(generator.generateKeyPair(), clock);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key pair could not be made", e);
        }
    }

    public Optional<DemoUser> demoUser(String username) {
        return DEMO_USERS.stream().filter(u -> u.username().equals(username)).findFirst();
    }

    /** An ID token for a demo user, valid for {@link #LIFETIME} from now. */
    public String issue(DemoUser user) {
        Instant now = clock.instant();
        return sign(claims(user, now, now.plus(LIFETIME)));
    }

    /** The claims Cognito puts in an ID token for this user (the ones the service reads, and the checked ones). */
    static Map<String, Object> claims(DemoUser user, Instant issuedAt, Instant expires) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", UUID.nameUUIDFromBytes(user.username().getBytes(StandardCharsets.UTF_8)).toString());
        claims.put("cognito:groups", user.groups());
        claims.put("iss", ISSUER);
        claims.put("cognito:username", user.username());
        if (user.teams() != null) {
            claims.put("custom:teams", user.teams());
        }
        claims.put("aud", AUDIENCE);
        claims.put("token_use", "id");
        claims.put("auth_time", issuedAt.getEpochSecond());
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", expires.getEpochSecond());
        return claims;
    }

    /** Signs any claims with this runtime's key: tests use it for expired or wrongly addressed tokens. */
    String sign(Map<String, Object> claims) {
        return sign(claims, keys.getPrivate(), keyId);
    }

    static String sign(Map<String, Object> claims, PrivateKey key, String keyId) {
        try {
            String header = B64.encodeToString(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT",
                    "kid", keyId)));
            String payload = B64.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + B64.encodeToString(signer.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("token could not be signed", e);
        }
    }

    PublicKey publicKey() {
        return keys.getPublic();
    }

    String keyId() {
        return keyId;
    }

    Clock clock() {
        return clock;
    }
}
