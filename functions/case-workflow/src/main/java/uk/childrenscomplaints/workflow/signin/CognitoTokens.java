package uk.childrenscomplaints.workflow.signin;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The hosted UI's token endpoint: a one-time code and the PKCE verifier in, the ID token out. */
@Singleton
class CognitoTokens {
    private static final Logger LOG = LoggerFactory.getLogger(CognitoTokens.class);

    private final StaffSignIn signIn;
    private final JsonMapper json;
    private HttpClient http;

    CognitoTokens(StaffSignIn signIn, JsonMapper json) {
        this.signIn = signIn;
        this.json = json;
    }

    Optional<String> exchange(String code, String verifier, String redirectUri) {
        String form = "grant_type=authorization_code&client_id=" + encode(signIn.webClientId()) + "&code="
                + encode(code) + "&redirect_uri=" + encode(redirectUri) + "&code_verifier=" + encode(verifier);
        try {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder()
                            .connectTimeout(Duration.ofSeconds(5))
                            .build();
                }
            }
            HttpResponse<byte[]> answer = http.send(
                    HttpRequest.newBuilder(URI.create(signIn.signInUrl() + "/oauth2/token"))
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                LOG.info("staff sign-in: token endpoint answered HTTP {}", answer.statusCode());
                return Optional.empty();
            }
            JsonNode body = json.readValue(answer.body(), JsonNode.class);
            JsonNode idToken = body == null ? null : body.get("id_token");
            return idToken != null && idToken.isString() ? Optional.of(idToken.getStringValue()) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn(
                    "staff sign-in: token endpoint unreachable ({})",
                    e.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
