package uk.childrenscomplaints.workflow.pages.search;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.casework.FindingComplaints;
import uk.childrenscomplaints.complaint.application.casework.SearchResult;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.Teams;
import uk.childrenscomplaints.workflow.pages.support.Dates;
import uk.childrenscomplaints.workflow.pages.support.SignedInPages;
import uk.childrenscomplaints.workflow.signin.StaffSession;
import uk.childrenscomplaints.workflow.staff.FormBody;
import uk.childrenscomplaints.workflow.staff.RequestBodies;
import uk.childrenscomplaints.workflow.staff.StaffPages;

/**
 * "Find a complaint": a search form with every filter, the results a page at a time. The form is POSTed, and so are
 * its page buttons (one form carrying the terms in hidden fields), because a name, email or phone number in an address
 * would stay in access logs and browser history (decision 030). {@link FindingComplaints} decides what the member may
 * see; the results show no personal data, only what the dashboard's list shows.
 */
@Controller("/staff/pages")
@Produces(MediaType.TEXT_HTML)
public class SearchPageController {
    private static final Logger LOG = LoggerFactory.getLogger(SearchPageController.class);
    static final String PATH = "/staff/pages/search";
    static final String VIEW = "staff/search";

    private final FindingComplaints finding;
    private final StaffSession sessions;
    private final Teams teams;
    private final Clock clock;

    public SearchPageController(FindingComplaints finding, StaffSession sessions, Teams teams, Clock clock) {
        this.finding = finding;
        this.sessions = sessions;
        this.teams = teams;
        this.clock = clock;
    }

    @Get("/search")
    public HttpResponse<?> form(APIGatewayV2HTTPEvent event) {
        return SignedInPages.page(
                sessions,
                event,
                (session, who) -> SignedInPages.view(
                        HttpStatus.OK, VIEW, model(who, SearchForm.read(Map.of()), List.of(), null), session, who));
    }

    @Post("/search")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> search(APIGatewayV2HTTPEvent event) {
        return SignedInPages.page(sessions, event, (session, who) -> {
            FormBody body = FormBody.parse(event);
            if (!SignedInPages.formAccepted(sessions, event, session, body.first(StaffSession.CSRF_FIELD))) {
                LOG.info("staff search form refused: form token or origin not this session's");
                return StaffPages.forbiddenForm();
            }
            if (body.bytes() > RequestBodies.MAX_BYTES) {
                return StaffPages.problem(
                        HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                        "What you sent is too long",
                        "The search form is over the 64 KB limit. Search by fewer words and try again.");
            }
            Map<String, String> typed = new LinkedHashMap<>();
            for (String name : SearchForm.FIELDS) {
                typed.put(name, body.first(name) == null ? "" : body.first(name));
            }
            SearchForm form = SearchForm.read(typed);
            List<FieldError> problems = new ArrayList<>(form.problems());
            SearchResult.Found found = null;
            if (problems.isEmpty()) {
                SearchResult result = finding.find(who, form.search());
                if (result instanceof SearchResult.Invalid invalid) {
                    invalid.errors().stream().map(SearchForm::onPage).forEach(problems::add);
                } else {
                    found = (SearchResult.Found) result;
                }
            }
            List<FieldError> ordered = SearchForm.inFormOrder(problems);
            LOG.info(
                    "staff search page: {}",
                    found == null ? ordered.size() + " problems" : found.total() + " found, page " + found.page());
            return SignedInPages.view(
                    found == null ? HttpStatus.BAD_REQUEST : HttpStatus.OK,
                    VIEW,
                    model(who, form, ordered, found),
                    session,
                    who);
        });
    }

    private Map<String, Object> model(
            StaffMember who, SearchForm form, List<FieldError> problems, SearchResult.Found found) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "Find a complaint");
        m.put("path", PATH);
        m.put(
                "errors",
                problems.stream()
                        .map(e -> Map.<String, Object>of("href", "#" + e.field(), "message", e.message()))
                        .toList());
        Map<String, String> err = new LinkedHashMap<>();
        problems.forEach(e -> err.putIfAbsent(e.field(), e.message()));
        m.put("err", err);
        m.put("typed", form.typed());
        m.putAll(SearchForm.options(form, teams, who));
        m.put("fromInput", form.dateInput("from", "Received from", firstError(problems, "from")));
        m.put("toInput", form.dateInput("to", "Received to", firstError(problems, "to")));
        m.put("searched", found != null);
        if (found != null) {
            LocalDate today = LocalDate.now(clock.withZone(CouncilTime.ZONE));
            m.put("rows", found.complaints().stream().map(c -> row(c, today)).toList());
            m.put("total", found.total());
            m.put("page", found.page());
            m.put("pages", found.pages());
            m.put("pageButtons", Paging.buttons(found.page(), found.pages()));
            m.put("hidden", form.hiddenFields());
        }
        return m;
    }

    private static String firstError(List<FieldError> problems, String date) {
        return problems.stream()
                .filter(e -> e.field().startsWith(date + "-"))
                .map(FieldError::message)
                .findFirst()
                .orElse(null);
    }

    private static Map<String, Object> row(Complaint c, LocalDate today) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("href", "/staff/pages/complaints/" + c.id().value());
        r.put("reference", c.reference().toString());
        r.put("receivedOn", Dates.text(c.intake().receivedOn()));
        r.put(
                "team",
                c.intake().team() == null ? "Not decided" : c.intake().team().value());
        r.put("state", c.state().label());
        r.put("ageBand", c.intake().child().ageBand().label());
        r.put("dueOn", c.dueOn(today).map(Dates::text).orElse(""));
        return r;
    }
}
