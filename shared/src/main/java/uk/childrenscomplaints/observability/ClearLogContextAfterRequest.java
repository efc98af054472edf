package uk.childrenscomplaints.observability;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * An HTTP invocation is over once its response is made: clear the log context so nothing of it labels the next
 * request's lines (LambdaLogContext also starts each invocation afresh). Only in the functions that serve HTTP.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(classes = ServerFilter.class)
public class ClearLogContextAfterRequest {
    @ResponseFilter
    public void clear(HttpResponse<?> response) {
        LogContext.clear();
    }
}
