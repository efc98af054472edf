package uk.childrenscomplaints.workflow.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.local.standins.SamTemplate;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.WorkflowApp;
import uk.childrenscomplaints.workflow.staff.CaseActions;

/**
 * The access matrix cannot fall behind the function: every route the running function's router knows has a row, every
 * action the API accepts has a row, docs/roles.md shows the same tables, and template.yaml puts every API route behind
 * the JWT authorizer (which refuses expired, foreign and forged tokens before the function runs) and leaves only the
 * pages, which check their own session, without it.
 */
class AccessMatrixCompletenessIT {
    private static final String ACTION_API = "POST /staff/complaints/{id}/actions/{action}";
    private static final String ACTION_PAGE = "POST /staff/pages/complaints/{id}/actions/{action}";

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.pages("2027-01-04T10:00:00Z");

    private final FunctionApp app;

    AccessMatrixCompletenessIT(FunctionApp app) {
        this.app = app;
    }

    /**
     * {@code METHOD /template} of every route this function's own controllers declare. Micronaut answers HEAD for
     * each GET with the same method, so the same checks; API Gateway routes only the methods template.yaml names, and
     * names no HEAD, so those are left out.
     */
    private Set<String> functionRoutes() {
        return app.context
                .getBean(Router.class)
                .uriRoutes()
                .filter(r -> r.getDeclaringType().getName().startsWith("uk.childrenscomplaints."))
                .filter(r -> !r.getHttpMethodName().equals("HEAD"))
                .map(AccessMatrixCompletenessIT::route)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String route(UriRouteInfo<?, ?> r) {
        return r.getHttpMethodName() + " " + r.getUriMatchTemplate().toPathString();
    }

    @Test
    void everyRouteOfTheFunctionHasARowAndEveryRowIsARoute() {
        Set<String> covered = new TreeSet<>();
        AccessMatrix.routes().forEach(row -> covered.add(row.route()));
        covered.add(ACTION_API);
        covered.add(ACTION_PAGE);

        assertThat(functionRoutes()).isNotEmpty().containsExactlyInAnyOrderElementsOf(covered);
    }

    @Test
    void everyRowHasARequestAndEveryRequestARow() {
        assertThat(new MatrixRequests().labels())
                .containsExactlyInAnyOrderElementsOf(AccessMatrix.routes().stream()
                        .map(AccessMatrix.RouteRow::request)
                        .toList());
    }

    @Test
    void everyCaseActionTheApiAcceptsHasARow() {
        assertThat(AccessMatrix.actions().stream().map(AccessMatrix.ActionRow::action))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(CaseActions.names());
    }

    @Test
    void docsRolesShowsTheSameTables() throws IOException {
        List<String> doc = Files.readAllLines(SamTemplate.repositoryRoot().resolve("docs/roles.md")).stream()
                .map(AccessMatrixCompletenessIT::normalised)
                .toList();
        for (String table : List.of(AccessMatrix.ROUTES, AccessMatrix.ACTIONS)) {
            List<String> lines = table.lines()
                    .filter(l -> !l.isBlank())
                    .map(AccessMatrixCompletenessIT::normalised)
                    .toList();
            assertThat(doc).as("docs/roles.md").containsSubsequence(lines);
        }
    }

    private static String normalised(String line) {
        return Arrays.stream(line.trim().split("\\|", -1)).map(String::trim).collect(Collectors.joining("|"));
    }

    @Test
    void everyApiRouteIsBehindTheStaffJwtAuthorizerAndOnlyThePagesAreNot() {
        SamTemplate template = SamTemplate.locate();
        Map<String, Object> api = template.resource("ComplaintsApi").properties();
        Map<?, ?> auth = (Map<?, ?>) api.get("Auth");
        assertThat(auth.get("DefaultAuthorizer")).isEqualTo("StaffJwt");
        Map<?, ?> jwt =
                (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) auth.get("Authorizers")).get("StaffJwt")).get("JwtConfiguration");
        // The audience is the staff pool's own client: a token for any other client is refused.
        assertThat(String.valueOf(jwt.get("audience"))).contains("StaffUserPoolClient");
        assertThat(String.valueOf(jwt.get("issuer"))).contains("StaffUserPool");

        Map<String, String> authorizerOf = new LinkedHashMap<>();
        Map<?, ?> events = (Map<?, ?>)
                template.resource("CaseWorkflowFunction").properties().get("Events");
        events.values().forEach(e -> {
            Map<?, ?> p = (Map<?, ?>) ((Map<?, ?>) e).get("Properties");
            Map<?, ?> a = (Map<?, ?>) p.get("Auth");
            authorizerOf.put(
                    p.get("Method") + " " + p.get("Path"),
                    a == null ? "StaffJwt" : String.valueOf(a.get("Authorizer")));
        });

        for (String route : functionRoutes()) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1);
            if (path.startsWith("/staff/pages/")) {
                assertThat(authorizerOf.get(method + " /staff/pages/{proxy+}"))
                        .as(route)
                        .isEqualTo("NONE");
            } else if (path.equals("/staff")) {
                assertThat(authorizerOf.get(route)).as(route).isEqualTo("NONE");
            } else {
                assertThat(authorizerOf.get(route))
                        .as(route + " must be behind StaffJwt")
                        .isEqualTo("StaffJwt");
            }
        }
    }
}
