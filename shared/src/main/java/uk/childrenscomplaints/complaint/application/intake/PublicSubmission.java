package uk.childrenscomplaints.complaint.application.intake;

/**
 * Where a public submission came from, as the use case needs it.
 *
 * @param idempotencyKey the API's {@code Idempotency-Key} or the form's token; null or blank: none (never a replay)
 * @param sourceAddress the client's address as API Gateway saw it, for the per-source limit only: hashed with a key
 *     before it is stored, never logged
 */
public record PublicSubmission(Channel channel, String idempotencyKey, String sourceAddress) {

    /** Each channel is its own key space: the same key on the API and on the form is two keys. */
    public enum Channel {
        API("api"),
        FORM("form");

        private final String scope;

        Channel(String scope) {
            this.scope = scope;
        }

        String scope() {
            return scope;
        }
    }
}
