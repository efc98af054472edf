package uk.childrenscomplaints.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import uk.childrenscomplaints.complaint.application.FieldError;

/**
 * The framework's own errors for a caller that asks for HTML ({@code Accept: text/html}): a plain GOV.UK page with the
 * same words as {@link ClientErrorShape}, instead of Micronaut's own page, which answered the JSON API's refusals
 * (a 406 among them) in a shape no page of ours has (issue 13). Nothing the caller sent is shown.
 */
@Primary
@Singleton
@Requires(classes = HtmlErrorResponseBodyProvider.class)
public class HtmlClientErrorShape implements HtmlErrorResponseBodyProvider {

    @Override
    public String body(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        String heading;
        String message;
        if (status >= 400 && status < 500) {
            FieldError problem = ClientErrorShape.problem(status, context.getRootCause());
            heading = "There is a problem";
            message = problem.message();
        } else {
            heading = "Sorry, there is a problem with the service";
            message = "Try again later.";
        }
        return "<!DOCTYPE html><html lang=\"en\" class=\"govuk-template\"><head><meta charset=\"utf-8\"><title>"
                + escaped(heading)
                + "</title></head><body class=\"govuk-template__body\"><main class=\"govuk-main-wrapper\">"
                + "<h1 class=\"govuk-heading-l\">" + escaped(heading) + "</h1><p class=\"govuk-body\">"
                + escaped(message) + "</p></main></body></html>";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
