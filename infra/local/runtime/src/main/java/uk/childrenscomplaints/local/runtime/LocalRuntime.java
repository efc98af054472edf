package uk.childrenscomplaints.local.runtime;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.infrastructure.ComplaintsSettings;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.LocalStandIns;
import uk.childrenscomplaints.local.standins.SamTemplate;
import uk.childrenscomplaints.local.standins.SesEventsPlayer;
import uk.childrenscomplaints.local.standins.TemplateTables;

/**
 * The whole system on one machine: the stand-ins, the table built from template.yaml, and the template's HTTP
 * functions behind {@link ApiGatewayBridge}, and its schedules ({@link LocalSchedules}). Run from the repository
 * root with {@code mvn -B -q install -DskipTests && mvn -B -q -pl infra/local/runtime exec:java}; add
 * {@code -Dexec.args="--at 2026-12-24T07:00 --schedule deadline-check"} to fire a schedule as if it were then, and
 * {@code --profile example-borough} to run as another council (config/example-borough.properties).
 */
public final class LocalRuntime implements AutoCloseable {

    public static final int DEFAULT_PORT = 3000;
    public static final String STAGE = "local";
    /** The councils' zone: a bare {@code --at 2026-12-24T07:00} is read as London time. */
    public static final ZoneId LONDON = CouncilTime.ZONE;

    /** What the template leaves to the deployer, filled with addresses that cannot reach a real person. */
    static final Map<String, String> PARAMETERS = Map.of(
            "Stage",
            STAGE,
            "SenderEmail",
            "complaints@council.example",
            "ComplaintsTeamEmail",
            "complaints-team@council.example",
            "CouncilProfile",
            ComplaintsSettings.SAMPLE_PROFILE);

    private static final com.fasterxml.jackson.databind.ObjectMapper EVENTS =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final LocalStandIns standIns;
    private final LocalEventBus bus;
    private final ApiGatewayBridge bridge;
    private final String tableName;
    private final LocalSchedules schedules;
    private final SesEventsPlayer sesEvents;
    private final LocalOutboxRelay outboxRelay;

    private LocalRuntime(
            LocalStandIns standIns,
            LocalEventBus bus,
            ApiGatewayBridge bridge,
            String tableName,
            LocalSchedules schedules,
            LocalOutboxRelay outboxRelay) {
        this.standIns = standIns;
        this.bus = bus;
        this.bridge = bridge;
        this.tableName = tableName;
        this.schedules = schedules;
        this.sesEvents = new SesEventsPlayer(standIns.sesEndpoint(), bus);
        this.outboxRelay = outboxRelay;
    }

    /**
     * Starts everything; port 0 takes any free port. The schedules wait for {@code schedules().startClock()}, so
     * tests fire them only when they ask.
     */
    public static LocalRuntime start(int port) {
        return start(port, ComplaintsSettings.SAMPLE_PROFILE);
    }

