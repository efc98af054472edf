package uk.childrenscomplaints.submission;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.views.ModelAndView;
import java.util.Map;

/**
 * The page for a link that cannot be used. It shows nothing from any complaint, whatever the link was: the person
 * holding it may not be the complainant.
 */
final class StatusLinkPages {
    static final String VIEW = "status-link-problem";

    enum Why {
        EXPIRED(
                HttpStatus.GONE,
                "This link has expired",
                "Links to check your complaint work for 90 days after we send them."),
        BROKEN(
                HttpStatus.BAD_REQUEST,
                "This link does not work",
                "The link may not have been copied in full. Try opening it again from the email we sent you."),
        USED(
                HttpStatus.GONE,
                "This link has already been used",
                "This link was used to ask for stage 2 already, so it cannot be used to ask again."),
        FORM(
                HttpStatus.FORBIDDEN,
                "Sorry, we could not take your request",
                "The form was not sent from the page we gave you. Open the link in your email and try again.");

        final HttpStatus status;
        final String title;
        final String message;

        Why(HttpStatus status, String title, String message) {
            this.status = status;
            this.title = title;
            this.message = message;
        }
    }

    private StatusLinkPages() {}

    static HttpResponse<ModelAndView<Map<String, Object>>> refuse(Why why) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(why.status)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(new ModelAndView<>(VIEW, Map.of("title", why.title, "message", why.message)));
    }
}
