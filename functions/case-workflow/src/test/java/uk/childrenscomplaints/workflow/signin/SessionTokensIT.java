package uk.childrenscomplaints.workflow.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.workflow.SignInStandIn;

/** The staff pages' session check on its own, against the stand-in pool's JWKS served over HTTP. */
class SessionTokensIT {
    /** Monday 4 January 2027, 10:00 in London (GMT). */
    private static final Instant MON_2027_01_04 = Instant.parse("2027-01-04T10:00:00Z");

    private SignInStandIn pool;

    @BeforeEach
    void startPool() {
        pool = new SignInStandIn();
    }

    @AfterEach
    void stopPool() {
        pool.close();
    }

    private SessionTokens tokensAt(Instant now) {
        StaffSignIn signIn = new StaffSignIn(
                SignInStandIn.ISSUER,
                SignInStandIn.WEB_CLIENT,
                "https://staff-test.auth.eu-west-2.amazoncognito.com",
                pool.jwksUrl(),
                "");
        return new SessionTokens(signIn, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Map<String, Object> officer() {
        return SignInStandIn.claims("officer", List.of("complaints-team"), null, MON_2027_01_04);
    }

    @Test
    void aGoodSessionGivesItsClaimsAsApiGatewayWritesThemAndTheKeysAreFetchedOnceOnFirstUse() {
        SessionTokens tokens = tokensAt(MON_2027_01_04);
        assertThat(pool.jwksFetches).hasValue(0);

        Map<String, String> claims = tokens.verify(pool.sign(officer())).orElseThrow();
        assertThat(tokens.verify(pool.sign(officer()))).isPresent();

        assertThat(claims)
                .containsEntry("cognito:username", "officer")
                .containsEntry("cognito:groups", "[complaints-team]")
                .containsEntry("token_use", "id")
                .containsEntry(
                        "exp", String.valueOf(MON_2027_01_04.plusSeconds(3600).getEpochSecond()));
        assertThat(pool.jwksFetches).hasValue(1);
    }

    @Test
    void anUnsignedTokenOrOneSignedWithHmacKeyedByThePublicKeyIsRefused() {
        SessionTokens tokens = tokensAt(MON_2027_01_04);

        assertThat(tokens.verify(SignInStandIn.unsigned(officer())))
                .as("alg none")
                .isEmpty();
        assertThat(tokens.verify(pool.signWithHmacKeyedByThePublicKey(officer())))
                .as("HS256")
                .isEmpty();
    }

    @Test
    void aForgedOrAlteredTokenIsRefused() {
        SessionTokens tokens = tokensAt(MON_2027_01_04);
        String[] parts = pool.sign(officer()).split("\\.");
        String promoted = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("complaints-team", "director")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.verify(pool.signWithAnotherKey(officer())))
                .as("another key")
                .isEmpty();
        assertThat(tokens.verify(parts[0] + "." + promoted + "." + parts[2]))
                .as("claims changed")
                .isEmpty();
        assertThat(tokens.verify("junk")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
    }

    @Test
    void aTokenIsRefusedFromTheSecondItExpiresByTheInjectedClock() {
        String token = pool.sign(officer());
        Instant expires = MON_2027_01_04.plusSeconds(3600);

        assertThat(tokensAt(expires.minusSeconds(1)).verify(token)).isPresent();
        assertThat(tokensAt(expires).verify(token)).isEmpty();
        assertThat(tokensAt(MON_2027_01_04.plusSeconds(86_400)).verify(token)).isEmpty();
    }

    @Test
    void aTokenForAnotherClientFromAnotherPoolOrNotAnIdTokenIsRefused() {
        SessionTokens tokens = tokensAt(MON_2027_01_04);
        Map<String, Object> otherClient = officer();
        otherClient.put("aud", "the-api-client");
        Map<String, Object> otherPool = officer();
        otherPool.put("iss", "https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_Other");
        Map<String, Object> accessToken = officer();
        accessToken.put("token_use", "access");
        Map<String, Object> noExpiry = officer();
        noExpiry.remove("exp");

        for (Map<String, Object> claims : List.of(otherClient, otherPool, accessToken, noExpiry)) {
            assertThat(tokens.verify(pool.sign(claims))).as("%s", claims).isEmpty();
        }
    }
}
