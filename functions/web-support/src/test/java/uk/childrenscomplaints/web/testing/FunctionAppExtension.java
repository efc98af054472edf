package uk.childrenscomplaints.web.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalAwsExtension;
import uk.childrenscomplaints.local.standins.LocalEventBus;

/**
 * {@code @RegisterExtension static final FunctionAppExtension function = ...}: the stand-ins ({@link
 * LocalAwsExtension}), the local event bus and any stand-in of the function's own (such as the user pool) for the
 * class; before each test a fresh table, an empty bus and mailbox; and the function's app on that table, as if it
 * were the class's instant, closed after the test. Constructor or method parameters of type {@link LocalAws},
 * {@link LocalEventBus}, {@link FunctionApp} (the test's app, started on first use) and the stand-in's own type are
 * resolved.
 */
public final class FunctionAppExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    /** A stand-in of the function's own, started once for the class, with the settings the app needs to reach it. */
    public interface StandIn extends AutoCloseable {
        Map<String, Object> properties();

        @Override
        void close();
    }

    private final LocalAwsExtension localAws = new LocalAwsExtension();
    private final Map<String, Object> settings;
    private final String instant;
    private final Supplier<? extends StandIn> standInFactory;
    private final List<FunctionApp> started = new ArrayList<>();
    private LocalAws aws;
    private LocalEventBus bus;
    private StandIn standIn;
    private String table;
    private FunctionApp app;

    private FunctionAppExtension(Map<String, Object> settings, String instant, Supplier<? extends StandIn> standIn) {
        this.settings = Map.copyOf(settings);
        this.instant = instant;
        this.standInFactory = standIn;
    }

    /**
     * The function's own settings (senders, secrets); the endpoints, table, bus and the clock are added. The app
     * runs on the real clock unless {@link #at(String)} says otherwise.
     */
    public static FunctionAppExtension withSettings(Map<String, Object> settings) {
        return new FunctionAppExtension(settings, null, null);
    }

    /** Each test's app as if it were this instant (ISO-8601, such as {@code 2027-01-04T10:00:00Z}). */
    public FunctionAppExtension at(String fixedInstant) {
        return new FunctionAppExtension(settings, fixedInstant, standInFactory);
    }

    public FunctionAppExtension withStandIn(Supplier<? extends StandIn> standIn) {
        return new FunctionAppExtension(settings, instant, standIn);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        localAws.beforeAll(context);
        aws = LocalAwsExtension.localAws(context);
        bus = LocalEventBus.start();
        standIn = standInFactory == null ? null : standInFactory.get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        bus.close();
        if (standIn != null) {
            standIn.close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        localAws.beforeEach(context);
        bus.clear();
        table();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        started.forEach(FunctionApp::close);
        started.clear();
        app = null;
        table = null;
    }

    public LocalAws aws() {
        return aws;
    }

    public LocalEventBus bus() {
        return bus;
    }

    /** This test's fresh table. */
    public String table() {
        if (table == null) {
            table = aws.createFreshTable();
        }
        return table;
    }

    /** This test's app, started on first use at the class's instant; closed after the test. */
    public FunctionApp app() {
        if (app == null) {
            app = start(instant);
        }
        return app;
    }

    /** Another app on this test's table, as if it were {@code fixedInstant} (null: the real clock). */
    public FunctionApp start(String fixedInstant) {
        return start(fixedInstant, Map.of());
    }

    /** As {@link #start(String)}, with settings that replace the usual ones (such as an SES that does not answer). */
    public FunctionApp start(String fixedInstant, Map<String, Object> overrides) {
        Map<String, Object> p = new HashMap<>();
        p.put("aws.services.dynamodb.endpoint-override", aws.dynamoEndpoint().toString());
        p.put("aws.services.sesv2.endpoint-override", aws.sesEndpoint().toString());
        p.put("aws.services.eventbridge.endpoint-override", bus.endpoint().toString());
        p.put("complaints.table-name", table());
        p.putAll(settings);
        if (standIn != null) {
            p.putAll(standIn.properties());
        }
        if (fixedInstant != null) {
            p.put("test.clock.instant", fixedInstant);
        }
        p.putAll(overrides);
        FunctionApp started = new FunctionApp(p, table());
        this.started.add(started);
        return started;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LocalAws.class
                || type == LocalEventBus.class
                || type == FunctionApp.class
                || (standIn != null && type.isInstance(standIn));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == LocalAws.class) {
            return aws;
        }
        if (type == LocalEventBus.class) {
            return bus;
        }
        if (type == FunctionApp.class) {
            return app();
        }
        return standIn;
    }
}
