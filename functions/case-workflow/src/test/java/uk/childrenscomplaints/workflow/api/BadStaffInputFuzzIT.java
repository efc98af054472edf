package uk.childrenscomplaints.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.workflow.WorkflowApp.OFFICER;
import static uk.childrenscomplaints.workflow.WorkflowApp.body;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.web.testing.BadRequests;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * Bad input at the staff API's writes through the real Lambda entry point with a complaints-team token, against
 * dynalite (issue 13): staff actions on one complaint (whose version must not move) and logging a complaint. Every
 * answer a 4xx in the documented shape, none a 5xx, nothing written. {@code -Dfuzz.tries} and {@code -Dfuzz.seed}
 * change the run; the figures go to docs/reliability.md.
 */
class BadStaffInputFuzzIT {
    private static final Logger LOG = LoggerFactory.getLogger(BadStaffInputFuzzIT.class);
    private static final int TRIES = Integer.getInteger("fuzz.tries", 10_000);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_130L);
    /** Monday 4 January 2027, 10:00 in London (GMT). */
    private static final String MON_2027_01_04 = "2027-01-04T10:00:00Z";

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.api(MON_2027_01_04);

    private final LocalAws aws;
    private final FunctionApp app;

    BadStaffInputFuzzIT(LocalAws aws) {
        this.aws = aws;
        // Each refusal logs a line; ten thousand of them would be most of the run's time.
        this.app = function.start(MON_2027_01_04, Map.of("logger.levels.uk.childrenscomplaints", "WARN"));
    }

    private int itemCount() {
        return aws.dynamoDb().scan(r -> r.tableName(app.table())).count();
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    private String version(String id) {
        return group(VERSION, body(app.handle(WorkflowApp.view(OFFICER, id))));
    }

    /** An action, a body it would take on a new Stage 1 complaint, and its text, date and number fields. */
    private record Target(String action, String valid, List<String> texts, List<String> dates) {}

    private static final List<Target> ACTIONS = List.of(
            new Target(
                    "withdraw",
                    "{\"expectedVersion\":1,\"reason\":\"Resolved by phone\"}",
                    List.of("reason"),
                    List.of()),
            new Target(
                    "close-not-investigated",
                    "{\"expectedVersion\":1,\"reason\":\"Court proceedings\"}",
                    List.of("reason"),
                    List.of()),
            new Target(
                    "extend",
                    "{\"expectedVersion\":1,\"newDue\":\"2027-02-01\",\"reason\":\"Complex\",\"complainantToldOn\":\"2027-01-04\"}",
                    List.of("reason"),
                    List.of("complainantToldOn")),
            new Target(
                    "stage1-response",
                    "{\"expectedVersion\":1,\"sentOn\":\"2027-01-04\",\"summary\":\"Apologised\"}",
                    List.of("summary"),
                    List.of("sentOn")),
            new Target(
                    "pause-clock",
                    "{\"expectedVersion\":1,\"reason\":\"awaiting_advocate\",\"note\":\"Asked\",\"pausedOn\":\"2027-01-04\"}",
                    List.of("note"),
                    List.of("pausedOn")),
            new Target(
                    "reopen",
                    "{\"expectedVersion\":1,\"reopenedOn\":\"2027-01-04\",\"reason\":\"The family came back\"}",
                    List.of("reason"),
                    List.of("reopenedOn")));

    @Test
    void tenThousandBadBodiesAtStaffActionsAndLoggingAreEachRefusedInShapeAndNothingChanges() {
        APIGatewayV2HTTPResponse logged = app.handle(WorkflowApp.logComplaint(OFFICER, "Huntingdon", "k-fuzz"));
        assertThat(logged.getStatusCode()).as(body(logged)).isEqualTo(201);
        String id = group(ID, body(logged));
        String versionBefore = version(id);

        List<BadRequests> actionRequests = new ArrayList<>();
        for (int i = 0; i < ACTIONS.size(); i++) {
            Target t = ACTIONS.get(i);
            actionRequests.add(
                    BadRequests.around(t.valid(), t.texts(), t.dates(), List.of("expectedVersion"), SEED + i));
        }
        BadRequests logging = BadRequests.around(
                WorkflowApp.event("case-workflow-log.json").getBody(),
                List.of("complainantName", "whatHappened", "desiredOutcome", "childName", "address"),
                List.of("receivedOn", "matterOccurredOn"),
                List.of("childAge"),
                SEED + ACTIONS.size());
        Map<String, BadRequests.Tally> tallies = new LinkedHashMap<>();
        int before = itemCount();
        long start = System.nanoTime();

        for (int i = 0; i < TRIES; i++) {
            int which = i % (ACTIONS.size() + 1);
            APIGatewayV2HTTPEvent event;
            BadRequests.Bad bad;
            String name;
            if (which < ACTIONS.size()) {
                Target t = ACTIONS.get(which);
                bad = actionRequests.get(which).next();
                event = bad.applyTo(WorkflowApp.action(OFFICER, id, t.action(), null));
                name = "POST /staff/complaints/{id}/actions/" + t.action();
            } else {
                bad = logging.next();
                event = bad.applyTo(WorkflowApp.logComplaint(
                        OFFICER, "Huntingdon", UUID.randomUUID().toString()));
                name = "POST /staff/complaints";
            }
            tallies.computeIfAbsent(name, k -> new BadRequests.Tally()).record(bad, app.handle(event));
        }

        int written = itemCount() - before;
        String versionAfter = version(id);
        tallies.forEach((name, tally) -> LOG.warn("fuzz {}, seed {}: {}", name, SEED, tally.summary()));
        LOG.warn(
                "fuzz staff API: {} items written; version {} -> {}; {} s",
                written,
                versionBefore,
                versionAfter,
                (System.nanoTime() - start) / 1_000_000_000);
        assertThat(tallies.values().stream().mapToInt(t -> t.tried).sum()).isEqualTo(TRIES);
        tallies.values().forEach(BadRequests.Tally::assertAllRefusedInShape);
        assertThat(written).isZero();
        assertThat(versionAfter).isEqualTo(versionBefore);
    }

    /** The framework's own refusals and the staff API's own, each in the documented shape. */
    @Test
    void everyOddRequestIsA4xxInTheDocumentedShape() {
        APIGatewayV2HTTPResponse logged = app.handle(WorkflowApp.logComplaint(OFFICER, "Huntingdon", "k-odd"));
        String id = group(ID, body(logged));
        Map<String, APIGatewayV2HTTPEvent> odd = new LinkedHashMap<>();
        odd.put("no token", WorkflowApp.action(null, id, "withdraw", "{\"expectedVersion\":1,\"reason\":\"x\"}"));
        odd.put("unknown action", WorkflowApp.action(OFFICER, id, "explode", "{\"expectedVersion\":1}"));
        odd.put("unknown complaint", WorkflowApp.view(OFFICER, UUID.randomUUID().toString()));
        odd.put(
                "stale version",
                WorkflowApp.action(OFFICER, id, "withdraw", "{\"expectedVersion\":7,\"reason\":\"x\"}"));
        odd.put("illegal move", WorkflowApp.action(OFFICER, id, "close", "{\"expectedVersion\":1}"));
        odd.put("empty body", WorkflowApp.action(OFFICER, id, "withdraw", ""));
        odd.put("bad JSON syntax", WorkflowApp.action(OFFICER, id, "withdraw", "{\"expectedVersion\":"));
        APIGatewayV2HTTPEvent noType =
                WorkflowApp.action(OFFICER, id, "withdraw", "{\"expectedVersion\":1,\"reason\":\"x\"}");
        Map<String, String> headers = new HashMap<>(noType.getHeaders());
        headers.keySet().removeIf(h -> h.equalsIgnoreCase("content-type"));
        noType.setHeaders(headers);
        odd.put("no Content-Type", noType);
        APIGatewayV2HTTPEvent text =
                WorkflowApp.action(OFFICER, id, "withdraw", "{\"expectedVersion\":1,\"reason\":\"x\"}");
        text.getHeaders().put("content-type", "text/plain");
        odd.put("text/plain", text);
        APIGatewayV2HTTPEvent unknownRoute = WorkflowApp.view(OFFICER, id);
        unknownRoute.setRawPath("/staff/nothing-here");
        unknownRoute.getRequestContext().getHttp().setPath("/staff/nothing-here");
        odd.put("unknown address", unknownRoute);
        APIGatewayV2HTTPEvent wrongMethod = WorkflowApp.view(OFFICER, id);
        wrongMethod.getRequestContext().getHttp().setMethod("DELETE");
        odd.put("wrong method", wrongMethod);
        String before = version(id);

        for (Map.Entry<String, APIGatewayV2HTTPEvent> e : odd.entrySet()) {
            APIGatewayV2HTTPResponse r = app.handle(e.getValue());
            assertThat(r.getStatusCode()).as(e.getKey() + ": " + body(r)).isBetween(400, 499);
            assertThat(BadRequests.Tally.rightShape("application/json", body(r)))
                    .as(e.getKey() + ": " + body(r))
                    .isTrue();
        }
        assertThat(version(id)).isEqualTo(before);
    }
}
