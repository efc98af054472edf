package uk.childrenscomplaints.workflow;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Every staff answer may carry data about a child: never stored by a browser or proxy, never framed, never sniffed.
 * Scoped to the staff paths (and /stats, staff-only too): the local runtime runs every function on one classpath,
 * where a match-all filter would also rewrite the public pages' headers.
 */
@ServerFilter({"/staff/**", "/stats"})
public class StaffHeaders {

    @ResponseFilter
    public void addHeaders(MutableHttpResponse<?> response) {
        response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "no-referrer");
        response.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
}
