package uk.childrenscomplaints.submission;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.views.ModelAndView;
import java.util.Map;

/** The plain "there is a problem" page, for what the form itself cannot show (too large, unreadable, wrong type). */
final class Pages {
    static final String PROBLEM_VIEW = "problem";

    private Pages() {}

    static HttpResponse<ModelAndView<Map<String, Object>>> problem(HttpStatus status, String title, String message) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(new ModelAndView<>(PROBLEM_VIEW, Map.of("title", title, "message", message)));
    }
}
