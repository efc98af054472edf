package uk.childrenscomplaints.complaint.application.intake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * A tiny local DynamoDB endpoint for counting calls (as ../shared/bench/coldstart's stub does), answering the calls a
 * submission makes the way DynamoDB does: {@code TransactWriteItems} with the key's, the limits', the reference
 * counter's and the complaint's conditions (cancelled with a reason per item, the key's holder and the counter's number
 * returned on {@code ALL_OLD}), the reference counter's {@code UpdateItem} and its read, puts and reads. Items are kept
 * in memory; it checks only the conditions the intake writes.
 */
final class DynamoDbStub implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, JsonNode> items = new ConcurrentHashMap<>();
    private final Map<String, Long> numbers = new ConcurrentHashMap<>();

    DynamoDbStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /** Another container takes the financial year's next reference number, as its transaction would. */
    void anotherContainerTakesANumber(int financialYear) {
        numbers.merge("COUNTER#REFERENCE#" + financialYear + "|COUNTER", 1L, Long::sum);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private synchronized void answer(HttpExchange exchange) throws IOException {
        String target = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
        JsonNode body = JsonNode.parser().parse(exchange.getRequestBody());
        String operation = target.substring(target.indexOf('.') + 1);
        switch (operation) {
            case "TransactWriteItems" -> transact(exchange, body);
            case "PutItem" -> put(exchange, body);
            case "UpdateItem" -> update(exchange, body);
            case "GetItem" -> {
                String id = id(body.field("Key").orElseThrow());
                String item = id.startsWith("COUNTER#") ? counter(id) : String.valueOf(items.get(id));
                send(exchange, 200, item == null || "null".equals(item) ? "{}" : "{\"Item\":" + item + "}");
            }
            default -> send(exchange, 200, "{}");
        }
    }

    private void transact(HttpExchange exchange, JsonNode body) throws IOException {
        List<String> reasons = new ArrayList<>();
        boolean cancelled = false;
        for (JsonNode entry : body.field("TransactItems").orElseThrow().asArray()) {
            String reason = "{\"Code\":\"None\"}";
            if (entry.field("Put").isPresent()
                    && !entry.field("Put")
                            .get()
                            .field("ExpressionAttributeValues")
                            .isPresent()) {
                // The complaint's put: attribute_not_exists(pk).
                if (items.containsKey(id(entry.field("Put").get().field("Item").get()))) {
                    reason = "{\"Code\":\"ConditionalCheckFailed\",\"Message\":\"The conditional request failed\"}";
                    cancelled = true;
                }
            } else if (entry.field("Put").isPresent()) {
                JsonNode put = entry.field("Put").get();
                JsonNode held = items.get(id(put.field("Item").get()));
                long now = Long.parseLong(value(put, ":now"));
                if (held != null && Long.parseLong(attribute(held, "expiresAt")) >= now) {
                    reason = "{\"Code\":\"ConditionalCheckFailed\",\"Message\":\"The conditional request failed\""
                            + ("ALL_OLD".equals(text(put, "ReturnValuesOnConditionCheckFailure"))
                                    ? ",\"Item\":" + held
                                    : "")
                            + "}";
                    cancelled = true;
                }
            } else if (id(entry.field("Update").orElseThrow().field("Key").get())
                    .startsWith("COUNTER#")) {
                // The reference counter: lastNumber = :known, or attribute_not_exists(lastNumber).
                JsonNode update = entry.field("Update").get();
                String id = id(update.field("Key").get());
                Long current = numbers.get(id);
                boolean known = update.field("ExpressionAttributeValues")
                        .get()
                        .field(":known")
                        .isPresent();
                if (known ? current == null || current != Long.parseLong(value(update, ":known")) : current != null) {
                    reason = "{\"Code\":\"ConditionalCheckFailed\",\"Message\":\"The conditional request failed\""
                            + (current != null && "ALL_OLD".equals(text(update, "ReturnValuesOnConditionCheckFailure"))
                                    ? ",\"Item\":" + counter(id)
                                    : "")
                            + "}";
                    cancelled = true;
                }
            } else {
                JsonNode update = entry.field("Update").orElseThrow();
                long count = numbers.getOrDefault(id(update.field("Key").get()), 0L);
                if (count >= Long.parseLong(value(update, ":limit"))) {
                    reason = "{\"Code\":\"ConditionalCheckFailed\",\"Message\":\"The conditional request failed\"}";
                    cancelled = true;
                }
            }
            reasons.add(reason);
        }
        if (cancelled) {
            send(
                    exchange,
                    400,
                    "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\",\"Message\":\"Transaction"
                            + " cancelled, please refer cancellation reasons for specific reasons\",\"CancellationReasons\":"
                            + reasons.stream().collect(Collectors.joining(",", "[", "]")) + "}");
            return;
        }
        for (JsonNode entry : body.field("TransactItems").get().asArray()) {
            if (entry.field("Put").isPresent()) {
                JsonNode item = entry.field("Put").get().field("Item").get();
                items.put(id(item), item);
            } else if (id(entry.field("Update").get().field("Key").get()).startsWith("COUNTER#")) {
                JsonNode update = entry.field("Update").get();
                numbers.put(id(update.field("Key").get()), Long.parseLong(value(update, ":next")));
            } else {
                numbers.merge(id(entry.field("Update").get().field("Key").get()), 1L, Long::sum);
            }
        }
        send(exchange, 200, "{}");
    }

    private void put(HttpExchange exchange, JsonNode body) throws IOException {
        JsonNode item = body.field("Item").orElseThrow();
        if (items.putIfAbsent(id(item), item) != null) {
            send(
                    exchange,
                    400,
                    "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
                            + "\"message\":\"The conditional request failed\"}");
            return;
        }
        send(exchange, 200, "{}");
    }

    /** The reference counter answers its number; every other update (a send's claim or mark) simply succeeds. */
    private void update(HttpExchange exchange, JsonNode body) throws IOException {
        String id = id(body.field("Key").orElseThrow());
        if (id.startsWith("COUNTER#")) {
            long number = numbers.merge(id, 1L, Long::sum);
            send(exchange, 200, "{\"Attributes\":{\"lastNumber\":{\"N\":\"" + number + "\"}}}");
            return;
        }
        send(exchange, 200, "{\"Attributes\":{}}");
    }

    /** The counter's item as DynamoDB holds it, or null when no number was ever taken. */
    private String counter(String id) {
        Long number = numbers.get(id);
        if (number == null) {
            return null;
        }
        String[] key = id.split("\\|");
        return "{\"pk\":{\"S\":\"" + key[0] + "\"},\"sk\":{\"S\":\"" + key[1] + "\"},\"lastNumber\":{\"N\":\"" + number
                + "\"}}";
    }

    private static String id(JsonNode key) {
        return attribute(key, "pk") + "|" + attribute(key, "sk");
    }

    private static String attribute(JsonNode item, String name) {
        JsonNode value = item.field(name).orElseThrow();
        return value.field("S").or(() -> value.field("N")).orElseThrow().asString();
    }

    private static String value(JsonNode request, String name) {
        return attribute(request.field("ExpressionAttributeValues").orElseThrow(), name);
    }

    private static String text(JsonNode request, String name) {
        return request.field(name).map(JsonNode::asString).orElse(null);
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
        exchange.getResponseHeaders().add("x-amzn-RequestId", "stub");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
