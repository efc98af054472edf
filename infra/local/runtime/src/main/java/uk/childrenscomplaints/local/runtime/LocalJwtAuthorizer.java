package uk.childrenscomplaints.local.runtime;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The HTTP API's JWT authorizer, as far as the service depends on it: a route with {@code Auth.Authorizer} takes a
 * request only with {@code Authorization: Bearer <token>} signed by the pool's key (here: the runtime's), RS256,
 * from the expected issuer, for the expected audience ({@code aud}, or {@code client_id} on an access token), and
 * not expired; Nimbus JOSE+JWT checks all of that. The claims then reach the function as API Gateway writes them:
 * every value a string, numbers as their digits, and arrays as {@code [a b]} (so {@code cognito:groups} arrives as
 * {@code "[complaints-team]"}).
 */
final class LocalJwtAuthorizer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    LocalJwtAuthorizer(JWKSet keys, String issuer, String audience, Clock clock) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys)));
        processor.setJWTClaimsSetVerifier(new ClaimsAtClockTime(issuer, audience, clock));
    }

    static LocalJwtAuthorizer trusting(LocalStaffTokens tokens) {
        return new LocalJwtAuthorizer(
                tokens.publicKeys(), LocalStaffTokens.ISSUER, LocalStaffTokens.AUDIENCE, tokens.clock());
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
            jwt.setScopes(
                    scope == null || !scope.isTextual()
                            ? null
                            : List.of(scope.asText().split(" ")));
            APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer =
                    new APIGatewayV2HTTPEvent.RequestContext.Authorizer();
            authorizer.setJwt(jwt);
            return authorizer;
        });
    }

    /** The verified token's claims exactly as its payload carries them, for API Gateway's flattening. */
    private Optional<JsonNode> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            processor.process(jwt, null);
            return Optional.of(JSON.readTree(jwt.getPayload().toBytes()));
        } catch (ParseException | BadJOSEException | JOSEException | IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Issuer and times as Nimbus checks them, "now" from the runtime's clock; the audience as API Gateway takes it:
     * in {@code aud} (an ID token) or as {@code client_id} (an access token).
     */
    private static final class ClaimsAtClockTime extends DefaultJWTClaimsVerifier<SecurityContext> {
        private final String audience;
        private final Clock clock;

        ClaimsAtClockTime(String issuer, String audience, Clock clock) {
            super(null, new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of(JWTClaimNames.EXPIRATION_TIME), null);
            this.audience = audience;
            this.clock = clock;
            setMaxClockSkew(0);
        }

        @Override
        public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
            super.verify(claims, context);
            Object clientId = claims.getClaim("client_id");
            List<String> aud = claims.getAudience();
            if (!audience.equals(clientId) && (aud == null || !aud.contains(audience))) {
                throw new BadJWTException("JWT audience rejected");
            }
        }

        @Override
        protected Date currentTime() {
            return Date.from(clock.instant());
        }
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
