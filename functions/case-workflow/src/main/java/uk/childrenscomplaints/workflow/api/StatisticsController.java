package uk.childrenscomplaints.workflow.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.complaint.application.access.RecordingAccess;
import uk.childrenscomplaints.complaint.application.reporting.ProducingStatistics;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.statistics.Report;
import uk.childrenscomplaints.complaint.statistics.ReportCsv;

/**
 * The annual report's section 7 figures for a period, as JSON (docs/statistics.md) or as the same figures in CSV
 * ({@code format=csv} or {@code Accept: text/csv}). Staff only; who sees which teams' figures is the use case's rule.
 */
@Controller("/stats")
public class StatisticsController {
    private static final Logger LOG = LoggerFactory.getLogger(StatisticsController.class);
    static final String CSV = "text/csv; charset=utf-8";

    private final ProducingStatistics statistics;
    private final RecordingAccess access;

    public StatisticsController(ProducingStatistics statistics, RecordingAccess access) {
        this.statistics = statistics;
        this.access = access;
    }

    @Get
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public HttpResponse<Object> report(
            APIGatewayV2HTTPEvent event,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String quarter,
            @Nullable @QueryValue String year,
            @Nullable @QueryValue String team,
            @Nullable @QueryValue String format,
            @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        return SignedInApi.asStaff(event, who -> {
            boolean csv;
            if (format == null || format.isBlank()) {
                csv = accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv");
            } else if (format.equalsIgnoreCase("csv") || format.equalsIgnoreCase("json")) {
                csv = format.equalsIgnoreCase("csv");
            } else {
                return json(Answers.problem("format", "format must be json or csv (or leave it out for JSON)"));
            }
            ReportPeriods.Read read = ReportPeriods.read(from, to, quarter, year);
            if (!read.problems().isEmpty()) {
                LOG.info("statistics refused: {} problems", read.problems().size());
                return json(Answers.problems(read.problems()));
            }
            ProducingStatistics.Answer answer = statistics.reportFor(who, read.period(), team);
            if (answer instanceof ProducingStatistics.Answer.Invalid invalid) {
                LOG.info("statistics refused: {} problems", invalid.errors().size());
                return json(Answers.problems(invalid.errors()));
            }
            if (!(answer instanceof ProducingStatistics.Answer.Produced produced)) {
                LOG.info("statistics forbidden");
                return json(Answers.forbidden());
            }
            Report report = produced.report();
            TeamName limitedTo = produced.team();
            access.reportRead(who, report.period().from(), report.period().to(), limitedTo, "GET /stats");
            LOG.info(
                    "statistics {} to {}: {} complaints, {}",
                    report.period().from(),
                    report.period().to(),
                    report.totalReceived().count(),
                    csv ? "csv" : "json");
            if (csv) {
                return HttpResponse.ok((Object) ReportCsv.write(report).getBytes(StandardCharsets.UTF_8))
                        .contentType(CSV)
                        .header("Content-Disposition", "attachment; filename=\"" + fileName(report, limitedTo) + "\"");
            }
            return HttpResponse.ok((Object) ReportJson.of(report, limitedTo)).contentType(MediaType.APPLICATION_JSON);
        });
    }

    /** {@code complaints-statistics[-team]-2009-04-01-to-2010-03-31.csv}: only letters, digits and hyphens. */
    static String fileName(Report report, TeamName team) {
        String slug = team == null
                ? ""
                : "-"
                        + team.value()
                                .toLowerCase(Locale.ROOT)
                                .replaceAll("[^a-z0-9]+", "-")
                                .replaceAll("^-|-$", "");
        return "complaints-statistics" + slug + "-" + report.period().from() + "-to-"
                + report.period().to() + ".csv";
    }

    private static HttpResponse<Object> json(HttpResponse<Object> response) {
        return ((MutableHttpResponse<Object>) response).contentType(MediaType.APPLICATION_JSON);
    }
}
