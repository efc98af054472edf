package uk.childrenscomplaints.web.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.complaint.application.deadlines.RelayingOwedNotifications;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.entrypoint.ApiFunction;
import uk.childrenscomplaints.local.standins.SamTemplate;

/**
 * A function's real Lambda entry point in a context pointed at the stand-ins through Micronaut's endpoint overrides,
 * as {@link FunctionAppExtension} starts it. Region and dummy credentials come from system properties set by
 * failsafe (see each function's pom).
 *
 * <p>The function sends nothing inside a request (decision 035): in AWS the table's stream has the outbox relay send
 * what a change owes. Here, after each answer, the relay is played synchronously from the outbox index through the
 * real use case against the same table, SES emulator and bus, so a test can read the acknowledgement as soon as the
 * answer is back; {@link #holdRelay()} holds it back, to see what the answer alone did.
 */
public final class FunctionApp implements AutoCloseable {
    public final ApplicationContext context;
    public final ApiFunction function;
    private final String table;
    private volatile boolean relayHeld;

    FunctionApp(Map<String, Object> properties, String table) {
        this.context = ApplicationContext.builder().properties(properties).start();
        this.function = new ApiFunction(context);
        this.table = table;
    }

    /** The table this app writes to. */
    public String table() {
        return table;
    }

    public APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = function.handleRequest(event, new MockLambdaContext());
        // After a 5xx the stand-ins are down or stalled: the relay would only wait on them too, and the fault tests
        // play the sweep (or the relay) themselves once they recover.
        if (!relayHeld && response.getStatusCode() < 500) {
            try {
                relay();
            } catch (RuntimeException e) {
                // As in AWS: a relay that fails leaves the outbox owed, and the answer already went.
            }
        }
        return response;
    }

    /** From now on each answer is left unrelayed: what it owes stays in the outbox until {@link #relay()}. */
    public FunctionApp holdRelay() {
        relayHeld = true;
        return this;
    }

    /** Relays after each answer again (the default). */
    public FunctionApp releaseRelay() {
        relayHeld = false;
        return this;
    }

    /** Plays the relay once now, as the local runtime does: every complaint in the outbox index, relayed. */
    public RelayingOwedNotifications.Batch relay() {
        Complaints complaints = context.getBean(Complaints.class);
        List<ComplaintId> owing = new ArrayList<>();
        String token = null;
        do {
            Complaints.IdPage page = complaints.withOutbox(token, 100);
            owing.addAll(page.ids());
            token = page.nextPageToken();
        } while (token != null);
        return context.getBean(RelayingOwedNotifications.class).relay(owing);
    }

    @Override
    public void close() {
        // The extension closes every app it started after the test; a test may have closed it already.
        if (context.isRunning()) {
            context.close();
        }
    }

    /** An event from the repository's {@code events/}, which {@code sam local} uses too. */
    public static APIGatewayV2HTTPEvent event(String name) {
        return EventLoader.loadApiGatewayHttpEvent(
                SamTemplate.repositoryRoot().resolve("events").resolve(name).toString());
    }

    public static String body(APIGatewayV2HTTPResponse r) {
        return r.getIsBase64Encoded()
                ? new String(Base64.getDecoder().decode(r.getBody()), StandardCharsets.UTF_8)
                : r.getBody();
    }

    /** The header however API Gateway's response carries it; several values joined by commas; null when absent. */
    public static String header(APIGatewayV2HTTPResponse r, String name) {
        if (r.getHeaders() != null) {
            for (Map.Entry<String, String> h : r.getHeaders().entrySet()) {
                if (h.getKey().equalsIgnoreCase(name)) {
                    return h.getValue();
                }
            }
        }
        if (r.getMultiValueHeaders() != null) {
            for (var h : r.getMultiValueHeaders().entrySet()) {
                if (h.getKey().equalsIgnoreCase(name)) {
                    return String.join(",", h.getValue());
                }
            }
        }
        return null;
    }
}
