package uk.childrenscomplaints.complaint.infrastructure;

import io.micronaut.context.BeanProvider;
import io.micronaut.crac.OrderedResource;
import jakarta.inject.Singleton;
import java.util.Map;
import org.crac.Context;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * With SnapStart, Lambda snapshots the function after initialisation. Touching the DynamoDB and SES clients just
 * before the snapshot loads their classes, marshallers and HTTP connections into it, so the first complaint after a
 * restore does not pay for them. The clients are reached through providers: without a checkpoint (locally, in tests,
 * or without SnapStart) nothing here runs and nothing is built early.
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

    private static final Logger LOG = LoggerFactory.getLogger(SnapStartPriming.class);

    private final BeanProvider<DynamoDbClient> dynamo;
    private final BeanProvider<SesV2Client> ses;
    private final ComplaintsConfiguration config;

    public SnapStartPriming(
            BeanProvider<DynamoDbClient> dynamo, BeanProvider<SesV2Client> ses, ComplaintsConfiguration config) {
        this.dynamo = dynamo;
        this.ses = ses;
        this.config = config;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        try {
            // A key no complaint has: the read exercises the whole request path and finds nothing.
            dynamo.get()
                    .getItem(r -> r.tableName(config.tableName())
                            .key(Map.of(
                                    "pk", AttributeValue.fromS(PRIMING_KEY), "sk", AttributeValue.fromS(PRIMING_KEY))));
        } catch (SdkException e) {
            LOG.warn("priming DynamoDB did not complete: {}", e.getClass().getSimpleName());
        }
        try {
            ses.get().getEmailTemplate(r -> r.templateName(PRIMING_TEMPLATE));
        } catch (SdkException e) {
            // NotFound is the expected answer; the round trip is what primes.
            LOG.debug("priming SES answered {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: the SDK reopens connections it finds closed.
    }
}
