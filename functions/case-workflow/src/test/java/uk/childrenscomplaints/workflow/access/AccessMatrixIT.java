package uk.childrenscomplaints.workflow.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.PageRequests;
import uk.childrenscomplaints.workflow.SignInStandIn;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * Issue 13's matrix: every staff route and page, and every case action, sent by every kind of caller through the real
 * Lambda handler against dynalite, each answer checked against the status written in {@link AccessMatrix}. A refused
 * write changes nothing (the table, or the complaint's version), and nobody who may not see Huntingdon's complaints
 * gets any of its details in any answer. {@code AccessMatrixCompletenessIT} fails when a route or an action has no row.
 */
class AccessMatrixIT {
    /** Monday 4 January 2027, 10:00 in London (GMT): the complaints are logged that morning. */
    private static final String MON_2027_01_04 = "2027-01-04T10:00:00Z";

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"(CSC-\\d{4}-\\d{4})\"");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final int STALE_VERSION = 999;

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.pages(MON_2027_01_04);

    private final LocalAws aws;
    private final FunctionApp app;
    private final Caller.Tokens tokens;
    private final MatrixRequests requests = new MatrixRequests();
    private int logged;

    AccessMatrixIT(LocalAws aws, SignInStandIn pool, FunctionApp app) {
        this.aws = aws;
        this.app = app;
        this.tokens = new Caller.Tokens(pool, Instant.parse(MON_2027_01_04));
    }

    @TestFactory
    Stream<DynamicNode> everyRouteAnswersEachCallerWithTheStatusInTheTable() {
        String id = logged();
        List<String> secrets = secrets(id);
        APIGatewayV2HTTPResponse compliment = app.handle(WorkflowApp.as(
                withBody(WorkflowApp.event("case-workflow-compliment.json"), "Thank you for listening."), OFFICER));
        assertThat(compliment.getStatusCode()).as(body(compliment)).isEqualTo(201);

        return AccessMatrix.routes().stream()
                .map(row -> dynamicContainer(
                        row.request(),
                        row.expected().entrySet().stream()
                                .map(cell -> dynamicTest(cell.getKey().heading, () -> {
                                    Caller caller = cell.getKey();
                                    boolean write = !row.request().startsWith("GET ");
                                    List<String> before = write ? stored() : null;

                                    APIGatewayV2HTTPResponse r = app.handle(
                                            requests.request(row.request(), new MatrixRequests.On(caller, tokens, id)));

                                    assertThat(r.getStatusCode())
                                            .as("%s by %s: %s", row.request(), caller.heading, body(r))
                                            .isEqualTo(cell.getValue());
                                    assertNoLeak(caller, r, secrets);
                                    if (write && refused(caller, cell.getValue())) {
                                        assertThat(stored())
                                                .as("refused, so nothing stored")
                                                .isEqualTo(before);
                                    }
                                }))));
    }

    @TestFactory
    Stream<DynamicNode> everyCaseActionAnswersEachCallerWithTheStatusInTheTable() {
        String shared = logged();
        List<String> secrets = secrets(shared);
        return AccessMatrix.actions().stream()
                .map(row -> dynamicContainer(
                        row.action(), row.expected().entrySet().stream().map(cell -> {
                            Caller caller = cell.getKey();
                            int[] expected = cell.getValue();
                            MatrixRequests.On on = new MatrixRequests.On(caller, tokens, shared);
                            return dynamicContainer(
                                    caller.heading,
                                    List.of(
                                            dynamicTest("API, current version", () -> {
                                                String fresh = logged();
                                                APIGatewayV2HTTPResponse r = app.handle(on.api(WorkflowApp.action(
                                                        null, fresh, row.action(), json(row.fields(), 1))));
                                                check(
                                                        row.action() + " (API, current version)",
                                                        caller,
                                                        r,
                                                        expected[0],
                                                        secrets);
                                                assertThat(version(fresh)).isEqualTo(expected[0] == 200 ? 2 : 1);
                                            }),
                                            dynamicTest("API, version " + STALE_VERSION, () -> {
                                                APIGatewayV2HTTPResponse r = app.handle(on.api(WorkflowApp.action(
                                                        null,
                                                        shared,
                                                        row.action(),
                                                        json(row.fields(), STALE_VERSION))));
                                                check(
                                                        row.action() + " (API, stale version)",
                                                        caller,
                                                        r,
                                                        expected[1],
                                                        secrets);
                                                assertThat(version(shared)).isEqualTo(1);
                                            }),
                                            dynamicTest("page, current version", () -> {
                                                String fresh = logged();
                                                APIGatewayV2HTTPResponse r = app.handle(PageRequests.postForm(
                                                        on.session(),
                                                        "/staff/pages/complaints/" + fresh + "/actions/" + row.action(),
                                                        "csrf=" + on.csrf() + "&expectedVersion=1"
                                                                + form(row.fields())));
                                                check(row.action() + " (page)", caller, r, expected[2], secrets);
                                                boolean done = expected[2] == 303
                                                        && caller.ordinal() < Caller.NO_TOKEN.ordinal();
                                                assertThat(version(fresh)).isEqualTo(done ? 2 : 1);
                                            })));
                        })));
    }

    private static void check(
            String what, Caller caller, APIGatewayV2HTTPResponse r, int expected, List<String> secrets) {
        assertThat(r.getStatusCode())
                .as("%s by %s: %s", what, caller.heading, body(r))
                .isEqualTo(expected);
        assertNoLeak(caller, r, secrets);
    }

    /** Someone who may not see Huntingdon's complaints gets none of its details, whatever the status. */
    private static void assertNoLeak(Caller caller, APIGatewayV2HTTPResponse r, List<String> secrets) {
        if (!caller.seesHuntingdon) {
            String text = String.valueOf(body(r));
            for (String secret : secrets) {
                assertThat(text).as("%s must not see it", caller.heading).doesNotContain(secret);
            }
        }
    }

    /** A refusal, or a request from someone not signed in (whom a page sends to sign in). */
    private static boolean refused(Caller caller, int status) {
        return status >= 400 || caller.ordinal() >= Caller.NO_TOKEN.ordinal();
    }

    private String logged() {
        APIGatewayV2HTTPResponse r =
                app.handle(WorkflowApp.logComplaint(OFFICER, "Huntingdon", "matrix-fixture-" + ++logged));
        assertThat(r.getStatusCode()).as(body(r)).isEqualTo(201);
        return group(ID, body(r));
    }

    private List<String> secrets(String id) {
        String reference = group(REFERENCE, body(app.handle(WorkflowApp.view(OFFICER, id))));
        return List.of(
                id, reference, "Robin Caller", "01223", "care plan", "Thank you for listening", "Only Huntingdon");
    }

    private long version(String id) {
        return Long.parseLong(group(VERSION, body(app.handle(WorkflowApp.view(OFFICER, id)))));
    }

    /** Everything in this test's table, in a stable order. */
    private List<String> stored() {
        List<String> items = new ArrayList<>();
        aws.dynamoDb().scanPaginator(s -> s.tableName(app.table())).items().forEach(i -> items.add(i.toString()));
        items.sort(null);
        return items;
    }

    private String json(String fields, long version) {
        return "{\"expectedVersion\":" + version + (fields.isEmpty() ? "" : "," + fields) + "}";
    }

    /** The same fields as the page's form sends them: nested with a dot, lists one a line, yes for true. */
    private String form(String fields) {
        try {
            JsonNode node = app.context
                    .getBean(JsonMapper.class)
                    .readValue(("{" + fields + "}").getBytes(StandardCharsets.UTF_8), JsonNode.class);
            StringBuilder out = new StringBuilder();
            flatten("", node, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flatten(String prefix, JsonNode node, StringBuilder out) {
        for (Map.Entry<String, JsonNode> e : node.entries()) {
            String name = prefix + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                flatten(name + ".", v, out);
                continue;
            }
            String value;
            if (v.isArray()) {
                List<String> lines = new ArrayList<>();
                v.values().forEach(item -> lines.add(item.coerceStringValue()));
                value = String.join("\n", lines);
            } else if (v.isBoolean()) {
                if (!v.getBooleanValue()) {
                    continue;
                }
                value = "yes";
            } else {
                value = v.coerceStringValue();
            }
            out.append('&').append(PageRequests.encode(name)).append('=').append(PageRequests.encode(value));
        }
    }

    private static APIGatewayV2HTTPEvent withBody(APIGatewayV2HTTPEvent e, String text) {
        e.setBody("{\"team\":\"Huntingdon\",\"receivedOn\":\"2027-01-04\",\"fromWhom\":\"A parent\",\"text\":\"" + text
                + "\"}");
        return e;
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }
}
