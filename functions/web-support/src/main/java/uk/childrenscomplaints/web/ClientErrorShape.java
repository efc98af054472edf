package uk.childrenscomplaints.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.hateoas.JsonError;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import java.util.Optional;
import uk.childrenscomplaints.complaint.application.FieldError;

/**
 * The framework's own client errors in both functions' documented shape, {@code {"errors":[{"field","message"}]}}
 * (issue 13, finding 8): an empty or unreadable JSON body, an unknown address, a wrong method, a body over the limit,
 * a parameter of the wrong type. Micronaut answered these in its {@code _embedded} shape. Only 4xx answers are ours
 * here; a server error keeps the framework's body (its own handlers answer SDK outages). The words are ours, never
 * the framework's, which can quote what was sent.
 */
@Primary
@Singleton
@Requires(classes = JsonErrorResponseBodyProvider.class)
public class ClientErrorShape implements JsonErrorResponseBodyProvider<Object> {

    @Override
    public Object body(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        if (status < 400 || status >= 500) {
            return new JsonError(context.getErrors().stream()
                    .findFirst()
                    .map(io.micronaut.http.server.exceptions.response.Error::getMessage)
                    .orElse(response.reason()));
        }
        return ProblemList.of(java.util.List.of(problem(status, context.getRootCause())));
    }

    @Override
    public String contentType() {
        return MediaType.APPLICATION_JSON;
    }

    static FieldError problem(int status, Optional<Throwable> cause) {
        return switch (status) {
            case 400 -> badRequest(cause.orElse(null));
            case 401 -> new FieldError("Authorization", "Sign in: send a valid staff token as a Bearer token");
            case 403 -> new FieldError("Authorization", "Your role does not allow this");
            case 404 ->
                new FieldError("path", "There is nothing at this address: check it against the API in README.md");
            case 405 -> new FieldError("method", "This address does not take that method: check the API in README.md");
            case 406 -> new FieldError("Accept", "Ask for application/json or text/html");
            case 413 -> new FieldError("body", "The request is over the size limit: send less");
            case 415 -> new FieldError("Content-Type", "Send the body with a Content-Type header of application/json");
            default -> new FieldError("request", "The request cannot be taken as sent: check it against README.md");
        };
    }

    private static FieldError badRequest(Throwable cause) {
        if (cause != null) {
            Optional<FieldError> twice = StrictJson.duplicateField(cause);
            if (twice.isPresent()) {
                return twice.get();
            }
        }
        if (cause instanceof ConversionErrorException conversion) {
            String name = conversion.getArgument().getName();
            return new FieldError(name, name + " is not in the form this address takes: check it against README.md");
        }
        if (cause instanceof UnsatisfiedRouteException unsatisfied) {
            String name = unsatisfied.getArgument().getName();
            return unsatisfied.getArgument().getAnnotationMetadata().hasAnnotation("io.micronaut.http.annotation.Body")
                            || "body".equals(name)
                    ? new FieldError("body", "Send a JSON object as the body, like {\"expectedVersion\": 3}")
                    : new FieldError(name, "Give " + name);
        }
        return new FieldError(
                "body", "The body is not valid JSON: send one JSON object, like {\"expectedVersion\": 3}");
    }
}
