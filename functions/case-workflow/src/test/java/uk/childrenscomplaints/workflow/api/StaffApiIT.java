package uk.childrenscomplaints.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.DIRECTOR;
import static uk.childrenscomplaints.workflow.WorkflowApp.ECF_MANAGER;
import static uk.childrenscomplaints.workflow.WorkflowApp.HUNTINGDON_MANAGER;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;
import static uk.childrenscomplaints.workflow.WorkflowApp.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.SentEmail;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.WorkflowApp;
import uk.childrenscomplaints.workflow.staff.CaseActions;

/** The staff API through the real Lambda handler, with the claims API Gateway's JWT authorizer passes on. */
class StaffApiIT {
    /** Monday 4 January 2027, 10:00 in London (GMT). */
    private static final String MON_2027_01_04 = "2027-01-04T10:00:00Z";

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.api(MON_2027_01_04);

    private final LocalAws aws;
    private final LocalEventBus bus;
    private FunctionApp app;
    private final String table;

    StaffApiIT(LocalAws aws, LocalEventBus bus, FunctionApp app) {
        this.aws = aws;
        this.bus = bus;
        this.app = app;
        this.table = app.table();
    }

    private String logged(String team, String key) {
        APIGatewayV2HTTPResponse r = app.handle(WorkflowApp.logComplaint(OFFICER, team, key));
        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(201);
        return group(ID, body(r));
    }

