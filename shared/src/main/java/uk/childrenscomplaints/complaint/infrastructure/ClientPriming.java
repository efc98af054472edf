package uk.childrenscomplaints.complaint.infrastructure;

/**
 * Touches one SDK client before a SnapStart checkpoint, when the function's {@link PrimingStep}s left it built: a read
 * that finds nothing, or a message mapped in memory. Nothing is written or sent. {@link SnapStartPriming} runs every
 * one it finds after the steps. Each lives beside its client's adapter and requires the client's SDK classes, so a
 * function whose jar leaves that SDK out (the submission function sends no email and publishes no event: decision 045)
 * has no such bean and never names the client.
 */
public interface ClientPriming {
    /** Touches the client if it was built; answers what it did, for the one line priming logs. */
    String prime();
}
