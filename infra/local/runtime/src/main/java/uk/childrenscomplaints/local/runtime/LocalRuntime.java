package uk.childrenscomplaints.local.runtime;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.LocalStandIns;
import uk.childrenscomplaints.local.standins.SamTemplate;
import uk.childrenscomplaints.local.standins.TemplateTables;

/**
 * The whole system on one machine: the stand-ins, the table built from template.yaml, and the template's HTTP
 * functions behind {@link ApiGatewayBridge}. Run from the repository root with
 * {@code mvn -B -q install -DskipTests && mvn -B -q -pl infra/local/runtime exec:java}.
 */
public final class LocalRuntime implements AutoCloseable {

    public static final int DEFAULT_PORT = 3000;
    public static final String STAGE = "local";

    /** What the template leaves to the deployer, filled with addresses that cannot reach a real person. */
    static final Map<String, String> PARAMETERS = Map.of(
            "Stage", STAGE,
            "SenderEmail", "complaints@council.example",
            "ComplaintsTeamEmail", "complaints-team@council.example");

    private final LocalStandIns standIns;
    private final LocalEventBus bus;
    private final ApiGatewayBridge bridge;
    private final String tableName;

    private LocalRuntime(LocalStandIns standIns, LocalEventBus bus, ApiGatewayBridge bridge, String tableName) {
        this.standIns = standIns;
        this.bus = bus;
        this.bridge = bridge;
        this.tableName = tableName;
    }

    /** Starts everything; port 0 takes any free port. */
    public static LocalRuntime start(int port) {
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
            TemplateValues values = TemplateValues.of(template, resources, PARAMETERS);

            // The SDK settings are the same for every function, so they are set once, before any handler exists.
            Map<String, String> sdk = new LinkedHashMap<>(standIns.environment());
            sdk.put("AWS_ENDPOINT_URL_EVENTBRIDGE", bus.endpoint().toString());
            SdkSystemProperties.from(sdk).forEach(System::setProperty);
            List<LambdaFunction> functions = TemplateFunctions.from(template);
            ApiGatewayBridge bridge = ApiGatewayBridge.start(functions, port,
                    f -> values.resolveAll(f.logicalId(), f.environment()));
            return new LocalRuntime(standIns, bus, bridge, tableName);
        } catch (RuntimeException e) {
            if (bus != null) {
                bus.close();
            }
            standIns.close();
            throw e;
        }
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

    public String tableName() {
        return tableName;
    }

    public ApiGatewayBridge bridge() {
        return bridge;
    }

    @Override
    public void close() {
        bridge.close();
        bus.close();
        standIns.close();
    }

    public static void main(String[] args) throws InterruptedException {
        int port = port(args);
        LocalRuntime runtime = start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            stopped.countDown();
        }, "local-runtime-shutdown"));
        System.out.println(runtime.welcome());
        stopped.await();
    }

    String welcome() {
        StringBuilder text = new StringBuilder("\nChildren's complaints, running locally. Ctrl-C stops everything.\n\n");
        text.append("  Complaint form:  ").append(endpoint().resolve("/complaints/new")).append('\n');
        text.append("  Sent emails:     ").append(standIns.sesEndpoint()).append(" (the SES emulator's page)\n");
        text.append("  DynamoDB:        ").append(standIns.dynamoEndpoint()).append(", table ").append(tableName)
                .append('\n');
        text.append("  Events:          ").append(bus.endpoint())
                .append(" (the local EventBridge; each event it takes is logged here)\n");
        text.append("  Logs:            stand-ins under target/stand-ins/, requests here (method, route, status)\n");
        text.append("\n  Routes:\n");
        bridge.routes().forEach(r -> text.append("    ").append(r.routeKey()).append("  -> ")
                .append(r.functionId()).append('\n'));
        return text.toString();
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
