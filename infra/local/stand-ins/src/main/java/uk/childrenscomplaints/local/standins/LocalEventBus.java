package uk.childrenscomplaints.local.standins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small stand-in for EventBridge: there is no emulator that runs without Docker. It answers the JSON 1.1
 * {@code AWSEvents.PutEvents} call the AWS SDK makes, keeps what it was given in memory, and records which
 * rules of template.yaml each event would fire.
 */
public final class LocalEventBus implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LocalEventBus.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUT_EVENTS = "AWSEvents.PutEvents";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private final HttpServer server;
    private final ExecutorService executor;
    private final TemplateEventRules rules;
    private final Clock clock;
    private final List<ReceivedEvent> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger putsToFail = new AtomicInteger();
    private final List<java.util.function.BiConsumer<String, JsonNode>> targets = new CopyOnWriteArrayList<>();
    // Deliveries run on their own thread, after PutEvents has answered, as EventBridge invokes targets
    // asynchronously; a target may itself call PutEvents without waiting on this bus's single request thread.
    private final ExecutorService deliveries = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "local-event-bus-deliveries");
        thread.setDaemon(true);
        return thread;
    });

    private LocalEventBus(HttpServer server, ExecutorService executor, TemplateEventRules rules, Clock clock) {
        this.server = server;
        this.executor = executor;
        this.rules = rules;
        this.clock = clock;
    }

    /** Listens on a free loopback port, with the rules of the repository's template.yaml. */
    public static LocalEventBus start() {
        return start(SamTemplate.locate());
    }

    public static LocalEventBus start(SamTemplate template) {
        TemplateEventRules rules = TemplateEventRules.from(template);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "local-event-bus");
                thread.setDaemon(true);
                return thread;
            });
            LocalEventBus bus = new LocalEventBus(server, executor, rules, Clock.systemUTC());
            server.createContext("/", bus::handle);
            server.setExecutor(executor);
            server.start();
            LOG.log(
                    System.Logger.Level.INFO,
                    "local event bus listening on port {0}, rules {1}",
                    String.valueOf(server.getAddress().getPort()),
                    rules.ruleNames());
            return bus;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open a port for the local event bus", e);
        }
    }

    /** For {@code endpointOverride}, or {@code AWS_ENDPOINT_URL_EVENTBRIDGE}. */
    public URI endpoint() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort());
    }

    /** In the order they arrived. */
    public List<ReceivedEvent> events() {
        return List.copyOf(events);
    }

    public void clear() {
        events.clear();
        putsToFail.set(0);
    }

    /**
     * The next {@code n} PutEvents calls get HTTP 500 InternalException, as in an EventBridge outage. The SDK
     * retries a 500 (three attempts by default), so one failed call is not yet an outage to the caller.
     */
    public void failNextPuts(int n) {
        putsToFail.set(n);
    }

    /**
     * Hands each event, once per template rule it matched, to {@code target} (rule name, EventBridge envelope), as
     * EventBridge invokes a rule's target: the local runtime invokes the function a SAM {@code EventBridgeRule}
     * belongs to. A target that throws is logged and not retried.
     */
    public void deliverMatchedTo(java.util.function.BiConsumer<String, JsonNode> target) {
        targets.add(target);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        deliveries.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            if (!"POST".equals(exchange.getRequestMethod()) || !PUT_EVENTS.equals(target)) {
                respond(exchange, 400, error("UnknownOperationException", "Only PutEvents is served locally"));
                return;
            }
            if (putsToFail.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                respond(exchange, 500, error("InternalException", "Simulated EventBridge outage"));
                return;
            }
            JsonNode request;
            try (InputStream body = exchange.getRequestBody()) {
                request = JSON.readTree(body);
            }
            respond(exchange, 200, putEvents(request));
        } catch (RuntimeException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "local event bus could not handle a request: {0}",
                    e.getClass().getSimpleName());
        }
    }

    private ObjectNode putEvents(JsonNode request) {
        ArrayNode results = JSON.createArrayNode();
        int failed = 0;
        for (JsonNode entry : request.path("Entries")) {
            if (blank(entry, "Source") || blank(entry, "DetailType") || blank(entry, "Detail")) {
                failed++;
                results.addObject()
                        .put("ErrorCode", "InvalidArgument")
                        .put("ErrorMessage", "Source, DetailType and Detail are required");
                continue;
            }
            JsonNode detail = readDetail(entry.path("Detail").asText());
            if (!detail.isObject()) {
                failed++;
                results.addObject().put("ErrorCode", "MalformedDetail").put("ErrorMessage", "Detail is malformed.");
                continue;
            }
            results.addObject().put("EventId", receive(entry, detail).eventId());
        }
        ObjectNode response = JSON.createObjectNode().put("FailedEntryCount", failed);
        response.set("Entries", results);
        return response;
    }

    private ReceivedEvent receive(JsonNode entry, JsonNode detail) {
        String id = UUID.randomUUID().toString();
        String busName =
                TemplateEventRules.shortName(entry.path("EventBusName").asText(TemplateEventRules.DEFAULT_BUS));
        Instant time = entry.path("Time").isNumber()
                ? Instant.ofEpochMilli(Math.round(entry.path("Time").asDouble() * 1000))
                : clock.instant();
        ObjectNode envelope = envelope(id, entry, time, detail);
        List<String> matched = rules.matching(busName, envelope);
        ReceivedEvent event = new ReceivedEvent(
                id,
                busName,
                entry.path("Source").asText(),
                entry.path("DetailType").asText(),
                entry.path("Detail").asText(),
                time,
                matched);
        events.add(event);
        if (!matched.isEmpty() && !targets.isEmpty()) {
            deliveries.submit(() -> deliver(matched, envelope));
        }
        // Type and ids only: the detail is personal-data-free by design, but logs are kept longer than we think.
        LOG.log(
                System.Logger.Level.INFO,
                "event {0} complaintId={1} eventId={2} bus={3} rules={4}",
                event.detailType(),
                detail.path("complaintId").asText("-"),
                id,
                busName,
                matched);
        return event;
    }

    private void deliver(List<String> matched, ObjectNode envelope) {
        for (String rule : matched) {
            for (var target : targets) {
                try {
                    target.accept(rule, envelope);
                } catch (RuntimeException e) {
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "rule {0}: its target failed with {1}",
                            rule,
                            e.getClass().getSimpleName());
                }
            }
        }
    }

    /** The shape a rule's pattern is matched against on AWS. */
    private static ObjectNode envelope(String id, JsonNode entry, Instant time, JsonNode detail) {
        ObjectNode envelope = JSON.createObjectNode()
                .put("version", "0")
                .put("id", id)
                .put("detail-type", entry.path("DetailType").asText())
                .put("source", entry.path("Source").asText())
                .put("account", "000000000000")
                .put("time", time.toString())
                .put("region", LocalStandIns.REGION.id());
        envelope.set("resources", entry.path("Resources").isArray() ? entry.path("Resources") : JSON.createArrayNode());
        envelope.set("detail", detail);
        return envelope;
    }

    private static boolean blank(JsonNode entry, String field) {
        return entry.path(field).asText("").isBlank();
    }

    private static JsonNode readDetail(String detail) {
        try {
            return JSON.readTree(detail);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    private static ObjectNode error(String type, String message) {
        return JSON.createObjectNode().put("__type", type).put("message", message);
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
