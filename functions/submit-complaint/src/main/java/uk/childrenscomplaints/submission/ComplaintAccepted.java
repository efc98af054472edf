package uk.childrenscomplaints.submission;

import java.time.LocalDate;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.web.JsonBodies;

/**
 * The API's answer to an accepted complaint. {@code respondBy} is null when the procedure runs no statutory clock;
 * {@code replayed} is true when this is the answer to a retry (same Idempotency-Key, same body) and nothing new was
 * stored. Every field is always written, a null one as {@code null}; dates as ISO-8601 ({@code 2026-11-30}). Written
 * with jackson-core ({@link #json()}, decision 045).
 */
public record ComplaintAccepted(
        String reference,
        LocalDate receivedOn,
        LocalDate respondBy,
        String procedure,
        boolean lateMatter,
        boolean replayed) {

    static ComplaintAccepted of(Complaint c, boolean replayed) {
        return new ComplaintAccepted(
                c.reference().toString(),
                c.intake().receivedOn(),
                c.parts().stage1() == null ? null : c.parts().stage1().dueOn(),
                c.intake().procedure().code(),
                c.intake().lateMatter(),
                replayed);
    }

    /** This answer as JSON, UTF-8. */
    byte[] json() {
        return JsonBodies.write(json -> {
            json.writeStartObject();
            json.writeStringField("reference", reference);
            json.writeStringField("receivedOn", receivedOn == null ? null : receivedOn.toString());
            json.writeStringField("respondBy", respondBy == null ? null : respondBy.toString());
            json.writeStringField("procedure", procedure);
            json.writeBooleanField("lateMatter", lateMatter);
            json.writeBooleanField("replayed", replayed);
            json.writeEndObject();
        });
    }
}
