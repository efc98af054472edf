package uk.childrenscomplaints.complaint.application.deadlines;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;

/**
 * The outbox relay (decision 035): the request paths store a change with what it owes and answer at once; this sends
 * it afterwards. Told which complaints changed (in AWS by the table's stream, locally from the outbox index), it reads
 * each afresh and sends what it still owes through {@link SendingOwedNotifications}, whose claims keep every notice
 * to one send however often a complaint is relayed. A complaint that owes nothing costs the one read.
 */
public final class RelayingOwedNotifications {
    private final Complaints complaints;
    private final SendingOwedNotifications sending;

    public RelayingOwedNotifications(Complaints complaints, SendingOwedNotifications sending) {
        this.complaints = complaints;
        this.sending = sending;
    }

    /** What became of one complaint. */
    public enum Status {
        /** Gone (never stored, or removed): nothing to send. */
        NOT_FOUND,
        /** Its outbox was empty when read: the change owed nothing, or an earlier relay sent it. */
        NOTHING_OWED,
        /** Every owed send was made, was already made, or is settled or held by another run. */
        RELAYED,
        /** A send failed (SES or EventBridge did not take it), or the table could not be read: it is still owed. */
        FAILED
    }

    /** One complaint's outcome, in ids and counts only. */
    public record Relayed(ComplaintId id, Status status, SendingOwedNotifications.Counts counts) {
        public boolean failed() {
            return status == Status.FAILED;
        }
    }

    /** A batch's outcome: one entry per distinct complaint, in the order first named. */
    public record Batch(List<Relayed> complaints) {
        public List<ComplaintId> failed() {
            return complaints.stream().filter(Relayed::failed).map(Relayed::id).toList();
        }

        public int sent() {
            return complaints.stream().mapToInt(r -> r.counts().sent()).sum();
        }

        public long owedNothing() {
            return complaints.stream()
                    .filter(r -> r.status() == Status.NOTHING_OWED)
                    .count();
        }
    }

    /**
     * Relays each complaint once, however many times the batch names it (a stream names one per change), and goes on
     * after a failure, so one complaint's outage does not hold up the others.
     */
    public Batch relay(List<ComplaintId> ids) {
        Map<ComplaintId, Relayed> done = new LinkedHashMap<>();
        for (ComplaintId id : ids) {
            done.computeIfAbsent(id, this::relayOne);
        }
        return new Batch(new ArrayList<>(done.values()));
    }

    private Relayed relayOne(ComplaintId id) {
        SendingOwedNotifications.Counts none = new SendingOwedNotifications.Counts(0, 0, 0);
        try {
            Optional<Complaint> found = complaints.find(id);
            if (found.isEmpty()) {
                return new Relayed(id, Status.NOT_FOUND, none);
            }
            if (found.get().parts().outbox().isEmpty()) {
                return new Relayed(id, Status.NOTHING_OWED, none);
            }
            SendingOwedNotifications.Counts counts = sending.sendOwed(found.get());
            return new Relayed(id, counts.failed() > 0 ? Status.FAILED : Status.RELAYED, counts);
        } catch (RuntimeException e) {
            // The table (or a claim on it) could not be reached: still owed, and the caller has it tried again. The
            // exception's message is not kept: an SDK message may quote the request.
            return new Relayed(id, Status.FAILED, none);
        }
    }
}
