package uk.childrenscomplaints.local.standins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plays SES's "Email Sent" events for the local world, where nothing publishes them (decision 025). The SES emulator
 * (aws-ses-v2-local 2.10.2) keeps each accepted message's id, addresses, subject, bodies, attachments and, for
 * simple and template sends, the headers given with the request; it drops the tags and the configuration set. Each
 * message it holds becomes one event in SES's EventBridge shape: source {@code aws.ses}, detail-type
 * {@code Email Sent}, and in {@code detail} the SES event record ({@code eventType} {@code Send}, {@code mail} with
 * {@code messageId}, {@code timestamp}, {@code headers} as name/value pairs and {@code tags} as lists). The send
 * marker travels in the {@code X-Complaints-Send} header, which SES also gives back in {@code mail.headers}.
 *
 * <p>{@link #playNew()} puts each message not played before onto a {@link LocalEventBus} by PutEvents, where
 * template.yaml's rules are matched, and returns the events, for a test to hand to the mail-events handler.
 */
public final class SesEventsPlayer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI sesEndpoint;
    private final LocalEventBus bus;
    private final Set<String> played = ConcurrentHashMap.newKeySet();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** Reads events only ({@link #sentEvents()}); {@link #playNew()} then puts nothing on a bus. */
    public SesEventsPlayer(URI sesEndpoint) {
        this(sesEndpoint, null);
    }

    public SesEventsPlayer(URI sesEndpoint, LocalEventBus bus) {
        this.sesEndpoint = sesEndpoint;
        this.bus = bus;
    }

    /** Every message the emulator holds, as SES's "Email Sent" event on EventBridge, in the order sent. */
    public List<JsonNode> sentEvents() {
        List<JsonNode> events = new ArrayList<>();
        for (JsonNode email : get("/store").path("emails")) {
            events.add(envelope(email));
        }
        return events;
    }

    /** The events of messages not played before, each put on the bus (when there is one). */
    public List<JsonNode> playNew() {
        List<JsonNode> fresh = new ArrayList<>();
        for (JsonNode event : sentEvents()) {
            String id = event.path("detail").path("mail").path("messageId").asText();
            if (played.add(id)) {
                if (bus != null) {
                    put(event);
                }
                fresh.add(event);
            }
        }
        return fresh;
    }

    /** Forgets what was played (the emulator's store was cleared). */
    public void reset() {
        played.clear();
    }

    static ObjectNode envelope(JsonNode email) {
        String at = Instant.ofEpochSecond(email.path("at").asLong()).toString();
        ObjectNode mail = JSON.createObjectNode()
                .put("timestamp", at)
                .put("source", email.path("from").asText())
                .put("sendingAccountId", "000000000000")
                .put("messageId", email.path("messageId").asText())
                .put("headersTruncated", false);
        ArrayNode destination = mail.putArray("destination");
        for (String part : List.of("to", "cc", "bcc")) {
            email.path("destination").path(part).forEach(destination::add);
        }
        ArrayNode headers = mail.putArray("headers");
        for (JsonNode h : email.path("headers")) {
            headers.addObject()
                    .put("name", h.path("name").asText())
                    .put("value", h.path("value").asText());
        }
        // The emulator keeps no tags; SES adds its own, as lists, beside the sender's.
        mail.putObject("tags").putArray("ses:operation").add("SendEmail");
        ObjectNode detail = JSON.createObjectNode().put("eventType", "Send");
        detail.set("mail", mail);
        detail.putObject("send");
        ObjectNode envelope = JSON.createObjectNode()
                .put("version", "0")
                .put("id", "played-" + email.path("messageId").asText())
                .put("detail-type", "Email Sent")
                .put("source", "aws.ses")
                .put("account", "000000000000")
                .put("time", at)
                .put("region", LocalStandIns.REGION.id());
        envelope.putArray("resources");
        envelope.set("detail", detail);
        return envelope;
    }

    private void put(JsonNode event) {
        ObjectNode request = JSON.createObjectNode();
        request.putArray("Entries")
                .addObject()
                .put("Source", event.path("source").asText())
                .put("DetailType", event.path("detail-type").asText())
                .put("Detail", event.path("detail").toString())
                .put("EventBusName", "default");
        JsonNode answer = send(HttpRequest.newBuilder(bus.endpoint())
                .header("X-Amz-Target", "AWSEvents.PutEvents")
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString())));
        if (answer.path("FailedEntryCount").asInt() != 0) {
            throw new IllegalStateException("the local event bus refused a played SES event");
        }
    }

    private JsonNode get(String path) {
        return send(HttpRequest.newBuilder(sesEndpoint.resolve(path)).GET());
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("answered " + response.statusCode() + " to "
                        + response.request().uri().getPath());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("no answer from " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while playing SES events", e);
        }
    }
}