    /** As {@link #start(int)}, as the council whose profile is {@code config/<profile>.properties}. */
    public static LocalRuntime start(int port, String profile) {
        Map<String, String> parameters = new LinkedHashMap<>(PARAMETERS);
        parameters.put("CouncilProfile", profile);
        SamTemplate template = SamTemplate.locate();
        LocalStandIns standIns = LocalStandIns.start();
        LocalEventBus bus = null;
        try {
            bus = LocalEventBus.start(template);
            TemplateTables tables = TemplateTables.from(template);
            String tableName = "complaints-" + STAGE;
            tables.createTable(standIns.dynamoDb(), tableName);

            Map<String, String> resources = new LinkedHashMap<>();
            resources.put(tables.logicalId(), tableName);
            resources.put("ComplaintsBus", "complaints-" + STAGE);
            // No Secrets Manager locally: a blank ARN leaves status links off unless STATUS_LINK_SECRET is set.
            resources.put("StatusLinkSecret", "");
            // Cognito locally: the runtime's hosted-UI stand-in and its demo users (LocalHostedUi).
            resources.put("StaffUserPool", "local-staff-pool");
            resources.put("StaffSignInDomain", "local");
            // No SES configuration set locally: the emulator publishes no delivery events.
            resources.put("MailConfigurationSet", "");
            TemplateValues values = TemplateValues.of(template, resources, parameters);

            // The SDK settings are the same for every function, so they are set once, before any handler exists.
            Map<String, String> sdk = new LinkedHashMap<>(standIns.environment());
            sdk.put("AWS_ENDPOINT_URL_EVENTBRIDGE", bus.endpoint().toString());
            SdkSystemProperties.from(sdk).forEach(System::setProperty);
            LocalBinaryTypes.applyAll();
            List<LambdaFunction> functions = TemplateFunctions.from(template);
            // Status links in emails are signed with a key made for this run and point at this runtime, so the
            // complainant's page can be tried locally; nothing here exists in AWS, where Secrets Manager holds the key.
            System.setProperty("STATUS_LINK_SECRET", localSecret());
            // The port is chosen before the bridge starts, because each function's environment is resolved then.
            int bridgePort = port == 0 ? freePort() : port;
            String baseUrl = "http://localhost:" + bridgePort;
            LocalStaffTokens staff = LocalStaffTokens.generate(Clock.systemUTC(), profile);
            ApiGatewayBridge bridge = ApiGatewayBridge.start(functions, bridgePort, staff, f -> {
                Map<String, String> env = new LinkedHashMap<>(values.resolveAll(f.logicalId(), f.environment()));
                if (f.environment().containsKey("PUBLIC_BASE_URL")
                        && env.getOrDefault("PUBLIC_BASE_URL", "").isBlank()) {
                    env.put("PUBLIC_BASE_URL", baseUrl);
                }
                // The staff pages sign in through this runtime's stand-in for the hosted UI, whose tokens carry the
                // local issuer; the function code is the same as in AWS.
                if (f.environment().containsKey("STAFF_SIGN_IN_URL")) {
                    env.put("STAFF_ISSUER", LocalStaffTokens.ISSUER);
                    env.put("STAFF_SIGN_IN_URL", baseUrl + "/local");
                    env.put("STAFF_JWKS_URL", baseUrl + LocalHostedUi.JWKS);
                    // In AWS the id is read from Parameter Store at the first sign-in (decision 013); locally it
                    // is the stand-in's own client.
                    env.remove("STAFF_WEB_CLIENT_ID_PARAMETER");
                    env.put("STAFF_WEB_CLIENT_ID", LocalStaffTokens.AUDIENCE);
                }
                return env;
            });
            java.util.function.Function<String, LocalFunction> byName = scheduledFunctions(functions, bridge, values);
            // A SAM EventBridgeRule is named "<function>.<event>": the bus invokes that function, as EventBridge
            // would (SES's events reach MailEventsFunction this way once played by sesEvents()).
            bus.deliverMatchedTo((rule, envelope) -> {
                int dot = rule.indexOf('.');
                if (dot > 0) {
                    byName.apply(rule.substring(0, dot))
                            .invoke(EVENTS.convertValue(
                                    envelope,
                                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {}));
                }
            });
            LocalSchedules schedules = new LocalSchedules(
                    TemplateSchedules.from(template, values),
                    byName,
                    values.resolve("AWS::Region", Map.of("Ref", "AWS::Region")),
                    Clock.systemUTC());
            // dynalite has no streams: the runtime plays the table's stream to the relay function (decision 035).
            LocalOutboxRelay outboxRelay =
                    new LocalOutboxRelay(byName.apply(LocalOutboxRelay.FUNCTION), standIns.dynamoDb(), tableName);
            for (LambdaFunction f : functions) {
                if (!f.logicalId().equals(LocalOutboxRelay.FUNCTION)) {
                    byName.apply(f.logicalId()).afterEachInvocation(outboxRelay::nudge);
                }
            }
            return new LocalRuntime(standIns, bus, bridge, tableName, schedules, outboxRelay.start());
        } catch (RuntimeException e) {
            if (bus != null) {
                bus.close();
            }
            standIns.close();
            throw e;
        }
    }

