package uk.childrenscomplaints.workflow;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The user pool as far as the pages depend on it: a key pair, its JWKS served over real HTTP on a free port, and ID
 * tokens signed with it (or, for the tests of forgery, with another key).
 */
final class SignInStandIn implements AutoCloseable {
    static final String ISSUER = "https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_Test";
    static final String WEB_CLIENT = "web-client-id";
    static final String KEY_ID = "test-key";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keys = rsa();
    private final KeyPair stranger = rsa();
    private final HttpServer server;
    final AtomicInteger jwksFetches = new AtomicInteger();

    SignInStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/.well-known/jwks.json", exchange -> {
            jwksFetches.incrementAndGet();
            RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
            byte[] body = ("{\"keys\":[{\"kty\":\"RSA\",\"alg\":\"RS256\",\"use\":\"sig\",\"kid\":\"" + KEY_ID
                    + "\",\"n\":\"" + B64.encodeToString(unsigned(pub.getModulus())) + "\",\"e\":\""
                    + B64.encodeToString(unsigned(pub.getPublicExponent())) + "\"}]}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String jwksUrl() {
        return "http://localhost:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** The settings the function reads, pointing at this stand-in. */
    Map<String, Object> properties() {
        return Map.of("STAFF_ISSUER", ISSUER, "STAFF_WEB_CLIENT_ID", WEB_CLIENT,
                "STAFF_SIGN_IN_URL", "https://staff-test.auth.eu-west-2.amazoncognito.com",
                "STAFF_JWKS_URL", jwksUrl(), "PUBLIC_BASE_URL", "https://abc123.execute-api.eu-west-2.amazonaws.com");
    }

    static Map<String, Object> claims(String user, List<String> groups, String teams, Instant now) {
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

    String sign(Map<String, Object> claims) {
        return sign(claims, keys.getPrivate());
    }

    String signWithAnotherKey(Map<String, Object> claims) {
        return sign(claims, stranger.getPrivate());
    }

    private static String sign(Map<String, Object> claims, PrivateKey key) {
        try {
            String header = B64.encodeToString(("{\"alg\":\"RS256\",\"kid\":\"" + KEY_ID + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
            String payload = B64.encodeToString(json(claims).getBytes(StandardCharsets.UTF_8));
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + B64.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append('"').append(k).append("\":")
                    .append(json(v)));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(v -> out.append(out.length() > 1 ? "," : "").append(json(v)));
            return out.append(']').toString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return "\"" + value + "\"";
    }

    private static byte[] unsigned(BigInteger n) {
        byte[] bytes = n.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
