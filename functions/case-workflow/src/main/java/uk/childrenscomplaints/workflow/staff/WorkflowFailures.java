package uk.childrenscomplaints.workflow.staff;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import uk.childrenscomplaints.complaint.infrastructure.AwsOutage;
import uk.childrenscomplaints.web.FailureAnswers;
import uk.childrenscomplaints.web.ProblemList;

/**
 * The staff function's answers when the council's systems fail (issue 13, finding 3): the pages a plain "busy" page in
 * the staff layout, the API 503 in its documented shape. A change may or may not have been saved; both say how to
 * find out before trying again, since a repeat with the version read before is refused as stale if the first landed.
 */
@Singleton
public class WorkflowFailures implements FailureAnswers {
    static final String PAGES = "/staff/pages";

    static final String PAGE_BUSY = "The council's system is busy and could not finish what you asked. If you were "
            + "changing a complaint, the change may or may not have been saved: in a few minutes, open the complaint "
            + "again and check before trying again.";
    static final String API_BUSY = "If this request changes something, it may or may not have been saved: read the "
            + "record again before repeating it with the version you read.";

    @Override
    public boolean serves(HttpRequest<?> request) {
        String path = request.getPath();
        return path.equals("/staff")
                || path.startsWith("/staff/")
                || path.equals("/stats")
                || path.startsWith("/stats/");
    }

    @Override
    public boolean isOutage(Throwable failure) {
        return AwsOutage.is(failure);
    }

    @Override
    public HttpResponse<?> busy(HttpRequest<?> request) {
        if (isPage(request)) {
            return StaffPages.problem(HttpStatus.SERVICE_UNAVAILABLE, "Sorry, the service is busy", PAGE_BUSY)
                    .toMutableResponse()
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(ProblemList.RETRY_AFTER_SECONDS));
        }
        return ProblemList.busy(request.getMethod() == HttpMethod.GET ? "" : API_BUSY);
    }

    @Override
    public HttpResponse<?> failed(HttpRequest<?> request) {
        if (isPage(request)) {
            return StaffPages.problem(
                    HttpStatus.INTERNAL_SERVER_ERROR,
                    "Sorry, there is a problem with the service",
                    "Something went wrong on our side. Go back and try again later; if it keeps happening, tell "
                            + "the service's support team the time it happened.");
        }
        return ProblemList.failed();
    }

    private static boolean isPage(HttpRequest<?> request) {
        String path = request.getPath();
        return path.equals(PAGES) || path.startsWith(PAGES + "/");
    }
}