    /**
     * A function with HTTP routes is the bridge's warm instance, so a schedule and a request share one cold start
     * as in Lambda; the others are built here, on first use, with the same environment handling.
     */
    private static java.util.function.Function<String, LocalFunction> scheduledFunctions(
            List<LambdaFunction> definitions, ApiGatewayBridge bridge, TemplateValues values) {
        SystemPropertyEnvironment properties = new SystemPropertyEnvironment();
        Map<String, LocalFunction> own = new HashMap<>();
        for (LambdaFunction definition : definitions) {
            if (bridge.function(definition.logicalId()).isEmpty()) {
                own.put(
                        definition.logicalId(),
                        new LocalFunction(
                                definition,
                                values.resolveAll(definition.logicalId(), definition.environment()),
                                properties));
            }
        }
        return id -> bridge.function(id)
                .or(() -> Optional.ofNullable(own.get(id)))
                .orElseThrow(() -> new IllegalArgumentException("No function " + id + " in template.yaml"));
    }

    public URI endpoint() {
        return bridge.endpoint();
    }

    public LocalStandIns standIns() {
        return standIns;
    }

    public LocalEventBus bus() {
        return bus;
    }

    /**
     * SES's events, played (decision 025): {@code sesEvents().playNew()} puts an {@code Email Sent} event for each
     * message the SES emulator accepted since the last call on the default bus, and template.yaml's rule hands it to
     * MailEventsFunction.
     */
    public SesEventsPlayer sesEvents() {
        return sesEvents;
    }

    public String tableName() {
        return tableName;
    }

    public ApiGatewayBridge bridge() {
        return bridge;
    }

    public LocalSchedules schedules() {
        return schedules;
    }

    /**
     * Waits while the outbox relay makes one more pass (decision 035): what every earlier answer owed has then been
     * sent, or tried. The relay runs by itself within about a second; a test calls this rather than sleep.
     */
    public void awaitOutboxRelay() {
        outboxRelay.drain();
    }

