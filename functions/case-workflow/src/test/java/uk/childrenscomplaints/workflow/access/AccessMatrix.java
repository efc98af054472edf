package uk.childrenscomplaints.workflow.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected answer for every staff route and case action, for every kind of caller: written out by hand from
 * docs/roles.md, never computed from {@code Permissions}, so a change of rule has to change this table too. The same
 * tables are in docs/roles.md ("Who may do what, cell by cell"), and {@code AccessMatrixIT} checks they agree.
 *
 * <p>In {@link #ACTIONS} each cell is three answers: the API with the complaint's current version, the API with a
 * version nobody has (999), and the staff page's form with the current version. Each is sent on a Huntingdon complaint
 * logged that morning (Stage 1, no respondent yet). A new action is one line there.
 */
final class AccessMatrix {

    static final String ROUTES = """
            | request | team | own manager | other manager | director | no group | no token | expired | other client | forged |
            |---|---|---|---|---|---|---|---|---|---|
            | GET /staff/complaints | 200 | 200 | 200 | 200 | 403 | 401 | 401 | 401 | 401 |
            | GET /staff/complaints/{id} | 200 | 200 | 403 | 200 | 403 | 401 | 401 | 401 | 401 |
            | GET /staff/complaints/{id} of no complaint | 404 | 404 | 404 | 404 | 403 | 401 | 401 | 401 | 401 |
            | POST /staff/complaints/search | 200 | 200 | 200 | 200 | 403 | 401 | 401 | 401 | 401 |
            | POST /staff/complaints | 201 | 403 | 403 | 403 | 403 | 401 | 401 | 401 | 401 |
            | POST /staff/complaints/{id}/actions/{action} of no such action | 404 | 404 | 404 | 404 | 403 | 401 | 401 | 401 | 401 |
            | POST /staff/compliments | 201 | 201 | 403 | 403 | 403 | 401 | 401 | 401 | 401 |
            | GET /staff/compliments | 200 | 200 | 200 | 200 | 403 | 401 | 401 | 401 | 401 |
            | PUT /staff/caseloads/{financialYear}/{quarter} | 200 | 200 | 403 | 403 | 403 | 401 | 401 | 401 | 401 |
            | GET /staff/caseloads/{financialYear}/{quarter} | 200 | 200 | 200 | 200 | 403 | 401 | 401 | 401 | 401 |
            | POST /staff/imports | 200 | 403 | 403 | 403 | 403 | 401 | 401 | 401 | 401 |
            | POST /staff/complaints with no body | 400 | 403 | 403 | 403 | 403 | 401 | 401 | 401 | 401 |
            | POST /staff/complaints/{id}/actions/{action} with no body | 400 | 400 | 400 | 400 | 403 | 401 | 401 | 401 | 401 |
            | POST /staff/compliments with no body | 400 | 400 | 400 | 400 | 403 | 401 | 401 | 401 | 401 |
            | PUT /staff/caseloads/{financialYear}/{quarter} with no body | 400 | 400 | 400 | 400 | 403 | 401 | 401 | 401 | 401 |
            | POST /staff/imports with no body | 422 | 403 | 403 | 403 | 403 | 401 | 401 | 401 | 401 |
            | GET /stats | 200 | 200 | 200 | 200 | 403 | 401 | 401 | 401 | 401 |
            | GET /stats for Huntingdon | 200 | 200 | 403 | 200 | 403 | 401 | 401 | 401 | 401 |
            | GET /stats as CSV | 200 | 200 | 200 | 200 | 403 | 401 | 401 | 401 | 401 |
            | GET /staff/complaints/{id}/access | 200 | 403 | 403 | 403 | 403 | 401 | 401 | 401 | 401 |
            | GET /staff/access | 403 | 403 | 403 | 200 | 403 | 401 | 401 | 401 | 401 |
            | POST /staff/subject-access | 200 | 403 | 403 | 403 | 403 | 401 | 401 | 401 | 401 |
            | POST /staff/subject-access/export | 200 | 403 | 403 | 403 | 403 | 401 | 401 | 401 | 401 |
            | POST /staff/subject-access with no body | 400 | 403 | 403 | 403 | 403 | 401 | 401 | 401 | 401 |
            | GET /staff | 303 | 303 | 303 | 303 | 303 | 303 | 303 | 303 | 303 |
            | GET /staff/pages/sign-in | 303 | 303 | 303 | 303 | 303 | 303 | 303 | 303 | 303 |
            | GET /staff/pages/signed-in without a code | 400 | 400 | 400 | 400 | 400 | 400 | 400 | 400 | 400 |
            | POST /staff/pages/sign-out | 303 | 303 | 303 | 303 | 303 | 303 | 303 | 303 | 303 |
            | GET /staff/pages/signed-out | 200 | 200 | 200 | 200 | 200 | 200 | 200 | 200 | 200 |
            | GET /staff/pages/dashboard | 200 | 200 | 200 | 200 | 403 | 303 | 303 | 303 | 303 |
            | GET /staff/pages/search | 200 | 200 | 200 | 200 | 403 | 303 | 303 | 303 | 303 |
            | POST /staff/pages/search | 200 | 200 | 200 | 200 | 403 | 303 | 303 | 303 | 303 |
            | POST /staff/pages/search without the form token | 403 | 403 | 403 | 403 | 403 | 303 | 303 | 303 | 303 |
            | GET /staff/pages/complaints/{id} | 200 | 200 | 404 | 200 | 403 | 303 | 303 | 303 | 303 |
            | POST /staff/pages/complaints/{id}/actions/{action} of no such action | 404 | 404 | 404 | 404 | 403 | 303 | 303 | 303 | 303 |
            | POST /staff/pages/complaints/{id}/actions/{action} without the form token | 403 | 403 | 403 | 403 | 403 | 303 | 303 | 303 | 303 |
            | GET /staff/pages/statistics | 200 | 200 | 200 | 200 | 403 | 303 | 303 | 303 | 303 |
            | GET /staff/pages/statistics for Huntingdon | 200 | 200 | 200 | 200 | 403 | 303 | 303 | 303 | 303 |
            | GET /staff/pages/statistics.csv | 200 | 200 | 200 | 200 | 403 | 303 | 303 | 303 | 303 |
            | GET /staff/pages/import | 200 | 200 | 200 | 200 | 403 | 303 | 303 | 303 | 303 |
            | POST /staff/pages/import | 303 | 403 | 403 | 403 | 403 | 303 | 303 | 303 | 303 |
            | GET /staff/pages/compliments | 200 | 200 | 200 | 200 | 403 | 303 | 303 | 303 | 303 |
            | POST /staff/pages/compliments | 303 | 303 | 403 | 403 | 403 | 303 | 303 | 303 | 303 |
            | POST /staff/pages/compliments without the form token | 403 | 403 | 403 | 403 | 403 | 303 | 303 | 303 | 303 |
            | GET /staff/pages/caseloads | 200 | 200 | 200 | 200 | 403 | 303 | 303 | 303 | 303 |
            | POST /staff/pages/caseloads | 303 | 303 | 403 | 403 | 403 | 303 | 303 | 303 | 303 |
            | GET /staff/pages/access | 403 | 403 | 403 | 200 | 403 | 303 | 303 | 303 | 303 |
            | GET /staff/pages/subject-access | 200 | 403 | 403 | 403 | 403 | 303 | 303 | 303 | 303 |
            | POST /staff/pages/subject-access | 200 | 403 | 403 | 403 | 403 | 303 | 303 | 303 | 303 |
            | POST /staff/pages/subject-access/export | 200 | 403 | 403 | 403 | 403 | 303 | 303 | 303 | 303 |
            | POST /staff/pages/subject-access without the form token | 403 | 403 | 403 | 403 | 403 | 303 | 303 | 303 | 303 |
            | GET /staff/pages/complaints/{id}/letters/{letter} | 200 | 200 | 404 | 403 | 403 | 303 | 303 | 303 | 303 |
            | GET /staff/pages/letters/to-post.pdf | 200 | 403 | 403 | 403 | 403 | 303 | 303 | 303 | 303 |
            | POST /staff/pages/complaints/{id}/letters/posted | 303 | 403 | 403 | 403 | 403 | 303 | 303 | 303 | 303 |
            | POST /staff/pages/complaints/{id}/letters/posted without the form token | 403 | 403 | 403 | 403 | 403 | 303 | 303 | 303 | 303 |
            """;

    static final String ACTIONS = """
            | action | body | team | own manager | other manager | director | no group | no token | expired | other client | forged |
            |---|---|---|---|---|---|---|---|---|---|---|
            | assign-respondents | "respondent":{"name":"Pat Manager","email":"pat@council.example"} | 200/409/303 | 200/409/303 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | mark-absent | "absent":true | 409/409/409 | 409/409/409 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | stage1-response | "sentOn":"2027-01-04","summary":"Apologised" | 200/409/303 | 200/409/303 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | extend | "newDue":"2027-02-01","reason":"Complex","complainantToldOn":"2027-01-04" | 200/409/303 | 200/409/303 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | outcomes | "outcomes":{"communication":"upheld"} | 409/409/409 | 409/409/409 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | withdraw | "reason":"Resolved by phone" | 200/409/303 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | close-not-investigated | "reason":"Court proceedings" | 200/409/303 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | close | | 409/409/409 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | request-stage2 | "requestedOn":"2027-01-04","reasons":"Not answered" | 409/409/409 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | stage2-details | "investigatingOfficer":"I. Officer","independentPerson":"I. Person","costPounds":1200 | 409/409/409 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | stage2-response | "respondedOn":"2027-01-04" | 409/409/409 | 403/403/403 | 403/403/404 | 409/409/409 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | request-stage3 | "requestedOn":"2027-01-04","reasons":"Disagree" | 409/409/409 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | panel | "panelOn":"2027-01-04","members":["A","B","C"],"recommendations":"R" | 409/409/409 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | chief-officer-decision | "decidedOn":"2027-01-04","decision":"Agreed" | 409/409/409 | 403/403/403 | 403/403/404 | 409/409/409 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | refer-ombudsman | "referredOn":"2027-01-04" | 200/409/303 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | ombudsman-decision | "decision":"premature","decidedOn":"2027-01-04" | 409/409/409 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | reopen | "reopenedOn":"2027-01-04","reason":"The family came back" | 409/409/409 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | pause-clock | "reason":"awaiting_advocate","pausedOn":"2027-01-04" | 200/409/303 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | resume-clock | "resumedOn":"2027-01-04" | 409/409/409 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | book-panel | "bookedFor":"2027-01-20" | 409/409/409 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | panel-report-received | "receivedOn":"2027-01-04" | 409/409/409 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | agree-statement | "agreedOn":"2027-01-04" | 409/409/409 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | extend-stage2 | "newDue":"2027-02-01","reason":"Complex","complainantToldOn":"2027-01-04" | 409/409/409 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | place-legal-hold | "reason":"Ombudsman investigation" | 200/409/303 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | lift-legal-hold | "reason":"Investigation over" | 409/409/409 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | restrict | "reason":"Staff member's own family" | 200/409/303 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | lift-restriction | "reason":"No longer needed" | 409/409/409 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            | anonymise | "reason":"Erasure request" | 409/409/409 | 403/403/403 | 403/403/404 | 403/403/403 | 403/403/403 | 401/401/303 | 401/401/303 | 401/401/303 | 401/401/303 |
            """;

    /** A route's row: the request's label and the answer expected for each caller. */
    record RouteRow(String request, Map<Caller, Integer> expected) {
        /** {@code METHOD /path/{template}}: the route this row exercises, as the router names it. */
        String route() {
            String[] words = request.split(" ");
            return words[0] + " " + words[1];
        }
    }

    /** An action's row: its body's fields (JSON, without expectedVersion) and three answers per caller. */
    record ActionRow(String action, String fields, Map<Caller, int[]> expected) {}

    private AccessMatrix() {}

    static List<RouteRow> routes() {
        List<RouteRow> rows = new ArrayList<>();
        for (List<String> cells : rows(ROUTES, 1)) {
            Map<Caller, Integer> expected = new LinkedHashMap<>();
            for (Caller c : Caller.values()) {
                expected.put(c, Integer.valueOf(cells.get(1 + c.ordinal())));
            }
            rows.add(new RouteRow(cells.get(0), expected));
        }
        return rows;
    }

    static List<ActionRow> actions() {
        List<ActionRow> rows = new ArrayList<>();
        for (List<String> cells : rows(ACTIONS, 2)) {
            Map<Caller, int[]> expected = new LinkedHashMap<>();
            for (Caller c : Caller.values()) {
                expected.put(
                        c,
                        Arrays.stream(cells.get(2 + c.ordinal()).split("/"))
                                .mapToInt(Integer::parseInt)
                                .toArray());
            }
            rows.add(new ActionRow(cells.get(0), cells.get(1), expected));
        }
        return rows;
    }

    /** The data rows' cells, after checking the heading names the callers in order. */
    private static List<List<String>> rows(String table, int leading) {
        List<String> lines = table.lines().filter(l -> !l.isBlank()).toList();
        List<String> heading = cells(lines.get(0));
        List<String> callers = heading.subList(leading, heading.size());
        List<String> expectedHeadings =
                Arrays.stream(Caller.values()).map(c -> c.heading).toList();
        if (!callers.equals(expectedHeadings)) {
            throw new IllegalStateException("the table's columns are not the callers in order: " + callers);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            List<String> cells = cells(line);
            if (cells.size() != heading.size()) {
                throw new IllegalStateException(
                        "row has " + cells.size() + " cells, not " + heading.size() + ": " + line);
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String t = line.trim();
        String inner = t.substring(1, t.length() - 1);
        return Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList();
    }
}
