package uk.childrenscomplaints.relay;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Lambda's partial batch response for a stream (ReportBatchItemFailures in template.yaml): the sequence numbers of
 * the records whose complaint could not be relayed, so Lambda retries from those and not the whole batch. Empty when
 * all went.
 */
@Serdeable
public record RelayResponse(List<Failure> batchItemFailures) {

    /** One record to retry, named by its stream sequence number (an id, never data). */
    @Serdeable
    public record Failure(String itemIdentifier) {}
}