    @Override
    public void close() {
        outboxRelay.close();
        schedules.close();
        bridge.close();
        bus.close();
        standIns.close();
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("no free port for the local API", e);
        }
    }

    private static String localSecret() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.HexFormat.of().formatHex(key);
    }

    public static void main(String[] args) throws InterruptedException {
        int port = port(args);
        Optional<Instant> at = at(args);
        Optional<String> schedule = option(args, "--schedule");
        LocalRuntime runtime = start(port, option(args, "--profile").orElse(ComplaintsSettings.SAMPLE_PROFILE));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            runtime.close();
                            stopped.countDown();
                        },
                        "local-runtime-shutdown"));
        System.out.println(runtime.welcome());
        at.ifPresent(moment -> runtime.fireSafely(moment, schedule));
        runtime.schedules().startClock();
        runtime.listenForCommands();
        stopped.await();
    }

    /**
     * While it runs, the terminal takes {@code at 2026-12-24T07:00 [schedule]}, so a demo can submit complaints and then
     * sweep as if it were any later morning, without losing the in-memory table to a restart.
     */
    private void listenForCommands() {
        Thread reader = new Thread(
                () -> {
                    var in = new java.io.BufferedReader(
                            new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
                    try {
                        for (String line = in.readLine(); line != null; line = in.readLine()) {
                            String[] words = line.trim().split("\\s+");
                            if (words.length >= 2 && words[0].equals("at")) {
                                try {
                                    Optional<Instant> moment = at(new String[] {"--at", words[1]});
                                    moment.ifPresent(m ->
                                            fireSafely(m, words.length > 2 ? Optional.of(words[2]) : Optional.empty()));
                                } catch (IllegalArgumentException e) {
                                    System.err.println(e.getMessage());
                                }
                            } else if (!line.isBlank()) {
                                System.out.println("Type: at 2026-12-24T07:00 [deadline-check]");
                            }
                        }
                    } catch (java.io.IOException e) {
                        // No terminal (CI, a pipe that closed): the schedules still run on the clock.
                    }
                },
                "local-runtime-commands");
        reader.setDaemon(true);
        reader.start();
    }

    private void fireSafely(Instant moment, Optional<String> schedule) {
        try {
            fireAsIf(moment, schedule);
        } catch (IllegalArgumentException e) {
            // Ours: an unknown schedule name, listing the known ones.
            System.err.println(e.getMessage());
        } catch (RuntimeException e) {
            // The class only: a handler's message may quote the data it failed on. The runtime stays up.
            System.err.println("Firing failed: " + e.getClass().getName());
        }
    }

    /** Fires the named schedule, or every one, as if it were {@code at}; the answer goes to the terminal. */
    void fireAsIf(Instant moment, Optional<String> name) {
        List<LocalSchedules.Fired> fired = name.isPresent()
                ? name.map(n -> schedules.find(n).stream()
                                .map(s -> schedules.fire(s, moment))
                                .toList())
                        .get()
                : schedules.fireAll(moment);
        StringBuilder text = new StringBuilder("\n  Fired as if it were ")
                .append(moment.atZone(LONDON))
                .append(":\n");
        fired.forEach(f -> text.append("    ").append(f).append('\n'));
        text.append("  Emails it sent: ").append(standIns.sesEndpoint()).append('\n');
        System.out.println(text);
    }

    String welcome() {
        StringBuilder text =
                new StringBuilder("\nChildren's complaints, running locally. Ctrl-C stops everything.\n\n");
        text.append("  Complaint form:  ")
                .append(endpoint().resolve("/complaints/new"))
                .append('\n');
        text.append("  Staff pages:     ")
                .append(endpoint().resolve("/staff"))
                .append(" (choose a demo user to sign in)\n");
        text.append("  Sent emails:     ").append(standIns.sesEndpoint()).append(" (the SES emulator's page)\n");
        text.append("  DynamoDB:        ")
                .append(standIns.dynamoEndpoint())
                .append(", table ")
                .append(tableName)
                .append('\n');
        text.append("  Events:          ")
                .append(bus.endpoint())
                .append(" (the local EventBridge; each event it takes is logged here)\n");
        text.append("  Logs:            stand-ins under target/stand-ins/, requests here (method, route, status)\n");
        text.append("\n  Routes:\n");
        bridge.routes()
                .forEach(r -> text.append("    ")
                        .append(r.routeKey())
                        .append("  -> ")
                        .append(r.functionId())
                        .append('\n'));
        text.append("\n  Demo staff (local only; a new key each start; tokens last ")
                .append(LocalStaffTokens.LIFETIME.toMinutes())
                .append(" minutes, more from POST ")
                .append(endpoint().resolve("/local/token"))
                .append(" {\"user\":\"officer\"}):\n");
        List<LocalStaffTokens.DemoUser> staff = bridge.tokens().users();
        staff.forEach(u -> text.append("    ")
                .append(u.username())
                .append(" ")
                .append(u.groups())
                .append(u.teams() == null ? "" : " teams " + u.teams())
                .append("\n      ")
                .append(bridge.tokens().issue(u))
                .append('\n'));
        text.append(
                "\n  Schedules (fired on this machine's clock while it runs; --at fires one as if it were then):\n");
        schedules
                .nextFireTimes(Instant.now())
                .forEach((s, next) -> text.append("    ")
                        .append(s.name())
                        .append("  ")
                        .append(s.expression())
                        .append("  -> ")
                        .append(s.functionId())
                        .append(", next ")
                        .append(next.map(n -> n.atZone(s.expression().zone()).toString())
                                .orElse(s.enabled() ? "never" : "never (disabled)"))
                        .append('\n'));
        return text.toString();
    }

    /**
     * {@code --at 2026-12-24T07:00} (London time), or with an offset or {@code Z}
     * ({@code 2026-12-24T07:00:00Z}).
     */
    static Optional<Instant> at(String[] args) {
        return option(args, "--at").map(text -> {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notAnInstant) {
                try {
                    return LocalDateTime.parse(text).atZone(LONDON).toInstant();
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(
                            "--at " + text + ": expected 2026-12-24T07:00 (London time) " + "or 2026-12-24T07:00:00Z",
                            e);
                }
            }
        });
    }

    static Optional<String> option(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return Optional.of(args[i + 1]);
            }
            if (args[i].startsWith(name + "=")) {
                return Optional.of(args[i].substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    static int port(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--port") && i + 1 < args.length) {
                return Integer.parseInt(args[i + 1]);
            }
            if (args[i].startsWith("--port=")) {
                return Integer.parseInt(args[i].substring("--port=".length()));
            }
        }
        return DEFAULT_PORT;
    }
}
