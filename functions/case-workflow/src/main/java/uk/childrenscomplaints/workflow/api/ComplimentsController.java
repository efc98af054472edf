package uk.childrenscomplaints.workflow.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.tree.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.casework.CaseResult;
import uk.childrenscomplaints.complaint.application.casework.RecordingCompliments;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.web.JsonFields;
import uk.childrenscomplaints.workflow.staff.RequestBodies;

/** Compliments: recorded by staff for a team, listed for the annual report. */
@Controller("/staff/compliments")
@Produces(MediaType.APPLICATION_JSON)
public class ComplimentsController {
    private static final Logger LOG = LoggerFactory.getLogger(ComplimentsController.class);
    private static final Set<String> FIELDS = Set.of("team", "receivedOn", "fromWhom", "text");

    private final RecordingCompliments compliments;
    private final RequestBodies bodies;

    public ComplimentsController(RecordingCompliments compliments, RequestBodies bodies) {
        this.compliments = compliments;
        this.bodies = bodies;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<Object> record(APIGatewayV2HTTPEvent event) {
        byte[] body = RequestBodies.of(event);
        return SignedInApi.asStaff(event, who -> {
            if (RequestBodies.tooLarge(body)) {
                return Answers.tooLarge();
            }
            Optional<JsonNode> json = bodies.parse(body);
            Optional<JsonFields> maybe = json.flatMap(j -> JsonFields.of(j, FIELDS));
            if (maybe.isEmpty()) {
                return Answers.problems(List.of(bodies.duplicateField(body).orElseGet(JsonFields::notAnObject)));
            }
            JsonFields f = maybe.get();
            String team = f.requiredText("team");
            LocalDate receivedOn = f.date("receivedOn");
            String fromWhom = f.text("fromWhom");
            String text = f.text("text");
            List<FieldError> problems = new ArrayList<>(f.problems());
            if (team != null && team.isBlank()) {
                problems.add(new FieldError("team", "Enter the team the compliment is for"));
            }
            if (!problems.isEmpty()) {
                return Answers.problems(problems);
            }
            CaseResult result = compliments.record(who, new TeamName(team), receivedOn, fromWhom, text);
            HttpResponse<Object> response = Answers.of(
                    result,
                    done -> HttpResponse.status(HttpStatus.CREATED).body(Map.of("message", "Compliment recorded")));
            LOG.info("compliment record: {}", response.getStatus().getCode());
            return response;
        });
    }

    @Get
    public HttpResponse<Object> list(
            APIGatewayV2HTTPEvent event, @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        return SignedInApi.asStaff(event, who -> {
            List<FieldError> problems = new ArrayList<>();
            LocalDate fromDate = SearchFilters.date("from", from, problems);
            LocalDate toDate = SearchFilters.date("to", to, problems);
            if (!problems.isEmpty()) {
                return Answers.problems(problems);
            }
            List<Map<String, Object>> rows = compliments.list(who, fromDate, toDate).stream()
                    .map(c -> {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("id", c.id());
                        row.put("team", c.team().value());
                        row.put(
                                "receivedOn",
                                c.receivedOn() == null ? null : c.receivedOn().toString());
                        row.put("fromWhom", c.fromWhom());
                        row.put("text", c.text());
                        return row;
                    })
                    .toList();
            LOG.info("compliment list: {}", rows.size());
            return HttpResponse.ok(Map.of("compliments", rows));
        });
    }
}
