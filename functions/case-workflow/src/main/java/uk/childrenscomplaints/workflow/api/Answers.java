package uk.childrenscomplaints.workflow.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.casework.CaseResult;
import uk.childrenscomplaints.web.ProblemList;

/** The staff API's JSON answers that carry no data: messages and field errors ({@code {errors:[{field,message}]}}). */
final class Answers {
    static final String STALE = "Someone else changed this complaint; reload it and try again";

    private Answers() {}

    static HttpResponse<Object> message(HttpStatus status, String message) {
        return HttpResponse.status(status).body(Map.of("message", message));
    }

    static HttpResponse<Object> unauthorized() {
        return message(HttpStatus.UNAUTHORIZED, "Unauthorized");
    }

    static HttpResponse<Object> forbidden() {
        return message(HttpStatus.FORBIDDEN, "Forbidden");
    }

    static HttpResponse<Object> notFound() {
        return message(HttpStatus.NOT_FOUND, "Not Found");
    }

    static HttpResponse<Object> problems(List<FieldError> errors) {
        return ProblemList.badRequest(errors);
    }

    /** A use case's result as a status: Done through {@code done}; Forbidden with no reason and no data. */
    static HttpResponse<Object> of(
            CaseResult result, java.util.function.Function<CaseResult.Done, HttpResponse<Object>> done) {
        if (result instanceof CaseResult.Done d) {
            return done.apply(d);
        }
        if (result instanceof CaseResult.Forbidden) {
            return forbidden();
        }
        if (result instanceof CaseResult.Refused refused) {
            return message(HttpStatus.CONFLICT, refused.reason());
        }
        if (result instanceof CaseResult.Stale) {
            return message(HttpStatus.CONFLICT, STALE);
        }
        if (result instanceof CaseResult.Invalid invalid) {
            return problems(invalid.errors());
        }
        return notFound();
    }

    static HttpResponse<Object> tooLarge() {
        return ProblemList.tooLarge("The request is over the 64 KB limit");
    }

    static HttpResponse<Object> problem(String field, String message) {
        return problems(List.of(new FieldError(field, message)));
    }
}
