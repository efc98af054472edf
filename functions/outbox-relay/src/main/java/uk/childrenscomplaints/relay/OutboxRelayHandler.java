package uk.childrenscomplaints.relay;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childrenscomplaints.complaint.application.deadlines.RelayingOwedNotifications;
import uk.childrenscomplaints.complaint.infrastructure.FunctionContexts;
import uk.childrenscomplaints.complaint.model.ComplaintId;

/**
 * The outbox relay (decision 035): the table's KEYS_ONLY stream, filtered to complaint items, invokes this after
 * every insert or change, and {@link RelayingOwedNotifications} sends what each named complaint still owes. Thin:
 * read the records, relay, answer Lambda's partial batch response naming only the records whose complaint could not
 * be relayed (so only they are retried, then sent to the failed-invocations queue), and log one line of counts.
 */
public class OutboxRelayHandler extends MicronautRequestHandler<Map<String, Object>, RelayResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelayHandler.class);

    @Inject
    RelayingOwedNotifications relaying;

    /** The Lambda runtime's way in. */
    public OutboxRelayHandler() {
        super();
        RelayPriming.register(this);
    }

    /** For the local runtime and tests: the same handler over a context they configure. */
    public OutboxRelayHandler(ApplicationContextBuilder builder) {
        super(builder);
        RelayPriming.register(this);
    }

    /** Singletons made on first use, as every function's (decision 037). */
    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return FunctionContexts.lambda();
    }

    @Override
    public RelayResponse execute(Map<String, Object> input) {
        StreamRecords.Read read = StreamRecords.read(input);
        RelayingOwedNotifications.Batch batch = relaying.relay(read.complaints().stream()
                .map(StreamRecords.ComplaintChanged::id)
                .toList());
        Set<ComplaintId> failed = Set.copyOf(batch.failed());
        List<RelayResponse.Failure> failures = read.complaints().stream()
                .filter(r -> failed.contains(r.id()))
                .map(r -> new RelayResponse.Failure(r.sequenceNumber()))
                .toList();
        LOG.info(
                "outboxRelay records={} complaints={} sent={} owedNothing={} failed={} ignored={}",
                read.complaints().size() + read.ignored(),
                batch.complaints().size(),
                batch.sent(),
                batch.owedNothing(),
                failed.size(),
                read.ignored());
        return new RelayResponse(failures);
    }
}
