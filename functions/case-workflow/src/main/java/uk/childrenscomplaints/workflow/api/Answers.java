package uk.childrenscomplaints.workflow.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.util.List;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.casework.CaseResult;
import uk.childrenscomplaints.web.ProblemList;

/**
 * The staff API's JSON refusals, every one in the documented shape {@code {"errors":[{"field","message"}]}} (issue 13,
 * finding 8): a refusal names what to change (the token, the id, the version, the action) and says no more.
 */
final class Answers {
    static final String STALE = "Someone else changed this complaint; reload it and try again";

    private Answers() {}

    static final String UNAUTHORIZED = "Unauthorized: sign in, and send the token as Authorization: Bearer";
    static final String FORBIDDEN = "Forbidden: your role does not allow this";

    static HttpResponse<Object> message(HttpStatus status, String field, String message) {
        return ProblemList.of(field, message).answer(status);
    }

    static HttpResponse<Object> unauthorized() {
        return message(HttpStatus.UNAUTHORIZED, "Authorization", UNAUTHORIZED);
    }

    static HttpResponse<Object> forbidden() {
        return message(HttpStatus.FORBIDDEN, "Authorization", FORBIDDEN);
    }

    static HttpResponse<Object> notFound() {
        return message(HttpStatus.NOT_FOUND, "id", "There is no complaint with this id: check it");
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
            return message(HttpStatus.CONFLICT, "action", refused.reason());
        }
        if (result instanceof CaseResult.Stale) {
            return message(HttpStatus.CONFLICT, "expectedVersion", STALE);
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
