package uk.childrenscomplaints.local.runtime;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An HTTP server standing in for API Gateway's HTTP API: each request becomes a payload 2.0 event for the
 * function whose {@code HttpApi} event matches it, and the function's response goes back to the caller.
 * It listens on the loopback address only: the data it carries is about children.
 */
public final class ApiGatewayBridge implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ApiGatewayBridge.class.getName());

    private final HttpServer server;
    private final ExecutorService workers;
    private final RouteTable routes;
    private final Map<String, LocalFunction> functions;
    private final LocalStaffTokens tokens;
    private final LocalJwtAuthorizer authorizer;
    private LocalHostedUi hostedUi;

    private ApiGatewayBridge(
            HttpServer server,
            ExecutorService workers,
            RouteTable routes,
            Map<String, LocalFunction> functions,
            LocalStaffTokens tokens) {
        this.server = server;
        this.workers = workers;
        this.routes = routes;
        this.functions = functions;
        this.tokens = tokens;
        this.authorizer = LocalJwtAuthorizer.trusting(tokens);
    }

    /**
     * @param port 0 for any free port
     * @param environment each function's environment variables, already resolved to local values
     */
    public static ApiGatewayBridge start(
            List<LambdaFunction> definitions, int port, Function<LambdaFunction, Map<String, String>> environment) {
        return start(definitions, port, LocalStaffTokens.generate(java.time.Clock.systemUTC()), environment);
    }

    /** As {@link #start(List, int, Function)}, signing in {@code tokens}' demo staff (the chosen council's). */
    public static ApiGatewayBridge start(
            List<LambdaFunction> definitions,
            int port,
            LocalStaffTokens tokens,
            Function<LambdaFunction, Map<String, String>> environment) {
        SystemPropertyEnvironment properties = new SystemPropertyEnvironment();
        Map<String, LocalFunction> functions = new LinkedHashMap<>();
        List<HttpRoute> all = new ArrayList<>();
        for (LambdaFunction definition : definitions) {
            if (!definition.routes().isEmpty()) {
                functions.put(
                        definition.logicalId(),
                        new LocalFunction(definition, environment.apply(definition), properties));
                all.addAll(definition.routes());
            }
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on port " + port + " (in use? try --port)", e);
        }
        ExecutorService workers = Executors.newFixedThreadPool(8, daemon());
        ApiGatewayBridge bridge = new ApiGatewayBridge(server, workers, new RouteTable(all), functions, tokens);
        server.createContext("/", bridge::handle);
        server.setExecutor(workers);
        bridge.hostedUi = new LocalHostedUi(bridge.tokens, bridge.endpoint());
        server.start();
        return bridge;
    }

    public URI endpoint() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    public List<HttpRoute> routes() {
        return routes.routes();
    }

    /** The demo staff's token issuer: the only key the local JWT authorizer trusts. */
    public LocalStaffTokens tokens() {
        return tokens;
    }

    /** The function by logical id, so other local triggers (schedules) reach the same warm instance. */
    public Optional<LocalFunction> function(String logicalId) {
        return Optional.ofNullable(functions.get(logicalId));
    }

    private void handle(HttpExchange exchange) {
        Instant start = Instant.now();
        String method = exchange.getRequestMethod();
        String routeKey = method + " (no route)";
        int status = 500;
        try (exchange) {
            if (LocalTokenEndpoint.PATH.equals(exchange.getRequestURI().getPath())) {
                routeKey = method + " " + LocalTokenEndpoint.PATH + " (local only)";
                status = LocalTokenEndpoint.answer(exchange, tokens);
                return;
            }
            if (LocalHostedUi.handles(exchange.getRequestURI().getPath())) {
                routeKey = method + " " + exchange.getRequestURI().getPath() + " (local sign-in)";
                status = hostedUi.answer(exchange);
                return;
            }
            Optional<RouteTable.Match> match =
                    routes.find(method, exchange.getRequestURI().getPath());
            if (match.isEmpty()) {
                status = 404;
                ApiGatewayResponses.json(exchange, status, "Not Found");
                return;
            }
            HttpRoute route = match.get().route();
            routeKey = route.routeKey();
            APIGatewayV2HTTPEvent.RequestContext.Authorizer authorized = null;
            if (route.needsAuthorization()) {
                Optional<APIGatewayV2HTTPEvent.RequestContext.Authorizer> found =
                        authorizer.authorize(exchange.getRequestHeaders().getFirst("Authorization"));
                if (found.isEmpty()) {
                    // API Gateway's answer: the function never sees the request.
                    status = 401;
                    ApiGatewayResponses.json(exchange, status, "Unauthorized");
                    return;
                }
                authorized = found.get();
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            APIGatewayV2HTTPEvent event = ApiGatewayEvents.from(
                    exchange,
                    route,
                    match.get().pathParameters(),
                    body,
                    UUID.randomUUID().toString(),
                    start,
                    authorized);
            status = respond(exchange, functions.get(route.functionId()), event, routeKey);
        } catch (IOException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "{0}: connection failed ({1})",
                    routeKey,
                    e.getClass().getSimpleName());
        } finally {
            // Method, route and status only: paths, headers and bodies may hold personal data.
            LOG.log(
                    System.Logger.Level.INFO,
                    "{0} -> {1} in {2} ms",
                    routeKey,
                    String.valueOf(status),
                    String.valueOf(Duration.between(start, Instant.now()).toMillis()));
        }
    }

    private static int respond(
            HttpExchange exchange, LocalFunction function, APIGatewayV2HTTPEvent event, String routeKey)
            throws IOException {
        Object result;
        try {
            result = function.invoke(event);
        } catch (RuntimeException | Error e) {
            // Lambda would log the failure and API Gateway answer a bare 500; the stack trace is for the developer.
            LOG.log(System.Logger.Level.ERROR, function.definition().logicalId() + " failed on " + routeKey, e);
            ApiGatewayResponses.json(exchange, 500, "Internal Server Error");
            return 500;
        }
        if (!(result instanceof APIGatewayV2HTTPResponse response)) {
            LOG.log(
                    System.Logger.Level.ERROR,
                    "{0} returned {1}, not an APIGatewayV2HTTPResponse",
                    function.definition().logicalId(),
                    result == null ? "null" : result.getClass().getName());
            ApiGatewayResponses.json(exchange, 500, "Internal Server Error");
            return 500;
        }
        return ApiGatewayResponses.write(exchange, response, routeKey);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "api-gateway-bridge");
            thread.setDaemon(true);
            return thread;
        };
    }
}
