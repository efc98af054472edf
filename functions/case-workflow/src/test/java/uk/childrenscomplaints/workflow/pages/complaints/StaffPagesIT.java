package uk.childrenscomplaints.workflow.pages.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;
import static uk.childrenscomplaints.workflow.WorkflowApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.SignInStandIn;
import uk.childrenscomplaints.workflow.WorkflowApp;
import uk.childrenscomplaints.workflow.signin.StaffSession;

/**
 * The staff pages through the real Lambda handler, with sessions signed by a stand-in user pool whose keys the
 * function fetches over HTTP, and complaints in dynalite.
 */
class StaffPagesIT {
    /** Monday 4 January 2027, 10:00 in London (GMT). */
    private static final String MON_2027_01_04 = "2027-01-04T10:00:00Z";

    private static final Instant NOW = Instant.parse(MON_2027_01_04);
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"(CSC-\\d{4}-\\d{4})\"");

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.pages(MON_2027_01_04);

    private final SignInStandIn pool;
    private final FunctionApp app;

    StaffPagesIT(SignInStandIn pool, FunctionApp app) {
        this.pool = pool;
        this.app = app;
    }

    // ---- sessions

    private String officer() {
        return pool.sign(SignInStandIn.claims("officer", List.of("complaints-team"), null, NOW));
    }

    private String huntingdonManager() {
        return pool.sign(SignInStandIn.claims("huntingdon-manager", List.of("responding-manager"), "Huntingdon", NOW));
    }

    @Test
    void withoutAValidSessionEveryPageSendsYouToSignInAndShowsNoData() {
        Logged c = logged("Huntingdon", "2026-12-01");
        Map<String, Object> expired =
                SignInStandIn.claims("officer", List.of("complaints-team"), null, NOW.minusSeconds(7200));
        Map<String, Object> otherClient = SignInStandIn.claims("officer", List.of("complaints-team"), null, NOW);
        otherClient.put("aud", "the-api-client");
        Map<String, Object> otherPool = SignInStandIn.claims("officer", List.of("complaints-team"), null, NOW);
        otherPool.put("iss", "https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_Other");
        Map<String, Object> accessToken = SignInStandIn.claims("officer", List.of("complaints-team"), null, NOW);
        accessToken.put("token_use", "access");
        Map<String, String> sessions = new LinkedHashMap<>();
        sessions.put("none", null);
        sessions.put("expired", pool.sign(expired));
        sessions.put(
                "forged (another key)",
                pool.signWithAnotherKey(SignInStandIn.claims("officer", List.of("complaints-team"), null, NOW)));
        sessions.put("for another client", pool.sign(otherClient));
        sessions.put("from another pool", pool.sign(otherPool));
        sessions.put("an access token", pool.sign(accessToken));
        sessions.put("not a token", "junk");

        for (Map.Entry<String, String> session : sessions.entrySet()) {
            for (APIGatewayV2HTTPEvent event : List.of(
                    dashboard(session.getValue(), null),
                    complaintPage(session.getValue(), c.id()),
                    action(session.getValue(), c.id(), "withdraw", "csrf=x&expectedVersion=1&reason=Resolved"))) {
                APIGatewayV2HTTPResponse r = app.handle(event);
                assertThat(r.getStatusCode())
                        .as("%s: %s", session.getKey(), event.getRawPath())
                        .isEqualTo(303);
                assertThat(header(r, "Location")).isEqualTo("/staff/pages/sign-in");
                assertThat(String.valueOf(body(r)))
                        .doesNotContain(c.reference())
                        .doesNotContain("Robin");
            }
        }
        assertThat(body(app.handle(WorkflowApp.view(OFFICER, c.id())))).contains("\"version\":1");
    }

    @Test
    void theDashboardListsOpenComplaintsWithTheirDeadlineInWordsAndCountsThem() {
        Logged late = logged("Huntingdon", "2026-12-01");
        Logged dueSoon = logged("ECF", "2026-12-21");
        Logged fresh = logged("Huntingdon", "2027-01-04");

        APIGatewayV2HTTPResponse r = app.handle(dashboard(officer(), null));

        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(200);
        assertThat(header(r, "Cache-Control")).isEqualTo("no-store");
        assertThat(header(r, "Content-Security-Policy"))
                .contains("default-src 'none'")
                .doesNotContain("script-src");
        String page = body(r);
        assertThat(row(page, late.reference())).contains("Overdue").contains("Huntingdon");
        assertThat(row(page, dueSoon.reference())).contains("Due soon").contains("ECF");
        assertThat(row(page, fresh.reference())).contains("On track");
        assertThat(page)
                .contains("id=\"count-open\">3<")
                .contains("id=\"count-overdue\">1<")
                .contains("href=\"/staff/pages/complaints/" + late.id() + "\"");
        // No personal data in the list.
        assertThat(page).doesNotContain("Robin Caller");

        String filtered = body(app.handle(dashboard(officer(), "team=ECF")));
        assertThat(filtered)
                .contains(dueSoon.reference())
                .doesNotContain(late.reference())
                .contains("id=\"count-open\">1<");
    }

    @Test
    void aRespondingManagerSeesOnlyTheirTeamInTheListAndCountsAndGets404ForAnotherTeamsComplaint() {
        Logged ours = logged("Huntingdon", "2026-12-01");
        Logged theirs = logged("ECF", "2026-12-01");

        String page = body(app.handle(dashboard(huntingdonManager(), null)));
        assertThat(page)
                .contains(ours.reference())
                .doesNotContain(theirs.reference())
                .contains("id=\"count-open\">1<")
                .contains("id=\"count-overdue\">1<");

        String widened = body(app.handle(dashboard(huntingdonManager(), "team=ECF")));
        assertThat(widened).doesNotContain(theirs.reference()).contains("id=\"count-open\">0<");

        APIGatewayV2HTTPResponse byUrl = app.handle(complaintPage(huntingdonManager(), theirs.id()));
        assertThat(byUrl.getStatusCode()).isEqualTo(404);
        assertThat(body(byUrl)).doesNotContain(theirs.reference()).doesNotContain("Robin");
        APIGatewayV2HTTPResponse missing =
                app.handle(complaintPage(huntingdonManager(), UUID.randomUUID().toString()));
        assertThat(body(missing)).isEqualTo(body(byUrl));

        String token = huntingdonManager();
        APIGatewayV2HTTPResponse act = app.handle(action(
                token,
                theirs.id(),
                "mark-absent",
                "csrf=" + StaffSession.csrfFor(token) + "&expectedVersion=1&absent=yes"));
        assertThat(act.getStatusCode()).isEqualTo(404);
        assertThat(body(app.handle(WorkflowApp.view(OFFICER, theirs.id())))).contains("\"version\":1");
    }

    @Test
    void aFormWithoutThisSessionsTokenOrFromAnotherSiteIsRefusedAndChangesNothing() {
        Logged c = logged("Huntingdon", "2026-12-01");
        String token = officer();
        String form = "&expectedVersion=1&reason=Resolved+informally";

        APIGatewayV2HTTPResponse noToken = app.handle(action(token, c.id(), "withdraw", form.substring(1)));
        APIGatewayV2HTTPResponse otherSession = app.handle(
                action(token, c.id(), "withdraw", "csrf=" + StaffSession.csrfFor(huntingdonManager()) + form));
        APIGatewayV2HTTPEvent crossSite =
                action(token, c.id(), "withdraw", "csrf=" + StaffSession.csrfFor(token) + form);
        crossSite.getHeaders().put("origin", "https://evil.example");
        APIGatewayV2HTTPResponse fromElsewhere = app.handle(crossSite);

        for (APIGatewayV2HTTPResponse r : List.of(noToken, otherSession, fromElsewhere)) {
            assertThat(r.getStatusCode()).isEqualTo(403);
            assertThat(body(r)).contains("This form has expired");
            assertThat(header(r, "Cache-Control")).isEqualTo("no-store");
        }
        assertThat(body(app.handle(WorkflowApp.view(OFFICER, c.id()))))
                .contains("\"version\":1")
                .contains("\"state\":\"stage1_open\"");
    }

    @Test
    void anOfficerAssignsARespondentRecordsTheResponseAndTheTimelineGrows() {
        Logged c = logged("Huntingdon", "2026-12-01");
        String token = officer();
        String page = body(app.handle(complaintPage(token, c.id())));
        int entries = timelineRows(page);
        assertThat(page).contains("Robin Caller").contains("Assign respondents");

        APIGatewayV2HTTPResponse assigned = app.handle(action(
                token,
                c.id(),
                "assign-respondents",
                "csrf=" + field(page, "csrf") + "&expectedVersion=" + field(page, "expectedVersion")
                        + "&respondent.name=Pat+Manager&respondent.email=pat%40council.example"
                        + "&second.name=&second.email="));
        assertThat(assigned.getStatusCode()).as(body(assigned)).isEqualTo(303);
        assertThat(header(assigned, "Location"))
                .isEqualTo("/staff/pages/complaints/" + c.id() + "?done=assign-respondents");

        page = body(app.handle(complaintPage(token, c.id(), "done=assign-respondents")));
        assertThat(page).contains("Assign respondents: saved").contains("Pat Manager (pat@council.example)");
        assertThat(timelineRows(page)).isEqualTo(entries + 1);

        APIGatewayV2HTTPResponse responded = app.handle(action(
                token,
                c.id(),
                "stage1-response",
                "csrf=" + field(page, "csrf") + "&expectedVersion=" + field(page, "expectedVersion")
                        + "&sentOn=2027-01-04&summary=Apologised%3B+named+worker"));
        assertThat(responded.getStatusCode()).as(body(responded)).isEqualTo(303);
        page = body(app.handle(complaintPage(token, c.id())));
        assertThat(page)
                .contains("Stage 1: responded")
                .contains("Apologised; named worker")
                .contains("Record outcomes")
                // A phone complaint with no email: the response also owes its covering letter to post (decision 040).
                .contains("the Stage 1 outcome covering letter is to be posted");
        assertThat(timelineRows(page)).isEqualTo(entries + 3);
    }

    @Test
    void aStage2AwaitingItsStatementSaysSoAndOffersTheFormUntilItIsAgreedOnMon14Dec() {
        Logged c = logged("Huntingdon", "2026-11-30");
        String token = officer();
        String page = body(app.handle(complaintPage(token, c.id())));
        assertThat(Jsoup.parse(page).select("form[action$=/actions/agree-statement]"))
                .isEmpty();
        APIGatewayV2HTTPResponse escalated = app.handle(action(
                token,
                c.id(),
                "request-stage2",
                "csrf=" + field(page, "csrf") + "&expectedVersion=" + field(page, "expectedVersion")
                        + "&requestedOn=2026-12-07&reasons=Serious&serious=on"));
        assertThat(escalated.getStatusCode()).as(body(escalated)).isEqualTo(303);

        page = body(app.handle(complaintPage(token, c.id())));
        assertThat(page).contains("Awaiting agreed statement");
        assertThat(Jsoup.parse(page).select("form[action$=/actions/agree-statement]"))
                .hasSize(1);
        assertThat(Jsoup.parse(page).select("form[action$=/actions/extend-stage2]"))
                .hasSize(1);
        assertThat(row(body(app.handle(dashboard(token, null))), c.reference())).contains("Awaiting agreed statement");

        APIGatewayV2HTTPResponse agreed = app.handle(action(
                token,
                c.id(),
                "agree-statement",
                "csrf=" + field(page, "csrf") + "&expectedVersion=" + field(page, "expectedVersion")
                        + "&agreedOn=2026-12-14"));
        assertThat(agreed.getStatusCode()).as(body(agreed)).isEqualTo(303);
        page = body(app.handle(complaintPage(token, c.id())));
        assertThat(page).doesNotContain("Awaiting agreed statement").contains("21 January 2027");
        assertThat(Jsoup.parse(page).select("form[action$=/actions/agree-statement]"))
                .isEmpty();
        assertThat(Jsoup.parse(page).select("form[action$=/actions/extend-stage2]"))
                .hasSize(1);
        assertThat(row(body(app.handle(dashboard(token, null))), c.reference()))
                .doesNotContain("Awaiting agreed statement");
    }

    @Test
    void theReopenFormIsOfferedOnlyOnceTheComplaintIsWithdrawnAndReopeningStartsStage1Again() {
        Logged c = logged("Huntingdon", "2026-12-01");
        String token = officer();
        String page = body(app.handle(complaintPage(token, c.id())));
        assertThat(Jsoup.parse(page).select("form[action$=/actions/reopen]")).isEmpty();

        APIGatewayV2HTTPResponse withdrawn = app.handle(action(
                token,
                c.id(),
                "withdraw",
                "csrf=" + field(page, "csrf") + "&expectedVersion=" + field(page, "expectedVersion")
                        + "&reason=Resolved+by+phone"));
        assertThat(withdrawn.getStatusCode()).as(body(withdrawn)).isEqualTo(303);
        page = body(app.handle(complaintPage(token, c.id())));
        assertThat(Jsoup.parse(page).select("form[action$=/actions/reopen]")).hasSize(1);
        assertThat(Jsoup.parse(page).select("form[action$=/actions/withdraw]")).isEmpty();

        APIGatewayV2HTTPResponse reopened = app.handle(action(
                token,
                c.id(),
                "reopen",
                "csrf=" + field(page, "csrf") + "&expectedVersion=" + field(page, "expectedVersion")
                        + "&reopenedOn=2027-01-04&reason=The+family+came+back"));
        assertThat(reopened.getStatusCode()).as(body(reopened)).isEqualTo(303);
        page = body(app.handle(complaintPage(token, c.id())));
        assertThat(page).contains("Stage 1: awaiting response").contains("The family came back");
        assertThat(Jsoup.parse(page).select("form[action$=/actions/reopen]")).isEmpty();
        assertThat(Jsoup.parse(page).select("#timeline tbody tr").text())
                .contains("withdrawn")
                .contains("reopened");
    }

    @Test
    void aMistakeOrARefusalReshowsThePageWithTheReasonAndWhatWasTyped() {
        Logged c = logged("Huntingdon", "2026-12-01");
        String token = officer();
        String csrf = "csrf=" + StaffSession.csrfFor(token);

        APIGatewayV2HTTPResponse badDate = app.handle(action(
                token,
                c.id(),
                "stage1-response",
                csrf + "&expectedVersion=1&sentOn=4%2F1%2F2027&summary=Called+%3Cb%3Eback%3C%2Fb%3E"));
        assertThat(badDate.getStatusCode()).isEqualTo(400);
        String page = body(badDate);
        assertThat(page)
                .contains("<title>Error: ")
                .contains("govuk-error-summary")
                .contains("href=\"#stage1-response-sentOn\"")
                .contains("must be a real date")
                .contains("Called &lt;b&gt;back&lt;/b&gt;")
                .doesNotContain("<b>back</b>");

        APIGatewayV2HTTPResponse notYet = app.handle(action(token, c.id(), "close", csrf + "&expectedVersion=1"));
        assertThat(notYet.getStatusCode()).isEqualTo(409);
        assertThat(body(notYet)).contains("A complaint can only be closed after a response at its current stage");

        APIGatewayV2HTTPResponse stale =
                app.handle(action(token, c.id(), "withdraw", csrf + "&expectedVersion=7&reason=Resolved"));
        assertThat(stale.getStatusCode()).isEqualTo(409);
        assertThat(body(stale)).contains("Someone else changed this complaint");

        String manager = huntingdonManager();
        APIGatewayV2HTTPResponse wrongRole = app.handle(action(
                manager,
                c.id(),
                "withdraw",
                "csrf=" + StaffSession.csrfFor(manager) + "&expectedVersion=1&reason=Resolved"));
        assertThat(wrongRole.getStatusCode()).isEqualTo(403);
        assertThat(body(wrongRole)).contains("Your role does not allow this change");

        assertThat(body(app.handle(WorkflowApp.view(OFFICER, c.id())))).contains("\"version\":1");
    }

    @Test
    void staffHomeGoesToTheDashboardAndSignInGoesToTheHostedUiWithPkce() {
        APIGatewayV2HTTPEvent home = WorkflowApp.event("case-workflow-page-dashboard.json");
        home.setRawPath("/staff");
        home.getRequestContext().getHttp().setPath("/staff");
        home.setQueryStringParameters(null);
        home.setRawQueryString("");
        APIGatewayV2HTTPResponse r = app.handle(home);
        assertThat(r.getStatusCode()).isEqualTo(303);
        assertThat(header(r, "Location")).isEqualTo("/staff/pages/dashboard");

        APIGatewayV2HTTPEvent signIn = WorkflowApp.event("case-workflow-page-dashboard.json");
        signIn.setRawPath("/staff/pages/sign-in");
        signIn.getRequestContext().getHttp().setPath("/staff/pages/sign-in");
        signIn.setQueryStringParameters(null);
        signIn.setRawQueryString("");
        APIGatewayV2HTTPResponse start = app.handle(signIn);
        assertThat(start.getStatusCode()).isEqualTo(303);
        assertThat(header(start, "Location"))
                .startsWith("https://staff-test.auth.eu-west-2.amazoncognito.com"
                        + "/oauth2/authorize?response_type=code&client_id=web-client-id&redirect_uri="
                        + "https%3A%2F%2Fabc123.execute-api.eu-west-2.amazonaws.com%2Fstaff%2Fpages%2Fsigned-in")
                .contains("&code_challenge_method=S256&code_challenge=")
                .contains("&state=");
        assertThat(header(start, "Set-Cookie"))
                .startsWith("staff_sign_in=")
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .contains("Secure")
                .contains("Path=/staff/pages/signed-in");

        APIGatewayV2HTTPEvent forged = WorkflowApp.event("case-workflow-page-dashboard.json");
        forged.setRawPath("/staff/pages/signed-in");
        forged.getRequestContext().getHttp().setPath("/staff/pages/signed-in");
        forged.setQueryStringParameters(Map.of("code", "abc", "state", "not-the-one"));
        forged.setRawQueryString("code=abc&state=not-the-one");
        APIGatewayV2HTTPResponse refused = app.handle(forged);
        assertThat(refused.getStatusCode()).isEqualTo(400);
        assertThat(header(refused, "Set-Cookie")).isNull();
    }

    // ---- helpers

    private record Logged(String id, String reference) {}

    private Logged logged(String team, String receivedOn) {
        APIGatewayV2HTTPEvent e =
                WorkflowApp.logComplaint(OFFICER, team, UUID.randomUUID().toString());
        e.setBody(e.getBody().replace("\"receivedOn\": \"2027-01-04\"", "\"receivedOn\": \"" + receivedOn + "\""));
        APIGatewayV2HTTPResponse r = app.handle(e);
        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(201);
        return new Logged(group(ID, body(r)), group(REFERENCE, body(r)));
    }

    private static APIGatewayV2HTTPEvent withSession(APIGatewayV2HTTPEvent e, String token) {
        e.setCookies(token == null ? null : List.of("staff_session=" + token));
        return e;
    }

    private static APIGatewayV2HTTPEvent dashboard(String token, String query) {
        APIGatewayV2HTTPEvent e = withSession(WorkflowApp.event("case-workflow-page-dashboard.json"), token);
        Map<String, String> q = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                q.put(kv[0], kv[1]);
            }
        }
        e.setQueryStringParameters(q.isEmpty() ? null : q);
        e.setRawQueryString(query == null ? "" : query);
        return e;
    }

    private static APIGatewayV2HTTPEvent complaintPage(String token, String id) {
        return complaintPage(token, id, null);
    }

    private static APIGatewayV2HTTPEvent complaintPage(String token, String id, String query) {
        APIGatewayV2HTTPEvent e = dashboard(token, query);
        String path = "/staff/pages/complaints/" + id;
        e.setRawPath(path);
        e.getRequestContext().getHttp().setPath(path);
        e.setRouteKey("GET /staff/pages/complaints/{id}");
        e.setPathParameters(Map.of("id", id));
        return e;
    }

    private static APIGatewayV2HTTPEvent action(String token, String id, String action, String form) {
        APIGatewayV2HTTPEvent e = withSession(WorkflowApp.event("case-workflow-page-action.json"), token);
        String path = "/staff/pages/complaints/" + id + "/actions/" + action;
        e.setRawPath(path);
        e.getRequestContext().getHttp().setPath(path);
        e.setPathParameters(Map.of("id", id, "action", action));
        e.setBody(Base64.getEncoder().encodeToString(form.getBytes(StandardCharsets.UTF_8)));
        e.setIsBase64Encoded(true);
        return e;
    }

    /** The dashboard's row for a complaint, as text a person reads. */
    private static String row(String page, String reference) {
        Element row = Jsoup.parse(page).selectFirst("tr[data-reference=" + reference + "]");
        assertThat(row).as("a row for %s", reference).isNotNull();
        return row.text();
    }

    /** Entries in the complaint's timeline (its body rows). */
    private static int timelineRows(String page) {
        return Jsoup.parse(page).select("#timeline tbody tr").size();
    }

    /** The value of the first form field of that name on the page (every action form carries the same). */
    private static String field(String page, String name) {
        Element input = Jsoup.parse(page).selectFirst("input[name=" + name + "]");
        assertThat(input).as("a %s field", name).isNotNull();
        return input.attr("value");
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return m.group(1);
    }

    /** Issue 13, finding 8: browsers are told to use HTTPS only, on pages, redirects and refusals alike. */
    @Test
    void everyStaffPageAndRedirectCarriesStrictTransportSecurity() {
        Logged c = logged("Huntingdon", "2026-12-01");
        for (APIGatewayV2HTTPEvent event : List.of(
                dashboard(officer(), null),
                complaintPage(officer(), c.id()),
                dashboard(null, null),
                action(officer(), c.id(), "withdraw", "expectedVersion=1&reason=Resolved"))) {
            APIGatewayV2HTTPResponse r = app.handle(event);
            assertThat(header(r, "Strict-Transport-Security"))
                    .as("%s %d", event.getRawPath(), r.getStatusCode())
                    .isEqualTo("max-age=31536000; includeSubDomains");
        }
    }
}
