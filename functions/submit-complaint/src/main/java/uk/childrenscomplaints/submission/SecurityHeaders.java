package uk.childrenscomplaints.submission;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers on every answer. The only inline script is GOV.UK Frontend's one-line {@code js-enabled} snippet, allowed
 * by its hash (the one GOV.UK publishes for v5 and v6), so no nonce has to be threaded through every page.
 * Pages and API answers carry personal data: {@code no-store}. The GOV.UK assets are the same for everyone.
 * Scoped to this function's paths, since the local runtime shares one classpath between functions.
 */
@ServerFilter({"/complaints", "/complaints/**", "/assets/**"})
public class SecurityHeaders {
    static final String JS_ENABLED_SNIPPET = "document.body.className += ' js-enabled' + ('noModule' in "
            + "HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";
    static final String JS_ENABLED_HASH = "'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='";
    static final String CSP = "default-src 'self'; script-src 'self' " + JS_ENABLED_HASH + "; style-src 'self'; "
            + "img-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "object-src 'none'";

    @ResponseFilter
    public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", CSP);
        response.header("X-Content-Type-Options", "nosniff");
        // Browsers keep to HTTPS for a year, on this host and any under it (issue 13, finding 8).
        response.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        // same-origin, not no-referrer: with no-referrer Chromium sends "Origin: null" on the form POST, which is
        // refused.
        response.header("Referrer-Policy", "same-origin");
        response.header("X-Frame-Options", "DENY");
        if (request.getPath().startsWith("/assets/")) {
            response.header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400");
        } else {
            response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
