package uk.childrenscomplaints.workflow.signin;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Every staff answer may carry data about a child: never stored by a browser or proxy, never framed, never sniffed.
 * The pages load GOV.UK Frontend's stylesheet, fonts and images from this origin's /assets and run no script at all
 * (they work without it), so their policy allows exactly that, and forms posting to this origin (and, for
 * sign-out, the hosted UI's); the API's allows nothing. The pages' referrer policy
 * is same-origin rather than no-referrer, because with no-referrer Chromium sends {@code Origin: null} on a form post.
 * Scoped to the staff paths (and /stats, staff-only too): the local runtime runs every function on one classpath,
 * where a match-all filter would also rewrite the public pages' headers.
 */
@ServerFilter({"/staff", "/staff/**", "/stats"})
public class StaffHeaders {
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    private final String pageCsp;

    public StaffHeaders(StaffSignIn signIn) {
        // Signing out posts here and is redirected to the hosted UI's logout; browsers apply form-action to that hop.
        String hostedUi = "";
        try {
            hostedUi = signIn.signInUrl().isEmpty() ? "" : " " + StaffSignIn.origin(signIn.signInUrl());
        } catch (IllegalArgumentException e) {
            hostedUi = "";
        }
        this.pageCsp = "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; form-action 'self'"
                + hostedUi + "; frame-ancestors 'none'; base-uri 'none'";
    }

    @ResponseFilter
    public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean page = request.getPath().startsWith("/staff/pages")
                || request.getPath().equals("/staff");
        response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        response.header("X-Content-Type-Options", "nosniff");
        // Browsers keep to HTTPS for a year, on this host and any under it (issue 13, finding 8).
        response.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", page ? "same-origin" : "no-referrer");
        response.header("Content-Security-Policy", page ? pageCsp : API_CSP);
    }
}
