package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.submission.SubmissionApp.body;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/**
 * Bad input at {@code POST /complaints} through the real Lambda entry point, against dynalite (issue 13): every answer
 * a 4xx in the documented shape (or the form again with its GOV.UK error summary), none a 5xx, nothing written; every
 * other request has bad headers too ({@link BadHeaders}). The
 * figures go to docs/reliability.md; {@code -Dfuzz.tries} and {@code -Dfuzz.seed} change the run.
 */
class BadInputFuzzIT {
    private static final Logger LOG = LoggerFactory.getLogger(BadInputFuzzIT.class);
    private static final int TRIES = Integer.getInteger("fuzz.tries", 10_000);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_130L);
    /** Bad headers on every other request ({@link BadHeaders}); {@code -Dfuzz.headers=false} sends bad bodies only. */
    private static final boolean HEADERS = Boolean.parseBoolean(System.getProperty("fuzz.headers", "true"));

    @RegisterExtension
    static final FunctionAppExtension function = SubmissionApp.extension();

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

    BadInputFuzzIT(LocalAws aws) {
        this.aws = aws;
        // Each refusal logs a line; ten thousand of them would be most of the run's time.
        this.app = function.start(null, Map.of("logger.levels.uk.childrenscomplaints", "WARN"));
    }

    private int itemCount() {
        return aws.dynamoDb().scan(r -> r.tableName(app.table())).count();
    }

    private static APIGatewayV2HTTPEvent request(String method, String path, String contentType, String body) {
        APIGatewayV2HTTPEvent e = SubmissionApp.jsonPost();
        e.setRawPath(path);
        e.getRequestContext().getHttp().setPath(path);
        e.getRequestContext().getHttp().setMethod(method);
        e.setRouteKey(method + " " + path);
        e.getRequestContext().setRouteKey(method + " " + path);
        Map<String, String> headers = new HashMap<>(e.getHeaders());
        headers.remove("content-type");
        if (contentType != null) {
            headers.put("content-type", contentType);
        }
        headers.put("idempotency-key", UUID.randomUUID().toString());
        e.setHeaders(headers);
        e.setBody(body);
        return e;
    }

    /** The framework's own refusals, which used to come in its {@code _embedded} shape, in ours. */
    @Test
    void everyOddRequestIsA4xxInTheDocumentedShape() {
        String valid = SubmissionApp.jsonPost().getBody();
        Map<String, APIGatewayV2HTTPEvent> odd = new LinkedHashMap<>();
        odd.put("unknown address", request("GET", "/no-such-page", null, null));
        odd.put("unknown address, POST", request("POST", "/complaints/nope", "application/json", valid));
        odd.put("wrong method", request("PUT", "/complaints", "application/json", valid));
        odd.put("DELETE", request("DELETE", "/complaints", null, null));
        odd.put("PATCH", request("PATCH", "/complaints", "application/json", valid));
        odd.put("bad JSON syntax", request("POST", "/complaints", "application/json", "{\"complainantName\":"));
        odd.put("empty JSON body", request("POST", "/complaints", "application/json", ""));
        odd.put("no body", request("POST", "/complaints", "application/json", null));
        odd.put("JSON array", request("POST", "/complaints", "application/json", "[]"));
        // Two values: serde's mapper read the first and dropped the second; JsonBodies refuses it (decision 045).
        odd.put("two JSON values", request("POST", "/complaints", "application/json", valid + " " + valid));
        odd.put("text/plain", request("POST", "/complaints", "text/plain", valid));
        odd.put("multipart", request("POST", "/complaints", "multipart/form-data; boundary=x", valid));
        odd.put("no Content-Type", request("POST", "/complaints", null, valid));
        odd.put(
                "too large",
                request("POST", "/complaints", "application/json", "{\"a\":\"" + "x".repeat(70_000) + "\"}"));
        odd.put(
                "field twice",
                request("POST", "/complaints", "application/json", valid.replaceFirst("\\{", "{\"consent\":false,")));
        odd.put(
                "year zero",
                request("POST", "/complaints", "application/json", valid.replace("2026-11-10", "0000-01-01")));
        int before = itemCount();

        for (Map.Entry<String, APIGatewayV2HTTPEvent> e : odd.entrySet()) {
            APIGatewayV2HTTPResponse r = app.handle(e.getValue());
            assertThat(r.getStatusCode()).as(e.getKey() + ": " + body(r)).isBetween(400, 499);
            assertThat(SubmissionApp.header(r, "Content-Type")).as(e.getKey()).startsWith("application/json");
            assertThat(BadRequests.Tally.rightShape("application/json", body(r)))
                    .as(e.getKey() + ": " + body(r))
                    .isTrue();
        }
        assertThat(itemCount()).isEqualTo(before);
    }

    @Test
    void tenThousandBadBodiesContentTypesAndHeadersAreEachRefusedInShapeAndNothingIsWritten() {
        BadRequests bad = BadRequests.around(
                SubmissionApp.jsonPost().getBody(),
                List.of("complainantName", "whatHappened", "desiredOutcome", "childName", "address"),
                List.of("matterOccurredOn"),
                List.of("childAge"),
                SEED);
        BadRequests.Tally tally = new BadRequests.Tally();
        int before = itemCount();
        long start = System.nanoTime();

        BadHeaders headers = BadHeaders.forPublic(SEED + 1);
        for (int i = 0; i < TRIES; i++) {
            BadRequests.Bad one = bad.next();
            APIGatewayV2HTTPEvent event = one.applyTo(SubmissionApp.jsonPost());
            event.getHeaders().put("idempotency-key", UUID.randomUUID().toString());
            // Every other request has bad headers too (a malformed Idempotency-Key among them, replacing the good one).
            if (HEADERS && i % 2 == 1) {
                BadHeaders.Edit edit = headers.next();
                if (!edit.undoes(one)) {
                    event = edit.applyTo(event);
                    one = one.with(edit.describe());
                }
            }
            tally.record(one, app.handle(event));
        }

        int written = itemCount() - before;
        LOG.warn(
                "fuzz POST /complaints, seed {}: {}; {} items written; {} s",
                SEED,
                tally.summary(),
                written,
                (System.nanoTime() - start) / 1_000_000_000);
        assertThat(tally.tried).isEqualTo(TRIES);
        tally.assertAllRefusedInShape();
        assertThat(written).isZero();
    }
}
