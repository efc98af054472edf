package uk.childrenscomplaints.workflow.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.List;
import java.util.Set;
import uk.childrenscomplaints.web.ProblemList;

/**
 * A write to the staff API without a Content-Type is 415 in the documented shape (issue 13, finding 8), as the public
 * API's is: the router would otherwise hand it to the JSON route as if it were JSON. The import reads CSV and answers
 * a missing type itself, naming text/csv; the staff pages are sent by a browser, which always gives the type.
 */
@ServerFilter({
    "/staff/complaints",
    "/staff/complaints/**",
    "/staff/compliments",
    "/staff/compliments/**",
    "/staff/caseloads/**"
})
public class ContentTypeRequired {
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @RequestFilter
    @Nullable
    public HttpResponse<?> refuseUntyped(HttpRequest<?> request) {
        if (WRITES.contains(request.getMethod()) && request.getContentType().isEmpty()) {
            return ProblemList.unsupportedContentType(List.of(MediaType.APPLICATION_JSON));
        }
        return null;
    }
}
