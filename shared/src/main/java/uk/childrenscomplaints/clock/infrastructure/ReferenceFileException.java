package uk.childrenscomplaints.clock.infrastructure;

/**
 * A bank-holiday or timescales file that cannot be used. Unchecked because there is nothing a
 * caller can do but stop and report: deadlines must not be worked out from half a file.
 */
public final class ReferenceFileException extends RuntimeException {

    public ReferenceFileException(String origin, String problem) {
        super(origin + ": " + problem);
    }

    public ReferenceFileException(String origin, String problem, Throwable cause) {
        super(origin + ": " + problem, cause);
    }
}
