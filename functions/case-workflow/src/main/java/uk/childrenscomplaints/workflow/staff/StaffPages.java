package uk.childrenscomplaints.workflow.staff;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.Map;

/** The staff pages' addresses and their answers that carry no data: problem pages and redirects. */
public final class StaffPages {
    public static final String DASHBOARD = "/staff/pages/dashboard";
    static final String SIGN_IN = "/staff/pages/sign-in";
    static final String PROBLEM_VIEW = "staff/problem";

    private StaffPages() {}

    public static String complaint(String id) {
        return "/staff/pages/complaints/" + id;
    }

    public static HttpResponse<ModelAndView<Map<String, Object>>> problem(
            HttpStatus status, String title, String message) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(new ModelAndView<>(PROBLEM_VIEW, Map.of("title", title, "message", message)));
    }

    /** No valid session: sign in first. Nothing about what was asked for is kept or shown. */
    public static HttpResponse<?> signInFirst() {
        return HttpResponse.seeOther(URI.create(SIGN_IN));
    }

    public static HttpResponse<ModelAndView<Map<String, Object>>> notFound() {
        return problem(
                HttpStatus.NOT_FOUND,
                "Page not found",
                "There is no complaint at this address that you can see. Check the address, or go back to the "
                        + "dashboard.");
    }

    public static HttpResponse<ModelAndView<Map<String, Object>>> forbiddenForm() {
        return problem(
                HttpStatus.FORBIDDEN,
                "This form has expired",
                "The form was not sent from this service's own page, or your session changed since the page was "
                        + "shown. Nothing was changed. Go back, reload the page and try again.");
    }

    public static HttpResponse<ModelAndView<Map<String, Object>>> noRole() {
        return problem(
                HttpStatus.FORBIDDEN,
                "You do not have access to complaints",
                "You are signed in, but not in the complaints team, a responding manager or the director. "
                        + "Ask the complaints team to add you to the right group.");
    }
}