    private long version(String id) {
        return Long.parseLong(group(VERSION, body(app.handle(WorkflowApp.view(OFFICER, id)))));
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    @Test
    void withoutVerifiedClaimsEveryStaffRouteAnswers401AndNothingIsStored() {
        String id = logged("Huntingdon", "k-401");
        List<APIGatewayV2HTTPEvent> anonymous = List.of(
                WorkflowApp.list(null, Map.of()),
                WorkflowApp.view(null, id),
                WorkflowApp.logComplaint(null, "Huntingdon", "k-anon"),
                WorkflowApp.action(null, id, "withdraw", "{\"expectedVersion\":1,\"reason\":\"x\"}"),
                WorkflowApp.as(WorkflowApp.event("case-workflow-compliment.json"), null));
        for (APIGatewayV2HTTPEvent event : anonymous) {
            APIGatewayV2HTTPResponse r = app.handle(event);
            assertThat(r.getStatusCode()).as(event.getRouteKey()).isEqualTo(401);
            assertThat(body(r))
                    .isEqualTo(
                            "{\"errors\":[{\"field\":\"Authorization\",\"message\":\"Unauthorized: sign in, and send the token as Authorization: Bearer\"}]}");
            assertThat(header(r, "Cache-Control")).isEqualTo("no-store");
        }
        assertThat(version(id)).isEqualTo(1);
        assertThat(aws.dynamoDb().scan(s -> s.tableName(table)).items())
                .filteredOn(i -> i.get("pk").s().startsWith("COMPLAINT#"))
                .hasSize(1);
    }

    @Test
    void aSignedInPersonInNoKnownGroupIsForbiddenEverything() {
        String id = logged("Huntingdon", "k-403");
        Map<String, String> stranger = WorkflowApp.claims("visitor", "[admins]", "Huntingdon");

        APIGatewayV2HTTPResponse view = app.handle(WorkflowApp.view(stranger, id));
        APIGatewayV2HTTPResponse list = app.handle(WorkflowApp.list(stranger, Map.of()));

        assertThat(view.getStatusCode()).isEqualTo(403);
        assertThat(list.getStatusCode()).isEqualTo(403);
        assertThat(body(view)).doesNotContain("CSC-").doesNotContain("Robin");
    }

    @Test
    void anotherTeamsComplaintIsForbiddenWithNoDataAndAbsentFromTheirList() {
        String huntingdon = logged("Huntingdon", "k-h");
        String ecf = logged("ECF", "k-e");

        APIGatewayV2HTTPResponse other = app.handle(WorkflowApp.view(ECF_MANAGER, huntingdon));
        assertThat(other.getStatusCode()).isEqualTo(403);
        assertThat(body(other))
                .isEqualTo(
                        "{\"errors\":[{\"field\":\"Authorization\",\"message\":\"Forbidden: your role does not allow this\"}]}");

        String ecfList = body(app.handle(WorkflowApp.list(ECF_MANAGER, Map.of())));
        assertThat(ecfList).contains(ecf).doesNotContain(huntingdon);

        APIGatewayV2HTTPResponse own = app.handle(WorkflowApp.list(HUNTINGDON_MANAGER, Map.of()));
        assertThat(own.getStatusCode()).isEqualTo(200);
        assertThat(header(own, "Cache-Control")).isEqualTo("no-store");
        // The list is for shared screens: no names, contact details or free text.
        assertThat(body(own))
                .contains(huntingdon)
                .doesNotContain(ecf)
                .contains("\"reference\":\"CSC-2026-")
                .contains("\"stateLabel\":\"Stage 1: awaiting response\"")
                .contains("\"overdue\":false")
                .doesNotContain("Robin")
                .doesNotContain("01223")
                .doesNotContain("care plan");

        String officerList = body(app.handle(WorkflowApp.list(OFFICER, Map.of("team", "ECF"))));
        assertThat(officerList).contains(ecf).doesNotContain(huntingdon);
        assertThat(body(app.handle(WorkflowApp.view(HUNTINGDON_MANAGER, huntingdon))))
                .contains("\"complainantName\":\"Robin Caller\"")
                .contains("\"timeline\"");
    }

    /** A body each action accepts on a Stage 1 complaint received today, so only the role decides. */
    private static final Map<String, String> BODIES = new LinkedHashMap<>();

    static {
        BODIES.put("assign-respondents", "\"respondent\":{\"name\":\"Pat Manager\",\"email\":\"pat@council.example\"}");
        BODIES.put("mark-absent", "\"absent\":true");
        BODIES.put("stage1-response", "\"sentOn\":\"2027-01-04\",\"summary\":\"Apologised\"");
        BODIES.put("extend", "\"newDue\":\"2027-02-01\",\"reason\":\"Complex\",\"complainantToldOn\":\"2027-01-04\"");
        BODIES.put("outcomes", "\"outcomes\":{\"communication\":\"upheld\"}");
        BODIES.put("withdraw", "\"reason\":\"Resolved by phone\"");
        BODIES.put("close-not-investigated", "\"reason\":\"Court proceedings\"");
        BODIES.put("close", "");
        BODIES.put("request-stage2", "\"requestedOn\":\"2027-01-04\",\"reasons\":\"Not answered\",\"serious\":false");
        BODIES.put(
                "stage2-details",
                "\"investigatingOfficer\":\"I. Officer\",\"independentPerson\":\"I. Person\"," + "\"costPounds\":1200");
        BODIES.put("stage2-response", "\"respondedOn\":\"2027-01-04\"");
        BODIES.put("request-stage3", "\"requestedOn\":\"2027-01-04\",\"reasons\":\"Disagree\"");
        BODIES.put("panel", "\"panelOn\":\"2027-01-04\",\"members\":[\"A\",\"B\",\"C\"],\"recommendations\":\"R\"");
        BODIES.put("chief-officer-decision", "\"decidedOn\":\"2027-01-04\",\"decision\":\"Agreed\"");
        BODIES.put("refer-ombudsman", "\"referredOn\":\"2027-01-04\"");
        BODIES.put("ombudsman-decision", "\"decision\":\"premature\",\"decidedOn\":\"2027-01-04\"");
        BODIES.put("reopen", "\"reopenedOn\":\"2027-01-04\",\"reason\":\"The family came back\"");
        BODIES.put("pause-clock", "\"reason\":\"awaiting_advocate\",\"pausedOn\":\"2027-01-04\"");
        BODIES.put("resume-clock", "\"resumedOn\":\"2027-01-04\"");
        BODIES.put("book-panel", "\"bookedFor\":\"2027-01-20\"");
        BODIES.put("panel-report-received", "\"receivedOn\":\"2027-01-04\"");
        BODIES.put("agree-statement", "\"agreedOn\":\"2027-01-04\"");
        BODIES.put("place-legal-hold", "\"reason\":\"Ombudsman investigation\"");
        BODIES.put("lift-legal-hold", "\"reason\":\"Investigation over\"");
        BODIES.put("restrict", "\"reason\":\"Staff member's own family\"");
        BODIES.put("lift-restriction", "\"reason\":\"No longer needed\"");
        BODIES.put("anonymise", "\"reason\":\"Erasure request\"");
        BODIES.put(
                "extend-stage2",
                "\"newDue\":\"2027-02-01\",\"reason\":\"Complex\",\"complainantToldOn\":\"2027-01-04\"");
    }

    private static String actionBody(String action, long version) {
        String fields = BODIES.get(action);
        return "{\"expectedVersion\":" + version + (fields.isEmpty() ? "" : "," + fields) + "}";
    }

    /**
     * Role × action on a Huntingdon complaint, each sent with a version nobody has: a role that may act gets past
     * the permission check to the version check (409 stale); a role that may not gets 403 and learns nothing more.
     */
    @Test
    void eachRoleMayTakeExactlyItsOwnActions() {
        String id = logged("Huntingdon", "k-table");
        Set<String> manager = Set.of("assign-respondents", "mark-absent", "stage1-response", "extend", "outcomes");
        Set<String> director = Set.of("stage2-response", "chief-officer-decision");
        Map<String, Map<String, String>> roles = new LinkedHashMap<>();
        roles.put("complaints-team", OFFICER);
        roles.put("huntingdon-manager", HUNTINGDON_MANAGER);
        roles.put("ecf-manager", ECF_MANAGER);
        roles.put("director", DIRECTOR);

        assertThat(BODIES.keySet()).containsExactlyInAnyOrderElementsOf(CaseActions.names());
        for (String action : BODIES.keySet()) {
            Map<String, Integer> expected = Map.of(
                    "complaints-team",
                    409,
                    "huntingdon-manager",
                    manager.contains(action) ? 409 : 403,
                    "ecf-manager",
                    403,
                    "director",
                    director.contains(action) ? 409 : 403);
            roles.forEach((role, claims) -> {
                APIGatewayV2HTTPResponse r =
                        app.handle(WorkflowApp.action(claims, id, action, actionBody(action, 999)));
                assertThat(r.getStatusCode())
                        .as("%s %s: %s", role, action, body(r))
                        .isEqualTo(expected.get(role));
                if (r.getStatusCode() == 409) {
                    assertThat(body(r)).contains("Someone else changed this complaint; reload it and try again");
                } else {
                    assertThat(body(r))
                            .isEqualTo(
                                    "{\"errors\":[{\"field\":\"Authorization\",\"message\":\"Forbidden: your role does not allow this\"}]}");
                }
            });
        }
        assertThat(version(id)).isEqualTo(1);
    }

    @Test
    void aComplaintWithdrawnOn4January2027IsReopenedTheSameDayWithStage1DueOn18JanuaryAndBothAreEmailed() {
        APIGatewayV2HTTPEvent log = WorkflowApp.logComplaint(OFFICER, "Huntingdon", "k-reopen");
        log.setBody(log.getBody()
                .replace(
                        "\"phone\": \"01223 000000\"",
                        "\"phone\": \"01223 000000\", \"email\": \"robin.r@example.test\""));
        String id = group(ID, body(app.handle(log)));
        String reference =
                group(Pattern.compile("\"reference\":\"([^\"]+)\""), body(app.handle(WorkflowApp.view(OFFICER, id))));
        assertThat(app.handle(WorkflowApp.action(OFFICER, id, "withdraw", actionBody("withdraw", version(id))))
                        .getStatusCode())
                .isEqualTo(200);

        APIGatewayV2HTTPResponse early = app.handle(WorkflowApp.action(
                OFFICER, id, "reopen", "{\"expectedVersion\":" + version(id) + ",\"reopenedOn\":\"2027-01-05\"}"));
        assertThat(early.getStatusCode()).isEqualTo(400);
        assertThat(body(early))
                .contains("{\"field\":\"reopenedOn\",\"message\":\"The date cannot be in the future\"}")
                .contains("{\"field\":\"reason\",\"message\":\"This is required\"}");
        APIGatewayV2HTTPResponse asManager =
                app.handle(WorkflowApp.action(HUNTINGDON_MANAGER, id, "reopen", actionBody("reopen", version(id))));
        assertThat(asManager.getStatusCode()).isEqualTo(403);

        APIGatewayV2HTTPResponse reopened =
                app.handle(WorkflowApp.action(OFFICER, id, "reopen", actionBody("reopen", version(id))));

        assertThat(reopened.getStatusCode()).as(body(reopened)).isEqualTo(200);
        assertThat(body(reopened))
                .contains("\"reference\":\"" + reference + "\"")
                .contains("\"state\":\"stage1_open\"")
                .contains("\"dueOn\":\"2027-01-18\"")
                .contains("\"reopenedOn\":\"2027-01-04\"")
                .contains("\"action\":\"withdrawn\"")
                .contains("\"action\":\"reopened\"");
        assertThat(aws.mailbox().emailsTo("robin.r@example.test"))
                .extracting(SentEmail::subject)
                .contains("We have reopened your complaint – reference " + reference);
        assertThat(aws.mailbox().emailsTo("complaints-team@council.example"))
                .extracting(SentEmail::subject)
                .contains("Complaint " + reference + " reopened – reply due Monday 18 January 2027");
        APIGatewayV2HTTPResponse again =
                app.handle(WorkflowApp.action(OFFICER, id, "reopen", actionBody("reopen", version(id))));
        assertThat(again.getStatusCode()).isEqualTo(409);
        assertThat(body(again)).contains("can be reopened (it is now: Stage 1: awaiting response)");
    }

    @Test
    void aChangeAnswersTheNewVersionAndTheOldVersionIsThenStale() {
        String id = logged("Huntingdon", "k-stale");
        APIGatewayV2HTTPResponse done = app.handle(
                WorkflowApp.action(HUNTINGDON_MANAGER, id, "assign-respondents", actionBody("assign-respondents", 1)));

        assertThat(done.getStatusCode()).as(body(done)).isEqualTo(200);
        assertThat(body(done)).contains("\"version\":2").contains("\"name\":\"Pat Manager\"");
        assertThat(header(done, "Cache-Control")).isEqualTo("no-store");

        APIGatewayV2HTTPResponse stale =
                app.handle(WorkflowApp.action(OFFICER, id, "mark-absent", actionBody("mark-absent", 1)));
        assertThat(stale.getStatusCode()).isEqualTo(409);
        assertThat(body(stale))
                .isEqualTo(
                        "{\"errors\":[{\"field\":\"expectedVersion\",\"message\":\"Someone else changed this complaint; reload it and try again\"}]}");
    }

    @Test
    void anIllegalMoveIs409WithAReasonAPersonCanActOn() {
        String id = logged("Huntingdon", "k-illegal");

        APIGatewayV2HTTPResponse r = app.handle(WorkflowApp.action(OFFICER, id, "close", actionBody("close", 1)));

        assertThat(r.getStatusCode()).isEqualTo(409);
        assertThat(body(r))
                .startsWith("{\"errors\":[{\"field\":\"action\",\"message\":\"")
                .doesNotContain("Someone else changed");
        assertThat(version(id)).isEqualTo(1);
    }

    @Test
    void badJsonUnknownFieldsWrongTypesAndImpossibleDatesAre400NamingEachField() {
        String id = logged("Huntingdon", "k-400");

        APIGatewayV2HTTPResponse notJson = app.handle(WorkflowApp.action(OFFICER, id, "withdraw", "{not json"));
        assertThat(notJson.getStatusCode()).isEqualTo(400);
        assertThat(body(notJson)).contains("\"field\":\"body\"");

        APIGatewayV2HTTPResponse wrong = app.handle(WorkflowApp.action(
                OFFICER,
                id,
                "stage1-response",
                "{\"expectedVersion\":\"one\",\"sentOn\":\"2027-02-30\",\"summry\":\"typo\"}"));
        assertThat(wrong.getStatusCode()).isEqualTo(400);
        assertThat(body(wrong))
                .contains("\"field\":\"expectedVersion\"")
                .contains("\"field\":\"sentOn\"")
                .contains("\"field\":\"summry\"");

        APIGatewayV2HTTPResponse list =
                app.handle(WorkflowApp.list(OFFICER, Map.of("receivedFrom", "yesterday", "state", "open-ish")));
        assertThat(list.getStatusCode()).isEqualTo(400);
        assertThat(body(list)).contains("\"field\":\"receivedFrom\"").contains("\"field\":\"state\"");

        APIGatewayV2HTTPResponse unknownAction =
                app.handle(WorkflowApp.action(OFFICER, id, "delete", "{\"expectedVersion\":1}"));
        assertThat(unknownAction.getStatusCode()).isEqualTo(404);
        assertThat(app.handle(WorkflowApp.view(OFFICER, "not-a-uuid")).getStatusCode())
                .isEqualTo(404);
        assertThat(version(id)).isEqualTo(1);
    }

    @Test
    void onlyTheComplaintsTeamLogsComplaintsAndARetryWithTheSameKeyIsTheSameComplaint() {
        APIGatewayV2HTTPResponse manager =
                app.handle(WorkflowApp.logComplaint(HUNTINGDON_MANAGER, "Huntingdon", "k-log"));
        assertThat(manager.getStatusCode()).isEqualTo(403);

        String first = logged("Huntingdon", "k-log");
        APIGatewayV2HTTPResponse again = app.handle(WorkflowApp.logComplaint(OFFICER, "Huntingdon", "k-log"));
        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(body(again))
                .contains(first)
                .contains("\"route\":\"telephone\"")
                .contains("\"receivedOn\":\"2027-01-04\"");
    }

    @Test
    void complimentsAreRecordedForATeamAndListedByDate() {
        APIGatewayV2HTTPResponse recorded =
                app.handle(WorkflowApp.as(WorkflowApp.event("case-workflow-compliment.json"), OFFICER));
        assertThat(recorded.getStatusCode()).as(body(recorded)).isEqualTo(201);

        APIGatewayV2HTTPEvent list = WorkflowApp.as(WorkflowApp.event("case-workflow-list.json"), OFFICER);
        list.setRouteKey("GET /staff/compliments");
        list.setRawPath("/staff/compliments");
        list.getRequestContext().getHttp().setPath("/staff/compliments");
        list.setQueryStringParameters(Map.of("from", "2027-01-01", "to", "2027-01-31"));
        list.setRawQueryString("from=2027-01-01&to=2027-01-31");
        APIGatewayV2HTTPResponse listed = app.handle(list);
        assertThat(listed.getStatusCode()).as(body(listed)).isEqualTo(200);
        assertThat(body(listed)).contains("Thank you for listening.").contains("\"team\":\"ECF\"");
    }

    /** The API and the compliments page keep the same limit, the use case's: 5,000 characters, and not one more. */
    @Test
    void aComplimentOfMoreThanFiveThousandCharactersIsRefusedAndNotStored() {
        APIGatewayV2HTTPEvent tooLong = WorkflowApp.as(WorkflowApp.event("case-workflow-compliment.json"), OFFICER);
        tooLong.setBody(tooLong.getBody().replace("Thank you for listening.", "x".repeat(5001)));
        APIGatewayV2HTTPResponse refused = app.handle(tooLong);
        assertThat(refused.getStatusCode()).as(body(refused)).isEqualTo(400);
        assertThat(body(refused))
                .contains("\"field\":\"text\"")
                .contains("What the compliment says must be 5000 characters or fewer");

        APIGatewayV2HTTPEvent longest = WorkflowApp.as(WorkflowApp.event("case-workflow-compliment.json"), OFFICER);
        longest.setBody(longest.getBody().replace("Thank you for listening.", "y".repeat(5000)));
        APIGatewayV2HTTPResponse recorded = app.handle(longest);
        assertThat(recorded.getStatusCode()).as(body(recorded)).isEqualTo(201);

        APIGatewayV2HTTPEvent list = WorkflowApp.as(WorkflowApp.event("case-workflow-list.json"), OFFICER);
        list.setRouteKey("GET /staff/compliments");
        list.setRawPath("/staff/compliments");
        list.getRequestContext().getHttp().setPath("/staff/compliments");
        list.setQueryStringParameters(Map.of("from", "2027-01-01", "to", "2027-01-31"));
        list.setRawQueryString("from=2027-01-01&to=2027-01-31");
        assertThat(body(app.handle(list))).contains("y".repeat(5000)).doesNotContain("x".repeat(5001));
    }

    /** Issue 13, finding 9: the answer to logging said version 0, and acting with it was 409. */
    @Test
    void aLoggedComplaintAnswersTheVersionTheFirstActionNeeds() {
        APIGatewayV2HTTPResponse r = app.handle(WorkflowApp.logComplaint(OFFICER, "Huntingdon", "k-first-action"));
        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(201);
        String id = group(ID, body(r));
        long answered = Long.parseLong(group(VERSION, body(r)));
        assertThat(answered).isEqualTo(version(id)).isEqualTo(1);

        APIGatewayV2HTTPResponse acted = app.handle(WorkflowApp.action(
                HUNTINGDON_MANAGER,
                id,
                "assign-respondents",
                "{\"expectedVersion\":" + answered + ",\"respondent\":{\"name\":\"Pat Manager\","
                        + "\"email\":\"pat@council.example\"}}"));
        assertThat(acted.getStatusCode()).as(body(acted)).isEqualTo(200);
        assertThat(Long.parseLong(group(VERSION, body(acted))))
                .isEqualTo(version(id))
                .isEqualTo(2);

        APIGatewayV2HTTPResponse repeat = app.handle(WorkflowApp.logComplaint(OFFICER, "Huntingdon", "k-first-action"));
        assertThat(repeat.getStatusCode()).isEqualTo(200);
        assertThat(Long.parseLong(group(VERSION, body(repeat)))).isEqualTo(2);
    }

    /**
     * Issue 13, finding 5: a respondent's address becomes the reminder's recipient, and was checked only for '@'.
     * Header text, a list, a display name or a host without a dot is 400 naming the field, and nothing changes.
     */
    @Test
    void aRespondentsEmailThatIsNotOneAddressIs400NamingTheFieldAndNothingChanges() {
        String id = logged("Huntingdon", "k-bad-email");
        for (String bad : List.of(
                "a@b",
                "pat@council.example\\r\\nBcc: everyone@council.example",
                "pat@council.example, lee@council.example",
                "Pat Manager <pat@council.example>")) {
            APIGatewayV2HTTPResponse r = app.handle(WorkflowApp.action(
                    HUNTINGDON_MANAGER,
                    id,
                    "assign-respondents",
                    "{\"expectedVersion\":1,\"respondent\":{\"name\":\"Pat Manager\",\"email\":\"" + bad + "\"},"
                            + "\"second\":{\"name\":\"Lee Deputy\",\"email\":\"" + bad + "\"}}"));
            assertThat(r.getStatusCode()).as(bad).isEqualTo(400);
            assertThat(body(r))
                    .contains("\"field\":\"respondent.email\"")
                    .contains("\"field\":\"second.email\"")
                    .contains("Enter an email address in the correct format, like name@example.com")
                    .doesNotContain("everyone@");
        }
        assertThat(version(id)).isEqualTo(1);
        assertThat(body(app.handle(WorkflowApp.view(OFFICER, id)))).doesNotContain("pat@council.example");
    }

    /** Issue 13, finding 8: a field given twice is 400 naming it, not read as whichever came last. */
    @Test
    void aFieldGivenTwiceIs400NamingItAndNothingChanges() {
        String id = logged("Huntingdon", "k-twice");
        APIGatewayV2HTTPResponse r = app.handle(WorkflowApp.action(
                OFFICER, id, "withdraw", "{\"expectedVersion\":1,\"reason\":\"Resolved\",\"reason\":\"Other\"}"));
        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(400);
        assertThat(body(r))
                .startsWith("{\"errors\":[")
                .contains("\"field\":\"reason\"")
                .contains("more than once");
        assertThat(version(id)).isEqualTo(1);
    }

    /** Issue 13, finding 8: browsers are told to use HTTPS only, on every answer, refusals included. */
    @Test
    void everyAnswerCarriesStrictTransportSecurity() {
        String id = logged("Huntingdon", "k-hsts");
        for (APIGatewayV2HTTPResponse r : List.of(
                app.handle(WorkflowApp.logComplaint(OFFICER, "Huntingdon", "k-hsts")),
                app.handle(WorkflowApp.view(OFFICER, id)),
                app.handle(WorkflowApp.list(OFFICER, Map.of())),
                app.handle(WorkflowApp.view(null, id)),
                app.handle(WorkflowApp.action(OFFICER, id, "withdraw", "{")))) {
            assertThat(header(r, "Strict-Transport-Security"))
                    .as("%d %s", r.getStatusCode(), body(r))
                    .isEqualTo("max-age=31536000; includeSubDomains");
        }
    }

    /** The README's walk, every date the day of receipt: each step sends the version the previous answer gave. */
    @Test
    void aComplaintWalksFromReceiptToTheOmbudsmanEachStepByItsOwnRole() {
        APIGatewayV2HTTPResponse logged = app.handle(WorkflowApp.logComplaint(OFFICER, "Huntingdon", "k-walk"));
        assertThat(logged.getStatusCode()).as(body(logged)).isEqualTo(201);
        String id = group(ID, body(logged));
        String d = "\"2027-01-04\"";
        Object[][] steps = {
            {
                HUNTINGDON_MANAGER,
                "assign-respondents",
                "\"respondent\":{\"name\":\"Pat Manager\",\"email\":\"pat@council.example\"},"
                        + "\"second\":{\"name\":\"Lee Deputy\",\"email\":\"lee@council.example\"}"
            },
            {
                OFFICER,
                "pause-clock",
                "\"reason\":\"awaiting_consent\",\"note\":\"Asked for consent to share\",\"pausedOn\":" + d
            },
            {OFFICER, "resume-clock", "\"resumedOn\":" + d},
            {HUNTINGDON_MANAGER, "stage1-response", "\"sentOn\":" + d + ",\"summary\":\"Apologised; named worker\""},
            {HUNTINGDON_MANAGER, "outcomes", "\"outcomes\":{\"communication\":\"partially_upheld\"}"},
            {OFFICER, "request-stage2", "\"requestedOn\":" + d + ",\"reasons\":\"Still no calls\",\"serious\":false"},
            {
                OFFICER,
                "stage2-details",
                "\"investigatingOfficer\":\"I. Officer\",\"independentPerson\":\"I. Person\"," + "\"costPounds\":1800"
            },
            {OFFICER, "agree-statement", "\"agreedOn\":" + d},
            {
                OFFICER,
                "extend-stage2",
                "\"newDue\":\"2027-02-15\",\"reason\":\"Four services to interview\",\"complainantToldOn\":" + d
            },
            {DIRECTOR, "stage2-response", "\"respondedOn\":" + d},
            {OFFICER, "request-stage3", "\"requestedOn\":" + d + ",\"reasons\":\"Disagrees with findings\""},
            {OFFICER, "book-panel", "\"bookedFor\":" + d},
            {
                OFFICER,
                "panel",
                "\"panelOn\":" + d + ",\"members\":[\"A Chair\",\"B Member\",\"C Member\"],"
                        + "\"recommendations\":\"Apologise and review\""
            },
            {OFFICER, "panel-report-received", "\"receivedOn\":" + d},
            {DIRECTOR, "chief-officer-decision", "\"decidedOn\":" + d + ",\"decision\":\"Recommendations accepted\""},
            {OFFICER, "refer-ombudsman", "\"referredOn\":" + d},
            {OFFICER, "ombudsman-decision", "\"decision\":\"not_upheld\",\"decidedOn\":" + d},
        };
        long version = Long.parseLong(group(VERSION, body(logged)));
        for (Object[] step : steps) {
            @SuppressWarnings("unchecked")
            Map<String, String> who = (Map<String, String>) step[0];
            APIGatewayV2HTTPResponse r = app.handle(WorkflowApp.action(
                    who, id, (String) step[1], "{\"expectedVersion\":" + version + "," + step[2] + "}"));
            assertThat(r.getStatusCode()).as("%s: %s", step[1], body(r)).isEqualTo(200);
            version = Long.parseLong(group(VERSION, body(r)));
        }
        assertThat(body(app.handle(WorkflowApp.view(OFFICER, id))))
                .contains("\"state\":\"closed\"")
                .contains("\"referredOn\":\"2027-01-04\"")
                .contains("\"decision\":\"not_upheld\"");
    }

    /** Received Mon 4 Jan 2027, due ten working days later, Mon 18 Jan; on Tue 19 Jan it is overdue. */
    @Test
    void theOverdueFlagAndTheOverdueFilterAgree() {
        String id = logged("Huntingdon", "k-overdue");
        app.close();
        app = function.start("2027-01-19T10:00:00Z");

        String overdue = body(app.handle(WorkflowApp.list(OFFICER, Map.of("overdue", "true"))));
        assertThat(overdue).contains(id).contains("\"dueOn\":\"2027-01-18\"").contains("\"overdue\":true");
        assertThat(body(app.handle(WorkflowApp.list(OFFICER, Map.of("overdue", "false")))))
                .doesNotContain(id);
    }
}
