package uk.childrenscomplaints.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import uk.childrenscomplaints.complaint.application.FieldError;

/**
 * Both functions' answer to a request they cannot take, {@code {"errors":[{"field":..,"message":..}]}}: one entry
 * per problem, naming the field. The answers built here carry it written already ({@link #json()}, decision 045); the
 * framework's own client errors ({@link ClientErrorShape}) still hand the record to Micronaut serde.
 */
@Serdeable
public record ProblemList(List<Problem> errors) {

    /** Both parts always present, even an empty field name (a client may send a key of ""). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Problem(String field, String message) {}

    public static ProblemList of(List<FieldError> errors) {
        return new ProblemList(
                errors.stream().map(e -> new Problem(e.field(), e.message())).toList());
    }

    public static ProblemList of(String field, String message) {
        return new ProblemList(List.of(new Problem(field, message)));
    }

    /** The list as JSON, UTF-8: both parts of every problem, an empty field name too. */
    public byte[] json() {
        return JsonBodies.write(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("errors");
            for (Problem p : errors) {
                json.writeStartObject();
                json.writeStringField("field", p.field());
                json.writeStringField("message", p.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** An answer with this status and this list as its JSON body. */
    public MutableHttpResponse<Object> answer(HttpStatus status) {
        return HttpResponse.status(status)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(json());
    }

    /** 400 with these problems. */
    public static MutableHttpResponse<Object> badRequest(List<FieldError> errors) {
        return of(errors).answer(HttpStatus.BAD_REQUEST);
    }

    /** 400 with one problem. */
    public static MutableHttpResponse<Object> badRequest(String field, String message) {
        return of(field, message).answer(HttpStatus.BAD_REQUEST);
    }

    /** 415: the body's type is not one the address takes ({@code acceptable}, none when it sent no type at all). */
    public static MutableHttpResponse<Object> unsupportedContentType(List<String> acceptable) {
        String types = acceptable.isEmpty() ? "application/json" : String.join(" or ", acceptable);
        return of("Content-Type", "Send the body with a Content-Type header of " + types)
                .answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    /** 413, the body's problem put in the requester's words. */
    public static MutableHttpResponse<Object> tooLarge(String message) {
        return of("body", message).answer(HttpStatus.REQUEST_ENTITY_TOO_LARGE);
    }

    /** Seconds a client is asked to wait before trying again after a 503. */
    public static final int RETRY_AFTER_SECONDS = 120;

    /**
     * 503 with {@code Retry-After}: the council's systems did not answer in time. {@code whatToDo} says honestly what
     * may have happened to the request and how to repeat it safely.
     */
    public static MutableHttpResponse<Object> busy(String whatToDo) {
        return of(
                        "service",
                        "The council's system is busy and could not deal with your request. Try again in a few "
                                + "minutes. " + whatToDo)
                .answer(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
    }

    /** 500 with no detail: what broke is in the function's log, under the request id. */
    public static MutableHttpResponse<Object> failed() {
        return of(
                        "service",
                        "Something went wrong on our side. Try again later; if it keeps happening, contact the "
                                + "council's complaints team.")
                .answer(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
