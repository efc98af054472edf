package uk.childrenscomplaints.workflow.pages.statistics;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.access.RecordingAccess;
import uk.childrenscomplaints.complaint.application.casework.Permissions;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.application.reporting.ProducingStatistics;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.Teams;
import uk.childrenscomplaints.complaint.statistics.Period;
import uk.childrenscomplaints.complaint.statistics.Report;
import uk.childrenscomplaints.complaint.statistics.ReportCsv;
import uk.childrenscomplaints.workflow.pages.support.Dates;
import uk.childrenscomplaints.workflow.pages.support.PeriodPicker;
import uk.childrenscomplaints.workflow.pages.support.SignedInPages;
import uk.childrenscomplaints.workflow.signin.StaffSession;
import uk.childrenscomplaints.workflow.staff.StaffPages;

/**
 * The statistics page: a period picker, the report's section 7 tables with bars, and the same figures as CSV
 * ({@link ReportCsv}, served here with the page's session, since a page cannot send the API's bearer token). The
 * complaints team and the director see the whole council; a responding manager sees only a team they manage, and the
 * page says so. Logs carry the period's length and the scope, never a team's figures.
 */
@Controller("/staff/pages")
@Produces(MediaType.TEXT_HTML)
public class StatisticsPageController {
    private static final Logger LOG = LoggerFactory.getLogger(StatisticsPageController.class);
    static final String PATH = "/staff/pages/statistics";
    static final String CSV_PATH = "/staff/pages/statistics.csv";

    private final ProducingStatistics statistics;
    private final RecordingAccess access;
    private final StaffSession sessions;
    private final Teams teams;
    private final Clock clock;

    public StatisticsPageController(
            ProducingStatistics statistics, RecordingAccess access, StaffSession sessions, Teams teams, Clock clock) {
        this.statistics = statistics;
        this.access = access;
        this.sessions = sessions;
        this.teams = teams;
        this.clock = clock;
    }

    /** Whose figures: the whole council (team null), or one team a manager manages. */
    private record Scope(TeamName team, List<TeamName> choices) {}

    @Get("/statistics")
    public HttpResponse<?> page(APIGatewayV2HTTPEvent event, HttpRequest<?> request) {
        return SignedInPages.page(sessions, event, (session, who) -> {
            Optional<Scope> scope = scope(who, request.getParameters().get("team"));
            if (scope.isEmpty()) {
                return noTeam();
            }
            LocalDate today = today();
            PeriodPicker.Choice choice = PeriodPicker.choose(query(request), today);
            Map<String, Object> m = new LinkedHashMap<>();
            TeamName team = scope.get().team();
            if (choice.period() != null) {
                Report report = team == null
                        ? statistics.report(choice.period())
                        : statistics.reportForTeam(choice.period(), team);
                access.reportRead(who, choice.period().from(), choice.period().to(), team, "GET " + PATH);
                m.putAll(StatisticsPage.model(report));
                m.put("period", PeriodPicker.periodText(choice.period()));
                m.put("asOf", Dates.text(report.asOf()));
                m.put("csvHref", CSV_PATH + "?" + PeriodPicker.query(choice.period()) + teamQuery(scope.get()));
            }
            m.put("title", "Statistics");
            m.put(
                    "scope",
                    team == null
                            ? "All teams: the whole council's figures."
                            : "Only " + team.value() + ": the figures of the team you manage.");
            m.put("team", scope.get().choices().size() > 1 ? team.value() : null);
            m.put("teamLinks", teamLinks(scope.get(), choice.period()));
            m.put("path", PATH);
            m.put(
                    "quickPicks",
                    PeriodPicker.quickPicks(today, PATH, choice.period()).stream()
                            .map(p -> withTeam(p, scope.get()))
                            .toList());
            m.put("dateInputs", PeriodPicker.dateInputs(choice));
            m.put(
                    "errors",
                    choice.errors().stream()
                            .map(e -> Map.of("href", "#" + e.field(), "message", e.message()))
                            .toList());
            LOG.info(
                    "staff statistics page: {} ({})",
                    choice.period() == null ? "invalid period" : days(choice.period()) + " days",
                    team == null ? "all teams" : "one team");
            return SignedInPages.view(
                    choice.errors().isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST,
                    StatisticsPage.VIEW,
                    m,
                    session,
                    who);
        });
    }

