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
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.web.testing.BadHeaders;
import uk.childrenscomplaints.web.testing.BadRequests;
import uk.childrenscomplaints.web.testing.FunctionApp;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * Bad input at every staff API write through the real Lambda entry point, against dynalite (issue 13): each of the 23
 * case actions on its own complaint, walked to a state where the action is legal (a twin walked alike takes the valid
 * body at the end, which proves it), sent by a caller allowed to take it; logging a complaint; compliments; caseloads;
 * imports. Every answer a 4xx in the documented shape (the import's own list of problems for a bad file), none a 5xx,
 * nothing written, no complaint's version moved. {@code -Dfuzz.tries} and {@code -Dfuzz.seed}
 * change the run; the figures go to docs/reliability.md.
 */
class BadStaffInputFuzzIT {
    private static final Logger LOG = LoggerFactory.getLogger(BadStaffInputFuzzIT.class);
    private static final int TRIES = Integer.getInteger("fuzz.tries", 10_000);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_130L);
    /** Bad headers on every other round ({@link BadHeaders}); {@code -Dfuzz.headers=false} sends bad bodies only. */
    private static final boolean HEADERS = Boolean.parseBoolean(System.getProperty("fuzz.headers", "true"));
    /** Monday 4 January 2027, 10:00 in London (GMT). */
    private static final String MON_2027_01_04 = "2027-01-04T10:00:00Z";

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    @RegisterExtension
    static final FunctionAppExtension function = WorkflowApp.api(MON_2027_01_04);

    /**
     * Micronaut sets a logger's level on logback itself, for the whole JVM, and never puts it back: the test classes
     * after this one in the same run would lose their INFO lines (the priming tests read one). Back to logback.xml's.
     */
    @AfterAll
    static void restoreLogLevel() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
            logback.getLogger("uk.childrenscomplaints").setLevel(ch.qos.logback.classic.Level.INFO);
        }
    }

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

    /** A request to fuzz: its name for the figures, the bad requests, and the event each is applied to. */
    private record Route(String name, BadRequests bad, Supplier<APIGatewayV2HTTPEvent> event) {}

    /** A twin of a fuzzed complaint, set up the same way: its valid body must then be accepted. */
    private record Twin(String id, StaffFuzzTargets.Step step) {}

    private final List<Route> routes = new ArrayList<>();
    private final List<Twin> twins = new ArrayList<>();
    private final Map<String, String> versions = new LinkedHashMap<>();

    /** A complaint logged by the team and walked through these steps; its id. */
    private String walked(List<StaffFuzzTargets.Step> steps, String key) {
        APIGatewayV2HTTPResponse logged = app.handle(WorkflowApp.logComplaint(OFFICER, "Huntingdon", key));
        assertThat(logged.getStatusCode()).as(body(logged)).isEqualTo(201);
        String id = group(ID, body(logged));
        long version = Long.parseLong(group(VERSION, body(logged)));
        for (StaffFuzzTargets.Step step : steps) {
            APIGatewayV2HTTPResponse r =
                    app.handle(WorkflowApp.action(step.who(), id, step.action(), step.body(version)));
            assertThat(r.getStatusCode()).as("%s: %s", step.action(), body(r)).isEqualTo(200);
            version = Long.parseLong(group(VERSION, body(r)));
        }
        return id;
    }

    /** Every action on its own complaint, logging, compliments, caseloads and imports; a twin of each complaint. */
    private void setUpRoutes() {
        long seed = SEED;
        for (StaffFuzzTargets.Target t : StaffFuzzTargets.all()) {
            String id = walked(t.before(), "k-fuzz-" + t.action());
            String version = version(id);
            versions.put(id, version);
            twins.add(new Twin(walked(t.before(), "k-twin-" + t.action()), t.step()));
            BadRequests bad = BadRequests.around(
                    t.step().body(Long.parseLong(version)), t.texts(), t.dates(), withVersion(t.numbers()), seed++);
            routes.add(new Route(
                    "POST /staff/complaints/{id}/actions/" + t.action(),
                    bad,
                    () -> WorkflowApp.action(t.step().who(), id, t.action(), null)));
        }
        routes.add(new Route(
                "POST /staff/complaints",
                BadRequests.around(
                        WorkflowApp.event("case-workflow-log.json").getBody(),
                        List.of("complainantName", "whatHappened", "desiredOutcome", "childName", "address"),
                        List.of("receivedOn", "matterOccurredOn"),
                        List.of("childAge"),
                        seed++),
                () -> WorkflowApp.logComplaint(
                        OFFICER, "Huntingdon", UUID.randomUUID().toString())));
        routes.add(new Route(
                "POST /staff/compliments",
                BadRequests.around(
                        WorkflowApp.event("case-workflow-compliment.json").getBody(),
                        List.of("fromWhom", "text"),
                        List.of("receivedOn"),
                        List.of(),
                        seed++),
                () -> WorkflowApp.as(WorkflowApp.event("case-workflow-compliment.json"), OFFICER)));
        routes.add(new Route(
                "PUT /staff/caseloads/{financialYear}/{quarter}",
                BadRequests.around(
                        WorkflowApp.event("case-workflow-caseloads-put.json").getBody(),
                        List.of(),
                        List.of(),
                        List.of(),
                        seed++),
                () -> WorkflowApp.caseloads(OFFICER, "2026-27", "Q3", "{}")));
        routes.add(new Route(
                "POST /staff/imports",
                BadRequests.of(
                        BadImports.around(
                                WorkflowApp.event("case-workflow-import.json").getBody()),
                        seed),
                () -> WorkflowApp.as(WorkflowApp.event("case-workflow-import.json"), OFFICER)));
    }

    private static List<String> withVersion(List<String> numbers) {
        List<String> all = new ArrayList<>(numbers);
        all.add("expectedVersion");
        return all;
    }

    @Test
    void tenThousandBadRequestsAtEveryStaffWriteAreEachRefusedInShapeAndNothingChanges() {
        setUpRoutes();
        Map<String, BadRequests.Tally> tallies = new LinkedHashMap<>();
        int before = itemCount();
        long start = System.nanoTime();

        BadHeaders headers = BadHeaders.forStaff(SEED + routes.size());
        BadRequests.Tally signedOut = new BadRequests.Tally();
        List<String> signedOutNot401 = new ArrayList<>();

        for (int i = 0; i < TRIES; i++) {
            Route route = routes.get(i % routes.size());
            BadRequests.Bad bad = route.bad().next();
            APIGatewayV2HTTPResponse answer;
            // Every other round has bad headers too; signed out, the body is the valid one: only the sign-in is bad.
            if (HEADERS && i / routes.size() % 2 == 1) {
                BadHeaders.Edit edit = headers.next();
                if (edit.signedOut()) {
                    bad = new BadRequests.Bad(edit.describe(), "(as valid)", null, false);
                    answer = app.handle(edit.applyTo(route.event().get()));
                    signedOut.record(bad, answer);
                    if (answer.getStatusCode() != 401 && signedOutNot401.size() < 20) {
                        signedOutNot401.add(route.name() + " " + edit.describe() + " -> " + answer.getStatusCode());
                    }
                } else if (edit.undoes(bad)) {
                    answer = app.handle(bad.applyTo(route.event().get()));
                } else {
                    answer = app.handle(edit.applyTo(bad.applyTo(route.event().get())));
                    bad = bad.with(edit.describe());
                }
            } else {
                answer = app.handle(bad.applyTo(route.event().get()));
            }
            tallies.computeIfAbsent(
                            route.name(),
                            k -> k.endsWith("imports")
                                    ? new BadRequests.Tally(BadImports::problemsShape)
                                    : new BadRequests.Tally())
                    .record(bad, answer);
        }

        int written = itemCount() - before;
        Map<String, String> after = new LinkedHashMap<>();
        versions.keySet().forEach(id -> after.put(id, version(id)));
        BadRequests.Tally all = new BadRequests.Tally();
        tallies.forEach((name, tally) -> {
            LOG.warn("fuzz {}, seed {}: {}", name, SEED, tally.summary());
            all.add(tally);
        });
        LOG.warn(
                "fuzz staff API, seed {}, {} routes: {}; {} items written; versions of {} complaints unchanged: {}; {} s",
                SEED,
                routes.size(),
                all.summary(),
                written,
                versions.size(),
                after.equals(versions),
                (System.nanoTime() - start) / 1_000_000_000);
        LOG.warn("fuzz staff API signed out, seed {}: {}", SEED, signedOut.summary());
        assertThat(all.tried).isEqualTo(TRIES);
        assertThat(signedOutNot401).as("signed out but not 401").isEmpty();
        tallies.values().forEach(BadRequests.Tally::assertAllRefusedInShape);
        assertThat(written).isZero();
        assertThat(after).isEqualTo(versions);
        // Each complaint was in a state where its action is legal: its twin, set up alike, takes the valid body.
        for (Twin twin : twins) {
            StaffFuzzTargets.Step step = twin.step();
            APIGatewayV2HTTPResponse r = app.handle(WorkflowApp.action(
                    step.who(), twin.id(), step.action(), step.body(Long.parseLong(version(twin.id())))));
            assertThat(r.getStatusCode()).as("%s: %s", step.action(), body(r)).isEqualTo(200);
        }
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
        APIGatewayV2HTTPEvent control =
                WorkflowApp.action(OFFICER, id, "withdraw", "{\"expectedVersion\":1,\"reason\":\"x\"}");
        control.getHeaders().put("user-agent", "curl\u0007");
        odd.put("a control character in User-Agent", control);
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
