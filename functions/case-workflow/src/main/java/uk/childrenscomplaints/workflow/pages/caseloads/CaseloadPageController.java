package uk.childrenscomplaints.workflow.pages.caseloads;

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
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.casework.CaseResult;
import uk.childrenscomplaints.complaint.application.casework.Permissions;
import uk.childrenscomplaints.complaint.application.casework.RecordingCaseloads;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.OpenCaseload;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.Teams;
import uk.childrenscomplaints.workflow.pages.support.Dates;
import uk.childrenscomplaints.workflow.pages.support.PeriodPicker;
import uk.childrenscomplaints.workflow.pages.support.SignedInPages;
import uk.childrenscomplaints.workflow.signin.StaffSession;
import uk.childrenscomplaints.workflow.staff.FormBody;
import uk.childrenscomplaints.workflow.staff.StaffPages;

/**
 * Open caseloads: choose a quarter, see the figures already entered, and enter each team's open cases at the quarter's
 * end through {@link RecordingCaseloads} (the use case behind {@code PUT /staff/caseloads/...}, which decides who may
 * enter what). One whole-number box per team the member may enter: every configured team for the complaints team,
 * their own for a responding manager, none for the director, who reads them. A box left empty leaves that team's
 * figure as it was. Quarters are addressed as {@code ?quarter=2009-4} (the financial year's first calendar year, then
 * the quarter).
 */
@Controller("/staff/pages")
@Produces(MediaType.TEXT_HTML)
public class CaseloadPageController {
    private static final Logger LOG = LoggerFactory.getLogger(CaseloadPageController.class);
    static final String PATH = "/staff/pages/caseloads";
    static final String VIEW = "staff/caseloads";
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-([1-4])");
    /** How many quarters the picker offers, newest (the current one) first. */
    private static final int QUARTERS_OFFERED = 8;

    private final RecordingCaseloads caseloads;
    private final StaffSession sessions;
    private final Teams teams;
    private final Clock clock;

    public CaseloadPageController(RecordingCaseloads caseloads, StaffSession sessions, Teams teams, Clock clock) {
        this.caseloads = caseloads;
        this.sessions = sessions;
        this.teams = teams;
        this.clock = clock;
    }

    @Get("/caseloads")
    public HttpResponse<?> page(
            APIGatewayV2HTTPEvent event, @Nullable @QueryValue String quarter, @Nullable @QueryValue String saved) {
        return SignedInPages.page(sessions, event, (session, who) -> {
            Optional<FinancialQuarter> q =
                    quarter == null || quarter.isBlank() ? Optional.of(lastEnded()) : parse(quarter);
            if (q.isEmpty()) {
                String problem = "Choose a quarter from the list";
                Map<String, Object> m = model(who, lastEnded(), Map.of(), Map.of("quarter", problem));
                m.put("errors", List.of(Map.of("href", "#quarter", "message", problem)));
                return SignedInPages.view(HttpStatus.BAD_REQUEST, VIEW, m, session, who);
            }
            Map<String, Object> m = model(who, q.get(), Map.of(), Map.of());
            m.put("saved", "1".equals(saved));
            return SignedInPages.view(HttpStatus.OK, VIEW, m, session, who);
        });
    }

    @Post("/caseloads")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> record(APIGatewayV2HTTPEvent event) {
        return SignedInPages.page(sessions, event, (session, who) -> {
            FormBody body = FormBody.parse(event);
            if (!SignedInPages.formAccepted(sessions, event, session, body.first(StaffSession.CSRF_FIELD))) {
                LOG.info("staff caseload form refused: form token or origin not this session's");
                return StaffPages.forbiddenForm();
            }
            Optional<FinancialQuarter> q = parse(body.first("quarter"));
            if (q.isEmpty()) {
                return StaffPages.problem(
                        HttpStatus.BAD_REQUEST,
                        "Choose a quarter",
                        "The form did not say which quarter the figures are for. Go back, choose the quarter and try "
                                + "again. Nothing was saved.");
            }
            List<FieldError> problems = new ArrayList<>();
            Map<String, String> typed = new LinkedHashMap<>();
            Map<String, Long> figures = new LinkedHashMap<>();
            List<TeamName> all = teams.names();
            for (int i = 0; i < all.size(); i++) {
                String field = field(i);
                String value = body.first(field);
                if (value == null) {
                    continue;
                }
                typed.put(field, value);
                if (value.isBlank()) {
                    continue;
                }
                try {
                    long n = Long.parseLong(value.trim().replace(",", ""));
                    figures.put(all.get(i).value(), n);
                } catch (NumberFormatException e) {
                    problems.add(new FieldError(
                            field, "Enter " + all.get(i).value() + "'s open cases as a whole number, like 120"));
                }
            }
            if (problems.isEmpty() && figures.isEmpty()) {
                problems.add(new FieldError(
                        typed.isEmpty() ? "quarter" : typed.keySet().iterator().next(),
                        "Enter at least one team's open cases"));
            }
            CaseResult result =
                    problems.isEmpty() ? caseloads.record(who, q.get(), figures) : new CaseResult.Invalid(problems);
            LOG.info(
                    "staff caseload form {}: {} teams, {}",
                    q.get(),
                    figures.size(),
                    result.getClass().getSimpleName());
            if (result instanceof CaseResult.Done) {
                return HttpResponse.seeOther(URI.create(PATH + "?quarter=" + code(q.get()) + "&saved=1"));
            }
            List<FieldError> errors = result instanceof CaseResult.Invalid invalid
                    ? invalid.errors().stream().map(this::onPage).toList()
                    : List.of(new FieldError("quarter", "You can enter figures only for a team you manage"));
            Map<String, String> errorOf = new LinkedHashMap<>();
            errors.forEach(e -> errorOf.putIfAbsent(e.field(), e.message()));
            Map<String, Object> m = model(who, q.get(), typed, errorOf);
            m.put(
                    "errors",
                    errors.stream()
                            .map(e -> Map.of("href", "#" + e.field(), "message", e.message()))
                            .toList());
            return SignedInPages.view(
                    result instanceof CaseResult.Forbidden ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST,
                    VIEW,
                    m,
                    session,
                    who);
        });
    }

