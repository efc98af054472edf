package uk.childrenscomplaints.complaint.application.deadlines;

import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.Deliveries;
import uk.childrenscomplaints.complaint.application.ports.MessageId;
import uk.childrenscomplaints.complaint.application.ports.SendMarker;

/**
 * The mail service said it sent an email (SES's "Email Sent" event): make the send-once mark the email names, as its
 * sender would have on hearing SES's answer (decision 025). A sender whose send timed out keeps its lease; this is
 * what settles it, so the next run does not send it again. Idempotent: a second event, or the sender's own late mark,
 * changes nothing.
 */
public final class ConfirmingSends {

    private final Complaints complaints;
    private final Deliveries deliveries;

    public ConfirmingSends(Complaints complaints, Deliveries deliveries) {
        this.complaints = complaints;
        this.deliveries = deliveries;
    }

    public enum Result {
        /** This confirmation made the mark. */
        CONFIRMED,
        /** Marked already (by the sender, or an earlier event), or nothing to mark: nothing changed. */
        ALREADY_MARKED
    }

    public Result confirm(SendMarker marker, MessageId messageId) {
        boolean changed = marker.isDelivery()
                ? deliveries.confirmSent(marker.key(), messageId)
                : complaints.confirmNotificationSent(marker.complaint(), marker.key(), messageId);
        return changed ? Result.CONFIRMED : Result.ALREADY_MARKED;
    }
}
