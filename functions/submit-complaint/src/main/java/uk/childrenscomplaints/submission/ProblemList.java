package uk.childrenscomplaints.submission;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import uk.childrenscomplaints.complaint.application.FieldError;

/** The API's answer to a request it cannot take: one entry per problem, naming the field. */
@Serdeable
public record ProblemList(List<Problem> errors) {

    @Serdeable
    public record Problem(String field, String message) {
    }

    static ProblemList of(List<FieldError> errors) {
        return new ProblemList(errors.stream().map(e -> new Problem(e.field(), e.message())).toList());
    }

    static ProblemList of(String field, String message) {
        return new ProblemList(List.of(new Problem(field, message)));
    }
}
