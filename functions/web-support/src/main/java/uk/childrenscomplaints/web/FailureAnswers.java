package uk.childrenscomplaints.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;

/**
 * How one function answers a request that failed through no fault of the requester: the council's systems did not
 * answer ({@link #isOutage}: 503, try again), or something unexpected broke (500). Each web function supplies one, in
 * its own words and pages; {@link UnexpectedFailures} picks it by address, since the local runtime runs both functions
 * on one classpath. Neither answer carries the failure's message, a stack trace, a token or anything the person sent
 * (except their own form answers, given back to them on the form).
 */
public interface FailureAnswers {

    /** Whether the request is to one of this function's addresses. */
    boolean serves(HttpRequest<?> request);

    /** Whether the failure means a service the function depends on is down, stalled or refusing it. */
    boolean isOutage(Throwable failure);

    /** 503 with {@code Retry-After}: the system is busy, try again in a few minutes. */
    HttpResponse<?> busy(HttpRequest<?> request);

    /** 500, with no detail. */
    HttpResponse<?> failed(HttpRequest<?> request);
}
