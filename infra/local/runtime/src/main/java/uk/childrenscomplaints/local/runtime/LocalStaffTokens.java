package uk.childrenscomplaints.local.runtime;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.childrenscomplaints.complaint.infrastructure.ComplaintsSettings;

/**
 * Signs ID tokens shaped like Cognito's for the demo staff (Nimbus JOSE+JWT), with an RS256 key pair made when the
 * runtime starts and never written anywhere. Only the local bridge trusts this key; in AWS the HTTP API's JWT
 * authorizer trusts only the Cognito user pool, so nothing signed here can reach a deployed function.
 */
public final class LocalStaffTokens {

    /** What the local authorizer expects; in AWS these are the user pool's issuer URL and the app client's id. */
    public static final String ISSUER = "https://cognito-idp.local.invalid/local-staff-pool";

    public static final String AUDIENCE = "local-staff-client";
    /** Cognito's default ID token lifetime. */
    public static final Duration LIFETIME = Duration.ofHours(1);

    /** The seeded demo staff: user name, Cognito groups, {@code custom:teams}. */
    public record DemoUser(String username, List<String> groups, String teams) {}

    private final RSAKey key;
    private final Clock clock;
    private final List<DemoUser> users;

    private LocalStaffTokens(RSAKey key, Clock clock, List<DemoUser> users) {
        this.key = key;
        this.clock = clock;
        this.users = List.copyOf(users);
    }

    /** A fresh key pair for the sample council's demo staff. */
    public static LocalStaffTokens generate(Clock clock) {
        return generate(clock, ComplaintsSettings.SAMPLE_PROFILE);
    }

    /**
     * A fresh key pair, for the demo staff of the council whose profile is {@code config/<profile>.properties}
     * ({@link DemoStaff}); a restart makes every earlier token worthless, like rotating the pool's keys.
     */
    public static LocalStaffTokens generate(Clock clock, String profile) {
        List<DemoUser> staff = DemoStaff.of(profile);
        try {
            return new LocalStaffTokens(
                    new RSAKeyGenerator(2048)
                            .keyID(UUID.randomUUID().toString())
                            .algorithm(JWSAlgorithm.RS256)
                            .keyUse(KeyUse.SIGNATURE)
                            .generate(),
                    clock,
                    staff);
        } catch (JOSEException e) {
            throw new IllegalStateException("RSA key pair could not be made", e);
        }
    }

    /** The demo staff this runtime signs in, in the order the sign-in page offers them. */
    public List<DemoUser> users() {
        return users;
    }

    public Optional<DemoUser> demoUser(String username) {
        return users.stream().filter(u -> u.username().equals(username)).findFirst();
    }

    /** An ID token for a demo user, valid for {@link #LIFETIME} from now. */
    public String issue(DemoUser user) {
        Instant now = clock.instant();
        return sign(claims(user, now, now.plus(LIFETIME)));
    }

    /** The claims Cognito puts in an ID token for this user (the ones the service reads, and the checked ones). */
    static Map<String, Object> claims(DemoUser user, Instant issuedAt, Instant expires) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(
                "sub",
                UUID.nameUUIDFromBytes(user.username().getBytes(StandardCharsets.UTF_8))
                        .toString());
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
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .type(JOSEObjectType.JWT)
                            .keyID(key.getKeyID())
                            .build(),
                    JWTClaimsSet.parse(claims));
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("token could not be signed", e);
        }
    }

    /** The public half, as the pool's {@code /.well-known/jwks.json} serves it. */
    JWKSet publicKeys() {
        return new JWKSet(key).toPublicJWKSet();
    }

    Clock clock() {
        return clock;
    }
}
