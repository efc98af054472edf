package uk.childrenscomplaints.complaint.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.MessageId;
import uk.childrenscomplaints.complaint.application.ports.NotificationClaim;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.TeamName;

/** Passes everything to another repository; a test overrides the one call it wants to race or break. */
public class DelegatingComplaints implements Complaints {
    private final Complaints inner;

    public DelegatingComplaints(Complaints inner) {
        this.inner = inner;
    }

    @Override
    public AddResult add(Complaint complaint) {
        return inner.add(complaint);
    }

    @Override
    public Optional<Complaint> find(ComplaintId id) {
        return inner.find(id);
    }

    @Override
    public SaveResult save(Complaint complaint, long expectedVersion) {
        return inner.save(complaint, expectedVersion);
    }

    @Override
    public OwedNotifications owedNotifications() {
        return inner.owedNotifications();
    }

    @Override
    public Page findDueBy(LocalDate date, String pageToken, int pageSize) {
        return inner.findDueBy(date, pageToken, pageSize);
    }

    @Override
    public List<Complaint> receivedIn(FinancialQuarter quarter, LocalDate from, LocalDate to) {
        return inner.receivedIn(quarter, from, to);
    }

    @Override
    public List<Complaint> inState(ComplaintState state, TeamName team) {
        return inner.inState(state, team);
    }

    @Override
    public Reference nextReference(int financialYear) {
        return inner.nextReference(financialYear);
    }

    @Override
    public NotificationClaim claimNotification(ComplaintId id, String key) {
        return inner.claimNotification(id, key);
    }

    @Override
    public void releaseNotification(ComplaintId id, String key) {
        inner.releaseNotification(id, key);
    }

    @Override
    public void awaitConfirmation(ComplaintId id, String key) {
        inner.awaitConfirmation(id, key);
    }

    @Override
    public boolean confirmNotificationSent(ComplaintId id, String key, MessageId messageId) {
        return inner.confirmNotificationSent(id, key, messageId);
    }

    @Override
    public void markNotificationSent(ComplaintId id, String key, Optional<MessageId> messageId) {
        inner.markNotificationSent(id, key, messageId);
    }

    @Override
    public void markNotificationSuppressed(ComplaintId id, String key, String why) {
        inner.markNotificationSuppressed(id, key, why);
    }

    @Override
    public void markNotificationSettled(ComplaintId id, String key, String action, String detail) {
        inner.markNotificationSettled(id, key, action, detail);
    }

    @Override
    public void removeFromOutbox(ComplaintId id, String key) {
        inner.removeFromOutbox(id, key);
    }

    @Override
    public IdPage withOutbox(String pageToken, int pageSize) {
        return inner.withOutbox(pageToken, pageSize);
    }
}
