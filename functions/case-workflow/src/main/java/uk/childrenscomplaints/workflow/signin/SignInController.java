package uk.childrenscomplaints.workflow.signin;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.workflow.staff.FormBody;
import uk.childrenscomplaints.workflow.staff.StaffPages;

/**
 * Sign-in for the staff pages through the user pool's hosted UI: the OAuth 2.0 authorization code flow with PKCE,
 * as a public client (no secret to keep). The state and the PKCE verifier wait in a short-lived cookie sent only to
 * the return address; the ID token it ends with becomes the session cookie ({@link StaffSession}). Nothing personal
 * goes into a URL or a log line.
 */
@Controller("/staff")
@Produces(MediaType.TEXT_HTML)
public class SignInController {
    private static final Logger LOG = LoggerFactory.getLogger(SignInController.class);
    static final String SIGN_IN_COOKIE = "staff_sign_in";
    static final String RETURN_PATH = "/staff/pages/signed-in";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffSignIn signIn;
    private final StaffSession sessions;
    private final SessionTokens tokens;
    private final CognitoTokens cognito;
    private final Clock clock;

    public SignInController(
            StaffSignIn signIn, StaffSession sessions, SessionTokens tokens, CognitoTokens cognito, Clock clock) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.tokens = tokens;
        this.cognito = cognito;
        this.clock = clock;
    }

    @Get
    public HttpResponse<Object> staffHome() {
        return HttpResponse.seeOther(URI.create(StaffPages.DASHBOARD));
    }

    @Get("/pages/sign-in")
    public HttpResponse<?> signIn(APIGatewayV2HTTPEvent event) {
        if (!signIn.configured()) {
            return StaffPages.problem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "Staff sign-in is not set up",
                    "This deployment has no sign-in settings (STAFF_ISSUER, STAFF_WEB_CLIENT_ID, STAFF_SIGN_IN_URL). "
                            + "Ask whoever runs the service to set them.");
        }
        String state = random();
        String verifier = random();
        String authorize = signIn.signInUrl() + "/oauth2/authorize?response_type=code"
                + "&client_id=" + encode(signIn.webClientId())
                + "&redirect_uri=" + encode(returnUri(event))
                + "&scope=" + encode("openid email")
                + "&state=" + encode(state)
                + "&code_challenge_method=S256&code_challenge=" + encode(challenge(verifier));
        return HttpResponse.seeOther(URI.create(authorize))
                .header(
                        "Set-Cookie",
                        SIGN_IN_COOKIE + "=" + state + "."
                                + verifier + "; Path=" + RETURN_PATH + "; Max-Age=600; HttpOnly; SameSite=Lax"
                                + (signIn.secureCookies() ? "; Secure" : ""));
    }

    @Get("/pages/signed-in")
    public HttpResponse<?> signedIn(
            APIGatewayV2HTTPEvent event, @Nullable @QueryValue String code, @Nullable @QueryValue String state) {
        Optional<String> started = StaffSession.cookie(event, SIGN_IN_COOKIE);
        String[] parts = started.map(s -> s.split("\\.", 2)).orElse(new String[0]);
        if (code == null
                || state == null
                || parts.length != 2
                || !MessageDigest.isEqual(
                        parts[0].getBytes(StandardCharsets.US_ASCII), state.getBytes(StandardCharsets.US_ASCII))) {
            LOG.info("staff sign-in refused: missing code, or state not the one this browser started");
            return signInAgain();
        }
        Optional<String> idToken = cognito.exchange(code, parts[1], returnUri(event));
        Optional<Map<String, String>> claims = idToken.flatMap(tokens::verify);
        if (claims.isEmpty()) {
            LOG.info("staff sign-in refused: the code did not give a valid ID token");
            return signInAgain();
        }
        long expires = Long.parseLong(claims.get().getOrDefault("exp", "0"));
        LOG.info("staff signed in");
        return HttpResponse.seeOther(URI.create(StaffPages.DASHBOARD))
                .header(
                        "Set-Cookie",
                        sessions.start(idToken.get(), expires - clock.instant().getEpochSecond()));
    }

    @Post("/pages/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signOut(APIGatewayV2HTTPEvent event) {
        Optional<StaffSession.Signed> session = sessions.of(event);
        if (session.isPresent()
                && (!sessions.originAllowed(event)
                        || !StaffSession.csrfMatches(
                                session.get(), FormBody.parse(event).first(StaffSession.CSRF_FIELD)))) {
            return StaffPages.forbiddenForm();
        }
        String host = StaffSession.header(event, "host");
        String logout = signIn.signInUrl() + "/logout?client_id=" + encode(signIn.webClientId()) + "&logout_uri="
                + encode(signIn.baseFor(host == null ? "" : host) + "/staff/pages/signed-out");
        return HttpResponse.seeOther(URI.create(signIn.configured() ? logout : "/staff/pages/signed-out"))
                .header("Set-Cookie", sessions.end());
    }

    @Get("/pages/signed-out")
    public HttpResponse<ModelAndView<Map<String, Object>>> signedOut() {
        return HttpResponse.ok(new ModelAndView<>("staff/signed-out", Map.of("title", "You have signed out")));
    }

    private HttpResponse<?> signInAgain() {
        return StaffPages.problem(
                HttpStatus.BAD_REQUEST,
                "Sign in again",
                "Signing in took too long, or was started in another tab or browser. Sign in again.");
    }

    private String returnUri(APIGatewayV2HTTPEvent event) {
        String host = StaffSession.header(event, "host");
        return signIn.baseFor(host == null ? "" : host) + RETURN_PATH;
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
