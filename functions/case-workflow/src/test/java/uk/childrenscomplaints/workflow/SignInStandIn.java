package uk.childrenscomplaints.workflow;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;

/**
 * The user pool as far as the pages depend on it: a key pair, its JWKS served over real HTTP on a free port, and ID
 * tokens signed with it (or, for the tests of forgery, with another key, with none, or with HMAC keyed by the public
 * key), all by Nimbus JOSE+JWT.
 */
public final class SignInStandIn implements FunctionAppExtension.StandIn {
    public static final String ISSUER = "https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_Test";
    public static final String WEB_CLIENT = "web-client-id";
    public static final String KEY_ID = "test-key";

    private final RSAKey key = rsa();
    private final RSAKey stranger = rsa();
    private final HttpServer server;
    public final AtomicInteger jwksFetches = new AtomicInteger();

    public SignInStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/.well-known/jwks.json", exchange -> {
            jwksFetches.incrementAndGet();
            byte[] body = new JWKSet(key).toString(true).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public String jwksUrl() {
        return "http://localhost:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** The settings the function reads, pointing at this stand-in. */
    @Override
    public Map<String, Object> properties() {
        return Map.of(
                "STAFF_ISSUER",
                ISSUER,
                "STAFF_WEB_CLIENT_ID",
                WEB_CLIENT,
                "STAFF_SIGN_IN_URL",
                "https://staff-test.auth.eu-west-2.amazoncognito.com",
                "STAFF_JWKS_URL",
                jwksUrl(),
                "PUBLIC_BASE_URL",
                "https://abc123.execute-api.eu-west-2.amazonaws.com");
    }

    public static Map<String, Object> claims(String user, List<String> groups, String teams, Instant now) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("sub", "sub-" + user);
        c.put("cognito:groups", groups);
        c.put("iss", ISSUER);
        c.put("cognito:username", user);
        if (teams != null) {
            c.put("custom:teams", teams);
        }
        c.put("aud", WEB_CLIENT);
        c.put("token_use", "id");
        c.put("iat", now.getEpochSecond());
        c.put("exp", now.plusSeconds(3600).getEpochSecond());
        return c;
    }

    public String sign(Map<String, Object> claims) {
        return sign(claims, key);
    }

    public String signWithAnotherKey(Map<String, Object> claims) {
        return sign(claims, stranger);
    }

    /** {@code alg: none}: claims with no signature at all. */
    public static String unsigned(Map<String, Object> claims) {
        return new PlainJWT(claimsSet(claims)).serialize();
    }

    /** HS256 keyed with the pool's public key: the old confusion attack on verifiers that trust the header's alg. */
    public String signWithHmacKeyedByThePublicKey(Map<String, Object> claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KEY_ID).build(), claimsSet(claims));
            jwt.sign(new MACSigner(key.toRSAPublicKey().getEncoded()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(Map<String, Object> claims, RSAKey with) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(), claimsSet(claims));
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claimsSet(Map<String, Object> claims) {
        try {
            return JWTClaimsSet.parse(claims);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static RSAKey rsa() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(KEY_ID)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyUse(KeyUse.SIGNATURE)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
