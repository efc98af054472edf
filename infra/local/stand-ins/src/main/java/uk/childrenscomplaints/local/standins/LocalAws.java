package uk.childrenscomplaints.local.standins;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/** What one test class gets from {@link LocalAwsExtension}: shared stand-ins and a table of its own. */
public final class LocalAws {

    private final LocalStandIns standIns;
    private final TemplateTables tables;
    private final String prefix;
    private final String tableName;

    LocalAws(LocalStandIns standIns, TemplateTables tables, Class<?> testClass) {
        this.standIns = standIns;
        this.tables = tables;
        this.prefix = prefixFor(testClass);
        this.tableName = createFreshTable();
    }

    public DynamoDbClient dynamoDb() {
        return standIns.dynamoDb();
    }

    /** This test class's table, built from template.yaml. */
    public String tableName() {
        return tableName;
    }

    public URI dynamoEndpoint() {
        return standIns.dynamoEndpoint();
    }

    public URI sesEndpoint() {
        return standIns.sesEndpoint();
    }

    /**
     * An SES client for the emulator that hands every SendEmail request to {@code sent} as the SDK sends it: the
     * emulator keeps neither the configuration set nor the tags, so tests of those read the requests themselves.
     */
    public SesV2Client sesClientSeeing(Consumer<SendEmailRequest> sent) {
        return SesV2Client.builder()
                .endpointOverride(sesEndpoint())
                .region(LocalStandIns.REGION)
                .credentialsProvider(LocalStandIns.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                        if (context.request() instanceof SendEmailRequest send) {
                            sent.accept(send);
                        }
                    }
                }))
                .build();
    }

    public SesMailbox mailbox() {
        return standIns.mailbox();
    }

    /**
     * SES's "Email Sent" events for what the emulator accepted, played onto {@code bus} by {@code playNew()}
     * (decision 025): nothing local publishes them. One player per test, as it remembers what it played.
     */
    public SesEventsPlayer sesEvents(LocalEventBus bus) {
        return new SesEventsPlayer(sesEndpoint(), bus);
    }

    public LocalStandIns standIns() {
        return standIns;
    }

    /** Another empty table with the template's keys and indexes, for tests that need isolation within a class. */
    public String createFreshTable() {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        tables.createTable(dynamoDb(), name);
        return name;
    }

    /** The table again, empty, after dynalite was killed and restarted (which loses every table). */
    public void recreateTable(String name) {
        tables.createTable(dynamoDb(), name);
    }

    // Table names allow [a-zA-Z0-9_.-], 3 to 255 characters; the class name makes dynalite logs readable.
    private static String prefixFor(Class<?> testClass) {
        String prefix = ("t-" + testClass.getSimpleName().replaceAll("[^A-Za-z0-9_.-]", "")).toLowerCase(Locale.ROOT);
        return prefix.length() > 60 ? prefix.substring(0, 60) : prefix;
    }
}
