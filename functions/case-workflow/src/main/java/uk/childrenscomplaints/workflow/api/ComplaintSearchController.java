package uk.childrenscomplaints.workflow.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.tree.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.casework.FindingComplaints;
import uk.childrenscomplaints.complaint.application.casework.SearchResult;
import uk.childrenscomplaints.workflow.staff.ComplaintViews;
import uk.childrenscomplaints.workflow.staff.RequestBodies;

/**
 * {@code POST /staff/complaints/search}: staff find complaints by reference, the complainant's name, email or phone,
 * the child's age band, team, dates received, stage and state, a page at a time. The use case decides what the member
 * may see; logs carry the kinds of term used and counts, never the terms.
 */
@Controller("/staff/complaints/search")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintSearchController {
    private static final Logger LOG = LoggerFactory.getLogger(ComplaintSearchController.class);

    private final FindingComplaints finding;
    private final RequestBodies bodies;
    private final Clock clock;

    public ComplaintSearchController(FindingComplaints finding, RequestBodies bodies, Clock clock) {
        this.finding = finding;
        this.bodies = bodies;
        this.clock = clock;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<Object> search(APIGatewayV2HTTPEvent event) {
        byte[] body = RequestBodies.of(event);
        return SignedInApi.asStaff(event, who -> {
            if (RequestBodies.tooLarge(body)) {
                return Answers.tooLarge();
            }
            Optional<JsonNode> json = bodies.parse(body);
            if (json.isEmpty()) {
                Optional<FieldError> duplicate = bodies.duplicateField(body);
                return duplicate.isPresent()
                        ? Answers.problems(List.of(duplicate.get()))
                        : Answers.problem(
                                "body",
                                "The body is not valid JSON. Send one JSON object, like {\"name\": \"Smith\"}.");
            }
            SearchJson.Read read = SearchJson.read(json.get());
            if (!read.problems().isEmpty()) {
                return Answers.problems(read.problems());
            }
            SearchResult result = finding.find(who, read.search());
            if (result instanceof SearchResult.Invalid invalid) {
                return Answers.problems(invalid.errors());
            }
            SearchResult.Found found = (SearchResult.Found) result;
            LocalDate today = LocalDate.now(clock.withZone(StaffComplaintsController.LONDON));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put(
                    "complaints",
                    found.complaints().stream()
                            .map(c -> ComplaintViews.row(c, today))
                            .toList());
            answer.put("page", found.page());
            answer.put("pages", found.pages());
            answer.put("total", found.total());
            LOG.info(
                    "staff search by {}: {} found, page {} of {}",
                    SearchJson.kinds(read.search()),
                    found.total(),
                    found.page(),
                    found.pages());
            return HttpResponse.ok(answer);
        });
    }
}
