package uk.childrenscomplaints.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.UnsupportedMediaException;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * A body of a type no route at that address takes is 415 in both functions' documented shape,
 * {@code {"errors":[{"field":"Content-Type","message":..}]}}, rather than the framework's own error body (issue 13,
 * finding 8). The message names the types the address takes; it never repeats the one sent.
 */
@Produces
@Singleton
@Requires(classes = {ExceptionHandler.class, UnsupportedMediaException.class})
public class UnsupportedContentType implements ExceptionHandler<UnsupportedMediaException, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, UnsupportedMediaException exception) {
        return ProblemList.unsupportedContentType(List.copyOf(exception.getAcceptableContentTypes()));
    }
}
