package uk.childrenscomplaints.local.runtime;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP API's JWT authorizer, as far as the service depends on it: a route with {@code Auth.Authorizer} takes a
 * request only with {@code Authorization: Bearer <token>} signed by the pool's key (here: the runtime's), RS256,
 * from the expected issuer, for the expected audience ({@code aud}, or {@code client_id} on an access token), and
 * not expired. The claims then reach the function as API Gateway writes them: every value a string, numbers as
 * their digits, and arrays as {@code [a b]} (so {@code cognito:groups} arrives as {@code "[complaints-team]"}).
 */
final class LocalJwtAuthorizer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Decoder B64 = Base64.getUrlDecoder();

    private final PublicKey key;
    private final String issuer;
    private final String audience;
    private final Clock clock;

    LocalJwtAuthorizer(PublicKey key, String issuer, String audience, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.audience = audience;
        this.clock = clock;
    }

    static LocalJwtAuthorizer trusting(LocalStaffTokens tokens) {
        return new LocalJwtAuthorizer(tokens.publicKey(), LocalStaffTokens.ISSUER, LocalStaffTokens.AUDIENCE,
                tokens.clock());
    }

    /** The authorizer context for the event, or empty for API Gateway's 401. */
    Optional<APIGatewayV2HTTPEvent.RequestContext.Authorizer> authorize(String authorizationHeader) {
        if (authorizationHeader == null) {
            return Optional.empty();
        }
        String value = authorizationHeader.trim();
        if (value.length() < 7 || !value.substring(0, 7).equalsIgnoreCase("Bearer ")) {
            return Optional.empty();
        }
        return verify(value.substring(7).trim()).map(claims -> {
            APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT jwt =
                    new APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT();
            jwt.setClaims(asApiGatewayClaims(claims));
            JsonNode scope = claims.get("scope");
            jwt.setScopes(scope == null || !scope.isTextual() ? null : List.of(scope.asText().split(" ")));
            APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer =
                    new APIGatewayV2HTTPEvent.RequestContext.Authorizer();
            authorizer.setJwt(jwt);
            return authorizer;
        });
    }

    private Optional<JsonNode> verify(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode header = JSON.readTree(B64.decode(parts[0]));
            if (!"RS256".equals(header.path("alg").asText())) {
                return Optional.empty();
            }
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(B64.decode(parts[2]))) {
                return Optional.empty();
            }
            JsonNode claims = JSON.readTree(B64.decode(parts[1]));
            long now = clock.instant().getEpochSecond();
            boolean fresh = claims.path("exp").canConvertToLong() && claims.path("exp").asLong() > now
                    && (!claims.has("nbf") || claims.path("nbf").asLong() <= now);
            boolean ours = issuer.equals(claims.path("iss").asText(null));
            boolean forUs = audience.equals(claims.path("client_id").asText(null)) || audienceHas(claims.get("aud"));
            return fresh && ours && forUs ? Optional.of(claims) : Optional.empty();
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private boolean audienceHas(JsonNode aud) {
        if (aud == null) {
            return false;
        }
        if (aud.isArray()) {
            for (JsonNode one : aud) {
                if (audience.equals(one.asText())) {
                    return true;
                }
            }
            return false;
        }
        return audience.equals(aud.asText());
    }

    /** API Gateway's flattening: strings as they are, arrays as {@code [a b]}, objects as JSON, the rest as text. */
    static Map<String, String> asApiGatewayClaims(JsonNode claims) {
        Map<String, String> flat = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = claims.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(item.isTextual() ? item.asText() : item.toString()));
                flat.put(field.getKey(), "[" + String.join(" ", items) + "]");
            } else if (value.isTextual()) {
                flat.put(field.getKey(), value.asText());
            } else {
                flat.put(field.getKey(), value.toString());
            }
        }
        return flat;
    }
}