    private Map<String, Object> model(
            StaffMember who, FinancialQuarter quarter, Map<String, String> typed, Map<String, String> errors) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "Open caseloads");
        m.put("path", PATH);
        m.put("quarter", code(quarter));
        m.put("quarterName", name(quarter));
        m.put("quarterEnd", Dates.text(quarter.lastDay()));
        List<Map<String, Object>> options = new ArrayList<>();
        FinancialQuarter q = FinancialQuarter.of(today());
        for (int i = 0; i < QUARTERS_OFFERED; i++) {
            options.add(Map.of("value", code(q), "label", name(q), "selected", q.equals(quarter)));
            q = previous(q);
        }
        if (options.stream().noneMatch(o -> Boolean.TRUE.equals(o.get("selected")))) {
            options.add(Map.of("value", code(quarter), "label", name(quarter), "selected", true));
        }
        m.put("quarterOptions", options);
        Map<String, Integer> entered = new LinkedHashMap<>();
        for (OpenCaseload c : caseloads.atEndOf(who, quarter)) {
            entered.put(c.team().value().toLowerCase(), c.openCases());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> inputs = new ArrayList<>();
        List<TeamName> all = teams.names();
        for (int i = 0; i < all.size(); i++) {
            TeamName team = all.get(i);
            Integer figure = entered.get(team.value().toLowerCase());
            if (figure != null) {
                rows.add(Map.of("team", team.value(), "openCases", figure));
            }
            if (Permissions.mayEnterCaseloadFor(who, team)) {
                String field = field(i);
                Map<String, Object> input = new LinkedHashMap<>();
                input.put("id", field);
                input.put("team", team.value());
                input.put(
                        "value", typed.containsKey(field) ? typed.get(field) : figure == null ? "" : figure.toString());
                input.put("error", errors.get(field));
                inputs.add(input);
            }
        }
        m.put("entered", rows);
        m.put("inputs", inputs);
        m.put("err", errors);
        m.put("errors", List.of());
        LOG.info("staff caseload page {}: {} figures shown, {} boxes", quarter, rows.size(), inputs.size());
        return m;
    }

    /** The use case names a team's field after the team as typed; the page's boxes are numbered in the team order. */
    private FieldError onPage(FieldError e) {
        if (e.field() != null && e.field().startsWith("teams.")) {
            String team = e.field().substring("teams.".length());
            List<TeamName> all = teams.names();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).value().equalsIgnoreCase(team)) {
                    return new FieldError(field(i), e.message());
                }
            }
        }
        return e.field() == null || e.field().equals("teams") ? new FieldError("quarter", e.message()) : e;
    }

    /** A box's name and id: {@code cases-1} for the first configured team. Team names hold spaces and "+". */
    private static String field(int index) {
        return "cases-" + (index + 1);
    }

    static Optional<FinancialQuarter> parse(String value) {
        Matcher m = value == null ? null : QUARTER.matcher(value.trim());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new FinancialQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    static String code(FinancialQuarter q) {
        return q.financialYear() + "-" + q.quarter();
    }

    /** For example "Quarter 4 of 2009 to 2010 (January to March 2010)". */
    static String name(FinancialQuarter q) {
        java.time.format.DateTimeFormatter month =
                java.time.format.DateTimeFormatter.ofPattern("MMMM", java.util.Locale.UK);
        return "Quarter " + q.quarter() + " of " + PeriodPicker.yearName(q.financialYear()) + " ("
                + month.format(q.firstDay()) + " to " + month.format(q.lastDay()) + " "
                + q.lastDay().getYear() + ")";
    }

    private FinancialQuarter lastEnded() {
        return previous(FinancialQuarter.of(today()));
    }

    private static FinancialQuarter previous(FinancialQuarter q) {
        return q.quarter() == 1
                ? new FinancialQuarter(q.financialYear() - 1, 4)
                : new FinancialQuarter(q.financialYear(), q.quarter() - 1);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CouncilTime.ZONE));
    }
}
