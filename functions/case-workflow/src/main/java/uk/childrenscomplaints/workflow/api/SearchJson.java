package uk.childrenscomplaints.workflow.api;

import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.casework.ComplaintSearch;
import uk.childrenscomplaints.complaint.application.casework.FindingComplaints;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.web.JsonFields;

/**
 * The body of {@code POST /staff/complaints/search}: the search terms travel here, not in the address, because a name,
 * email or phone number in a URL ends up in access logs and browser history (decision 030).
 */
final class SearchJson {
    static final List<String> FIELDS = List.of(
            "reference",
            "name",
            "email",
            "phone",
            "ageBand",
            "team",
            "state",
            "stage",
            "receivedFrom",
            "receivedTo",
            "page");

    private SearchJson() {}

    record Read(ComplaintSearch search, List<FieldError> problems) {}

    static Read read(JsonNode root) {
        Optional<JsonFields> maybe = JsonFields.of(root, new LinkedHashSet<>(FIELDS));
        if (maybe.isEmpty()) {
            return new Read(
                    null,
                    List.of(new FieldError(
                            "body",
                            "Send one JSON object, like {\"name\": \"Smith\", \"receivedFrom\": \"2027-01-01\"}")));
        }
        JsonFields r = maybe.get();
        // Stage and team read as the list's query parameters do, so one word means the same in both.
        SearchFilters.Read filters = SearchFilters.read(
                r.text("team"), null, r.text("stage"), null, r.text("receivedFrom"), r.text("receivedTo"));
        Long page = r.whole("page");
        if (page != null && (page < 1 || page > Integer.MAX_VALUE)) {
            r.problem("page", "page must be a whole number, 1 or more");
            page = null;
        }
        ComplaintSearch search = new ComplaintSearch(
                r.text("reference"),
                r.text("name"),
                r.text("email"),
                r.text("phone"),
                r.code("ageBand", AgeBand.class),
                filters.criteria().team(),
                r.code("state", ComplaintState.class),
                filters.criteria().stage(),
                filters.criteria().receivedFrom(),
                filters.criteria().receivedTo(),
                page == null ? 1 : page.intValue());
        List<FieldError> problems = new ArrayList<>(r.problems());
        filters.problems().stream()
                .filter(p -> !"receivedTo".equals(p.field()) || !p.message().contains("on or after"))
                .forEach(problems::add);
        if (problems.isEmpty()) {
            problems.addAll(FindingComplaints.problems(search));
        }
        return new Read(search, problems);
    }

    /** The kinds of term a search used, for the log: never the terms. */
    static Set<String> kinds(ComplaintSearch s) {
        Set<String> kinds = new LinkedHashSet<>();
        if (s.reference() != null) kinds.add("reference");
        if (s.name() != null) kinds.add("name");
        if (s.email() != null) kinds.add("email");
        if (s.phone() != null) kinds.add("phone");
        if (s.ageBand() != null) kinds.add("ageBand");
        if (s.team() != null) kinds.add("team");
        if (s.state() != null) kinds.add("state");
        if (s.stage() != null) kinds.add("stage");
        if (s.receivedFrom() != null || s.receivedTo() != null) kinds.add("received");
        return kinds;
    }
}
