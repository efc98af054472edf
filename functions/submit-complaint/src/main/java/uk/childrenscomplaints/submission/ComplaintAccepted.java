package uk.childrenscomplaints.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import uk.childrenscomplaints.complaint.model.Complaint;

/**
 * The API's answer to an accepted complaint. {@code respondBy} is null when the procedure runs no statutory clock;
 * {@code replayed} is true when this is the answer to a retry (same Idempotency-Key, same body) and nothing new was
 * stored.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
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
}
