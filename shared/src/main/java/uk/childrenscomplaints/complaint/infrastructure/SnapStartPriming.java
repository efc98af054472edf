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
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import uk.childrenscomplaints.complaint.application.ports.Addressee;
import uk.childrenscomplaints.complaint.application.ports.DomainEvents;
import uk.childrenscomplaints.complaint.application.ports.Email;
import uk.childrenscomplaints.complaint.application.ports.EmailTemplate;
import uk.childrenscomplaints.complaint.application.ports.Mailer;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.observability.QuietWhilePriming;

/**
 * With SnapStart, Lambda snapshots the function after initialisation, and a restore pays for whatever the first
 * request touches first. So before the snapshot this runs the {@link PrimingStep}s the function's handler registered
 * (synthetic requests through the handler itself, or the scheduled function's read-only paths), which build the beans
 * the handler uses and load routing, serde, validation and templates; then it touches each SDK client those beans
 * built with a read that finds nothing, and maps an email and an event in memory. Nothing is written or sent.
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
    private final BeanProvider<SesV2Client> ses;
    private final BeanProvider<Mailer> mailer;
    private final BeanProvider<DomainEvents> events;
    private final ComplaintsConfiguration config;

    public SnapStartPriming(
            BeanContext beans,
            BeanProvider<DynamoDbClient> dynamo,
            BeanProvider<SesV2Client> ses,
            BeanProvider<Mailer> mailer,
            BeanProvider<DomainEvents> events,
            ComplaintsConfiguration config) {
        this.beans = beans;
        this.dynamo = dynamo;
        this.ses = ses;
        this.mailer = mailer;
        this.events = events;
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
            touched.add(attempt(this::askSes, "SES"));
            touched.add(attempt(this::mapEmailAndEvent, "mapping"));
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

    private String askSes() {
        if (!built(SesV2Client.class)) {
            return "no SES client built";
        }
        try {
            ses.get().getEmailTemplate(r -> r.templateName(PRIMING_TEMPLATE));
        } catch (SdkException e) {
            // NotFound is the expected answer; the round trip is what primes.
        }
        return "SES GetEmailTemplate " + PRIMING_TEMPLATE;
    }

    /** The acknowledgement's data and a ComplaintReceived detail, written as a send would, and kept. */
    private String mapEmailAndEvent() {
        List<String> mapped = new ArrayList<>();
        if (built(Mailer.class) && mailer.get() instanceof SesMailer ses) {
            ses.rehearse(new Email(
                            EmailTemplate.ACKNOWLEDGEMENT,
                            List.of("priming@example.invalid"),
                            List.of(),
                            Map.of(
                                    "complainantName", "",
                                    "reference", "CSC/2026/0000",
                                    "receivedOn", "1 January 2026",
                                    "respondBy", "15 January 2026",
                                    "procedureName", "",
                                    "statusLink", "",
                                    "councilName", ""))
                    .about(new ComplaintId(PRIMING_COMPLAINT_ID), Addressee.COMPLAINANT));
            mapped.add("acknowledgement email");
        }
        if (built(DomainEvents.class) && events.get() instanceof EventBridgeDomainEvents bus) {
            bus.rehearse(
                    "ComplaintReceived",
                    Map.of(
                            "complaintId",
                            PRIMING_COMPLAINT_ID,
                            "reference",
                            "CSC/2026/0000",
                            "team",
                            "unknown",
                            "categories",
                            List.of("decision"),
                            "receivedOn",
                            "2026-01-01",
                            "lateMatter",
                            false));
            mapped.add("ComplaintReceived event");
        }
        return mapped.isEmpty() ? "nothing to map" : "mapped " + String.join(" and ", mapped) + " in memory";
    }

    /**
     * Whether the function's beans built one already: a function whose handler never reaches SES (once its wiring is
     * lazy) is not made to build a client, or need a permission, for priming's sake.
     */
    private boolean built(Class<?> type) {
        return !beans.getActiveBeanRegistrations(type).isEmpty();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: the SDK reopens connections it finds closed.
    }
}
