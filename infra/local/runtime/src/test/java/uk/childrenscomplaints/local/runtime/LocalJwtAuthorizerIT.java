package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.local.standins.SamTemplate;

/** The bridge's stand-in for the HTTP API's JWT authorizer, on a route of the echo template with {@code Auth}. */
class LocalJwtAuthorizerIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ApiGatewayBridge bridge;

    @BeforeAll
    static void start() {
        SamTemplate template = SamTemplate.load(Path.of("src/test/resources/bridge-template.yaml"));
        TemplateValues values = TemplateValues.of(template, Map.of(), Map.of("Greeting", "hello"));
        bridge = ApiGatewayBridge.start(
                TemplateFunctions.from(template), 0, f -> values.resolveAll(f.logicalId(), f.environment()));
    }

    @AfterAll
    static void stop() {
        bridge.close();
    }

    @Test
    void withoutAnAuthorizationHeaderTheAuthorizerAnswers401AndTheFunctionIsNotCalled() throws Exception {
        HttpResponse<String> response = staffEcho(null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
    }

    @Test
    void aDemoTokenFromLocalTokenReachesTheFunctionWithClaimsAsApiGatewayWritesThem() throws Exception {
        String token = token("huntingdon-manager");

        HttpResponse<String> response = staffEcho("Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode claims = JSON.readTree(response.body()).path("claims");
        assertThat(claims.path("cognito:username").asText()).isEqualTo("huntingdon-manager");
        // API Gateway flattens arrays to "[a b]" and numbers to text.
        assertThat(claims.path("cognito:groups").asText()).isEqualTo("[responding-manager]");
        assertThat(claims.path("custom:teams").asText()).isEqualTo("Huntingdon");
        assertThat(claims.path("exp").isTextual()).isTrue();
        assertThat(claims.path("token_use").asText()).isEqualTo("id");
    }

    @Test
    void aPublicRouteNeedsNoToken() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(url("/files/special")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        LocalStaffTokens forger = LocalStaffTokens.generate(Clock.systemUTC());
        String forged = forger.issue(forger.demoUser("director").orElseThrow());
        assertThat(staffEcho("Bearer " + forged).statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        String expired = bridge.tokens()
                .sign(LocalStaffTokens.claims(
                        bridge.tokens().demoUser("officer").orElseThrow(), anHourAgo.minusSeconds(3600), anHourAgo));
        assertThat(staffEcho("Bearer " + expired).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenForAnotherAudienceOrWithItsPayloadChangedIsRefused() throws Exception {
        Map<String, Object> claims = new java.util.LinkedHashMap<>(LocalStaffTokens.claims(
                bridge.tokens().demoUser("officer").orElseThrow(),
                Instant.now(),
                Instant.now().plusSeconds(600)));
        claims.put("aud", "someone-elses-client");
        assertThat(staffEcho("Bearer " + bridge.tokens().sign(claims)).statusCode())
                .isEqualTo(401);

        String[] parts = token("officer").split("\\.");
        String promoted = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                        .replace("complaints-team", "director")
                        .getBytes());
        assertThat(staffEcho("Bearer " + parts[0] + "." + promoted + "." + parts[2])
                        .statusCode())
                .isEqualTo(401);
        assertThat(staffEcho("Bearer not-a-jwt").statusCode()).isEqualTo(401);
        assertThat(staffEcho(token("officer")).statusCode())
                .as("without the Bearer scheme")
                .isEqualTo(401);
    }

    @Test
    void anUnsignedTokenOrOneSignedWithHmacKeyedByThePublicKeyIsRefused() throws Exception {
        JWTClaimsSet claims = JWTClaimsSet.parse(LocalStaffTokens.claims(
                bridge.tokens().demoUser("director").orElseThrow(),
                Instant.now(),
                Instant.now().plusSeconds(600)));
        String unsigned = new PlainJWT(claims).serialize();
        RSAKey key = (RSAKey) bridge.tokens().publicKeys().getKeys().get(0);
        SignedJWT hmac = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(), claims);
        hmac.sign(new MACSigner(key.toRSAPublicKey().getEncoded()));

        assertThat(staffEcho("Bearer " + unsigned).statusCode()).as("alg none").isEqualTo(401);
        assertThat(staffEcho("Bearer " + hmac.serialize()).statusCode())
                .as("HS256")
                .isEqualTo(401);
    }

    @Test
    void localTokenRefusesAnUnknownUser() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(url("/local/token"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"mallory\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("token\"");
    }

    private static String token(String user) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(url("/local/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).path("token").asText();
    }

    private static HttpResponse<String> staffEcho(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url("/staff/echo")).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(String path) {
        return bridge.endpoint().resolve(path);
    }
}