    @Get("/statistics.csv")
    @Produces("text/csv")
    public HttpResponse<?> csv(APIGatewayV2HTTPEvent event, HttpRequest<?> request) {
        return SignedInPages.page(sessions, event, (session, who) -> {
            Optional<Scope> scope = scope(who, request.getParameters().get("team"));
            if (scope.isEmpty()) {
                return noTeam();
            }
            PeriodPicker.Choice choice = PeriodPicker.choose(query(request), today());
            if (choice.period() == null) {
                return StaffPages.problem(
                        HttpStatus.BAD_REQUEST,
                        "Choose a period",
                        choice.errors().stream().map(FieldError::message).collect(Collectors.joining(". "))
                                + ". Choose the period on the statistics page, then download its CSV.");
            }
            TeamName team = scope.get().team();
            Report report =
                    team == null ? statistics.report(choice.period()) : statistics.reportForTeam(choice.period(), team);
            access.reportRead(who, choice.period().from(), choice.period().to(), team, "GET " + CSV_PATH);
            String name = "complaints-statistics-" + (team == null ? "" : slug(team) + "-")
                    + choice.period().from() + "-to-" + choice.period().to() + ".csv";
            LOG.info(
                    "staff statistics csv: {} days ({})",
                    days(choice.period()),
                    team == null ? "all teams" : "one team");
            return HttpResponse.ok(ReportCsv.write(report).getBytes(StandardCharsets.UTF_8))
                    .contentType(new MediaType("text/csv; charset=utf-8"))
                    .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        });
    }

    /**
     * The whole council for the complaints team and the director; for a responding manager, the team asked for when
     * it is one of theirs, or else the first of theirs in the council's order. Empty: a manager of no known team.
     */
    private Optional<Scope> scope(StaffMember who, String asked) {
        if (Permissions.seesEveryTeam(who)) {
            return Optional.of(new Scope(null, List.of()));
        }
        List<TeamName> mine = Permissions.teamsVisibleTo(who, teams.names());
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        TeamName chosen = mine.stream()
                .filter(t -> asked != null && t.value().equalsIgnoreCase(asked.trim()))
                .findFirst()
                .orElse(mine.get(0));
        return Optional.of(new Scope(chosen, mine));
    }

    private static HttpResponse<?> noTeam() {
        return StaffPages.problem(
                HttpStatus.FORBIDDEN,
                "You manage no team",
                "Your account is a responding manager's but names none of the council's teams, so there are no "
                        + "figures to show. Ask the complaints team to add your team to your account.");
    }

    /** A manager of several teams can switch between them; everyone else has nothing to switch. */
    private static List<Map<String, Object>> teamLinks(Scope scope, Period period) {
        List<Map<String, Object>> links = new ArrayList<>();
        if (scope.choices().size() > 1) {
            for (TeamName t : scope.choices()) {
                links.add(Map.of(
                        "label",
                        t.value(),
                        "current",
                        t.equals(scope.team()),
                        "href",
                        PATH + "?" + (period == null ? "" : PeriodPicker.query(period) + "&") + "team="
                                + encode(t.value())));
            }
        }
        return links;
    }

    private static Map<String, Object> withTeam(Map<String, Object> pick, Scope scope) {
        Map<String, Object> m = new LinkedHashMap<>(pick);
        m.put("href", pick.get("href") + teamQuery(scope));
        return m;
    }

    private static String teamQuery(Scope scope) {
        return scope.choices().size() > 1 ? "&team=" + encode(scope.team().value()) : "";
    }

    private static Map<String, String> query(HttpRequest<?> request) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String name :
                List.of("from", "to", "from-day", "from-month", "from-year", "to-day", "to-month", "to-year")) {
            request.getParameters().getFirst(name).ifPresent(v -> q.put(name, v));
        }
        return q;
    }

    private static long days(Period p) {
        return p.to().toEpochDay() - p.from().toEpochDay() + 1;
    }

    private static String slug(TeamName team) {
        return team.value()
                .toLowerCase(java.util.Locale.UK)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CouncilTime.ZONE));
    }
}
