package uk.childrenscomplaints.complaint.infrastructure;

import io.micronaut.context.BeanContext;
import io.micronaut.context.BeanProvider;
import io.micronaut.crac.OrderedResource;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crac.Context;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.childrenscomplaints.observability.QuietWhilePriming;

/**
 * With SnapStart, Lambda snapshots the function after initialisation, and a restore pays for whatever the first
 * request touches first. So before the snapshot this runs the {@link PrimingStep}s the function's handler registered
 * (synthetic requests through the handler itself, or the scheduled function's read-only paths), which build the beans
 * the handler uses and load routing, serde, validation and templates; then it reads an item no complaint has, and
 * each {@link ClientPriming} touches its SDK client if those beans built it (a read that finds nothing, an email or an
 * event mapped in memory). Nothing is written or sent.
 *
 * <p>The one CRaC resource of every function (decision 039). Without a checkpoint (locally, in tests, or without
 * SnapStart) nothing here runs and nothing is built early. The steps' own log lines are dropped ({@link
 * QuietWhilePriming}): their refusals are on purpose; one line says priming ran and what it touched.
 */
@Singleton
public class SnapStartPriming implements OrderedResource {
    /**
     * The item key priming reads (pk and sk alike): no complaint has it. A function whose role reads no other item
     * may read this one (template.yaml's SnapStartPrimingPolicy).
     */
    public static final String PRIMING_KEY = "PRIMING";
    /** The SES template priming asks for; it does not exist, and the answer is what primes. */
    public static final String PRIMING_TEMPLATE = "priming";
    /** The id priming's email and event are about: a well-formed id no complaint has. */
    public static final String PRIMING_COMPLAINT_ID = "00000000-0000-4000-8000-000000000000";

    private static final Logger LOG = LoggerFactory.getLogger(SnapStartPriming.class);

    private final BeanContext beans;
    private final BeanProvider<DynamoDbClient> dynamo;
    private final ComplaintsConfiguration config;

    public SnapStartPriming(BeanContext beans, BeanProvider<DynamoDbClient> dynamo, ComplaintsConfiguration config) {
        this.beans = beans;
        this.dynamo = dynamo;
        this.config = config;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        List<String> touched = new ArrayList<>();
        QuietWhilePriming.run(() -> {
            for (PrimingStep step : beans.getBeansOfType(PrimingStep.class)) {
                touched.add(attempt(step::prime, step.getClass().getSimpleName()));
            }
            touched.add(attempt(this::readNothing, "DynamoDB"));
            for (ClientPriming client : beans.getBeansOfType(ClientPriming.class)) {
                touched.add(attempt(client::prime, client.getClass().getSimpleName()));
            }
        });
        LOG.info("SnapStart priming ran: {}", String.join("; ", touched));
    }

    /** A step that fails is named in the line and does not stop the others: priming is an optimisation. */
    private static String attempt(java.util.function.Supplier<String> work, String name) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            return name + " did not complete (" + e.getClass().getSimpleName() + ")";
        }
    }

    private String readNothing() {
        // A key no complaint has: the read exercises the client's whole request path and finds nothing.
        dynamo.get()
                .getItem(r -> r.tableName(config.tableName())
                        .key(Map.of("pk", AttributeValue.fromS(PRIMING_KEY), "sk", AttributeValue.fromS(PRIMING_KEY))));
        return "DynamoDB GetItem " + PRIMING_KEY;
    }

    /**
     * Whether the function's beans built one of {@code type} already: a function whose handler never reaches a client
     * (its wiring is lazy) is not made to build it, or need a permission, for priming's sake.
     */
    static boolean built(BeanContext beans, Class<?> type) {
        return !beans.getActiveBeanRegistrations(type).isEmpty();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: the SDK reopens connections it finds closed.
    }
}
