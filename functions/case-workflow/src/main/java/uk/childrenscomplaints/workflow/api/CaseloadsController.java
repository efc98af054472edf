package uk.childrenscomplaints.workflow.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
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
import uk.childrenscomplaints.complaint.application.casework.RecordingCaseloads;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.OpenCaseload;
import uk.childrenscomplaints.web.JsonFields;
import uk.childrenscomplaints.workflow.staff.RequestBodies;

/**
 * Each team's open cases at the end of a financial quarter: {@code /staff/caseloads/2009-10/4} is the quarter ending
 * 31 March 2010. {@code PUT} with {@code {"teams": {"<team code>": 1200, ...}}} sets (or corrects) those teams' figures,
 * all or none; {@code GET} reads the quarter's figures the caller may see.
 */
@Controller("/staff/caseloads/{financialYear}/{quarter}")
@Produces(MediaType.APPLICATION_JSON)
public class CaseloadsController {
    private static final Logger LOG = LoggerFactory.getLogger(CaseloadsController.class);

    private final RecordingCaseloads caseloads;
    private final RequestBodies bodies;

    public CaseloadsController(RecordingCaseloads caseloads, RequestBodies bodies) {
        this.caseloads = caseloads;
        this.bodies = bodies;
    }

    @Put
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<Object> record(
            APIGatewayV2HTTPEvent event, @PathVariable String financialYear, @PathVariable String quarter) {
        byte[] body = RequestBodies.of(event);
        return SignedInApi.asStaff(event, who -> {
            List<FieldError> problems = new ArrayList<>();
            FinancialQuarter q = quarter(financialYear, quarter, problems);
            if (RequestBodies.tooLarge(body)) {
                return Answers.tooLarge();
            }
            Optional<JsonNode> json = bodies.parse(body);
            Optional<JsonFields> fields = json.flatMap(j -> JsonFields.of(j, Set.of("teams")));
            if (fields.isEmpty()) {
                problems.add(bodies.duplicateField(body)
                        .orElseGet(() -> new FieldError(
                                "body", "Send one JSON object, like {\"teams\": {\"<team code>\": 120}}")));
                return Answers.problems(problems);
            }
            problems.addAll(fields.get().problems());
            Map<String, Long> figures = figures(json.get().get("teams"), problems);
            if (!problems.isEmpty()) {
                return Answers.problems(problems);
            }
            CaseResult result = caseloads.record(who, q, figures);
            HttpResponse<Object> response = Answers.of(result, done -> HttpResponse.ok(view(who, q)));
            LOG.info(
                    "caseload record {}: {} teams, {}",
                    q,
                    figures.size(),
                    response.getStatus().getCode());
            return response;
        });
    }

    @Get
    public HttpResponse<Object> read(
            APIGatewayV2HTTPEvent event, @PathVariable String financialYear, @PathVariable String quarter) {
        return SignedInApi.asStaff(event, who -> {
            List<FieldError> problems = new ArrayList<>();
            FinancialQuarter q = quarter(financialYear, quarter, problems);
            if (!problems.isEmpty()) {
                return Answers.problems(problems);
            }
            return HttpResponse.ok(view(who, q));
        });
    }

    private Map<String, Object> view(StaffMember who, FinancialQuarter q) {
        List<OpenCaseload> figures = caseloads.atEndOf(who, q);
        Map<String, Object> teams = new LinkedHashMap<>();
        figures.forEach(c -> teams.put(c.team().value(), c.openCases()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("financialYear", ReportPeriods.yearText(q.financialYear()));
        json.put("quarter", q.quarter());
        json.put("endsOn", q.lastDay().toString());
        json.put("teams", teams);
        json.put("total", figures.stream().mapToLong(OpenCaseload::openCases).sum());
        return json;
    }

    private static FinancialQuarter quarter(String financialYear, String quarter, List<FieldError> problems) {
        Integer year = financialYear == null ? null : ReportPeriods.financialYear(financialYear);
        if (year == null) {
            problems.add(new FieldError(
                    "financialYear",
                    "The financial year in the path must be written like 2009-10"
                            + " (1 April 2009 to 31 March 2010): /staff/caseloads/2009-10/4"));
        }
        Integer q = quarter != null && quarter.trim().matches("[1-4]") ? Integer.valueOf(quarter.trim()) : null;
        if (q == null) {
            problems.add(new FieldError(
                    "quarter",
                    "The quarter in the path must be 1 to 4 (1 is April to June, 4 is"
                            + " January to March): /staff/caseloads/2009-10/4"));
        }
        return year == null || q == null ? null : new FinancialQuarter(year, q);
    }

    /** Team → figure; a figure that is not a whole number is null, for the use case to name. */
    private static Map<String, Long> figures(JsonNode teams, List<FieldError> problems) {
        Map<String, Long> figures = new LinkedHashMap<>();
        if (teams == null || teams.isNull()) {
            problems.add(new FieldError("teams", "Enter teams, like {\"teams\": {\"<team code>\": 120}}"));
            return figures;
        }
        if (!teams.isObject()) {
            problems.add(new FieldError(
                    "teams", "teams must be an object of team name to open cases, like" + " {\"<team code>\": 120}"));
            return figures;
        }
        for (Map.Entry<String, JsonNode> e : teams.entries()) {
            JsonNode n = e.getValue();
            figures.put(e.getKey(), n.isNumber() && isWhole(n.getBigDecimalValue()) ? n.getLongValue() : null);
        }
        return figures;
    }

    private static boolean isWhole(BigDecimal d) {
        try {
            d.longValueExact();
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }
}
