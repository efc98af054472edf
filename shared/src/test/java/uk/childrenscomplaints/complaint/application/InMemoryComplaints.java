package uk.childrenscomplaints.complaint.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.MessageId;
import uk.childrenscomplaints.complaint.application.ports.NotificationClaim;
import uk.childrenscomplaints.complaint.application.ports.SendLease;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintParts;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.TeamName;

/** The repository's contract in memory, for fast use-case tests; the real one is tested against dynalite. */
public final class InMemoryComplaints implements Complaints {
    private final Map<ComplaintId, Complaint> stored = new ConcurrentHashMap<>();
    private final AtomicInteger references = new AtomicInteger();
    /** Send leases by complaint and key, with their expiry in epoch seconds. */
    private final Map<String, Long> leases = new ConcurrentHashMap<>();

    private final Clock clock;

    public InMemoryComplaints() {
        this(Clock.systemUTC());
    }

    /** @param clock what a send lease's expiry is measured against */
    public InMemoryComplaints(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized AddResult add(Complaint c) {
        if (stored.containsKey(c.id())) {
            return AddResult.ALREADY_EXISTS;
        }
        stored.put(c.id(), copy(c, 1, c.parts()));
        return AddResult.ADDED;
    }

    /** How many complaints are stored, for tests that prove nothing was. */
    public synchronized int size() {
        return stored.size();
    }

    @Override
    public Optional<Complaint> find(ComplaintId id) {
        return Optional.ofNullable(stored.get(id)).map(c -> copy(c, c.version(), c.parts()));
    }

    @Override
    public synchronized SaveResult save(Complaint c, long expectedVersion) {
        Complaint now = stored.get(c.id());
        if (now == null || now.version() != expectedVersion) {
            return SaveResult.STALE;
        }
        Set<String> outbox = new LinkedHashSet<>(now.parts().outbox());
        outbox.addAll(c.newlyOwed());
        Set<String> sent = new LinkedHashSet<>(now.parts().notificationsSent());
        sent.addAll(c.carriedSent());
        stored.put(
                c.id(),
                copy(
                        c,
                        expectedVersion + 1,
                        c.parts().withNotificationsSent(sent).withOutbox(outbox)));
        return SaveResult.SAVED;
    }

    @Override
    public Page findDueBy(LocalDate date, String pageToken, int pageSize) {
        List<Complaint> due = stored.values().stream()
                .filter(c -> c.nextDeadline().filter(d -> !d.isAfter(date)).isPresent())
                .sorted(Comparator.comparing(c -> c.nextDeadline().orElseThrow()))
                .toList();
        return new Page(due, null, due.size());
    }

    @Override
    public List<Complaint> receivedIn(FinancialQuarter quarter, LocalDate from, LocalDate to) {
        return stored.values().stream()
                .filter(c -> FinancialQuarter.of(c.intake().receivedOn()).equals(quarter))
                .filter(c -> !c.intake().receivedOn().isBefore(from)
                        && !c.intake().receivedOn().isAfter(to))
                .toList();
    }

    @Override
    public List<Complaint> inState(ComplaintState state, TeamName team) {
        return stored.values().stream()
                .filter(c -> c.state() == state)
                .filter(c -> team == null
                        || (c.intake().team() != null
                                && c.intake().team().value().equalsIgnoreCase(team.value())))
                .toList();
    }

    @Override
    public Reference nextReference(int financialYear) {
        return new Reference(financialYear, references.incrementAndGet());
    }

    @Override
    public synchronized NotificationClaim claimNotification(ComplaintId id, String key) {
        Complaint c = stored.get(id);
        if (c == null
                || (c.parts().notificationsSent().contains(key)
                        && !c.parts().outbox().contains(key))) {
            return NotificationClaim.ALREADY_SENT;
        }
        Long lease = leases.get(id.value() + "|" + key);
        long now = clock.instant().getEpochSecond();
        if (lease != null && lease >= now) {
            return NotificationClaim.HELD;
        }
        leases.put(id.value() + "|" + key, SendLease.expiryAt(clock.instant()));
        return NotificationClaim.CLAIMED;
    }

    @Override
    public synchronized void releaseNotification(ComplaintId id, String key) {
        leases.remove(id.value() + "|" + key);
    }

    /** Keeps the lease; the timeline entry is the real repository's (tested against dynalite). */
    @Override
    public synchronized void awaitConfirmation(ComplaintId id, String key) {}

    @Override
    public synchronized boolean confirmNotificationSent(ComplaintId id, String key, MessageId messageId) {
        Complaint c = stored.get(id);
        if (c == null
                || (c.parts().notificationsSent().contains(key)
                        && !c.parts().outbox().contains(key))) {
            return false;
        }
        markNotificationSent(id, key, Optional.of(messageId));
        return true;
    }

    @Override
    public synchronized void markNotificationSent(ComplaintId id, String key, Optional<MessageId> messageId) {
        leases.remove(id.value() + "|" + key);
        Complaint c = stored.get(id);
        Set<String> sent = new LinkedHashSet<>(c.parts().notificationsSent());
        sent.add(key);
        Set<String> owed = new LinkedHashSet<>(c.parts().outbox());
        owed.remove(key);
        stored.put(
                id, copy(c, c.version(), c.parts().withNotificationsSent(sent).withOutbox(owed)));
    }

    /** Settled like a send; the timeline entry is the real repository's (tested against dynalite). */
    @Override
    public synchronized void markNotificationSuppressed(ComplaintId id, String key, String why) {
        markNotificationSent(id, key, Optional.empty());
    }

    @Override
    public synchronized void removeFromOutbox(ComplaintId id, String key) {
        Complaint c = stored.get(id);
        Set<String> owed = new LinkedHashSet<>(c.parts().outbox());
        owed.remove(key);
        stored.put(id, copy(c, c.version(), c.parts().withOutbox(owed)));
    }

    @Override
    public IdPage withOutbox(String pageToken, int pageSize) {
        return new IdPage(
                new ArrayList<>(stored.values().stream()
                        .filter(c -> !c.parts().outbox().isEmpty())
                        .map(Complaint::id)
                        .toList()),
                null);
    }

    @Override
    public OwedNotifications owedNotifications() {
        int owing = (int) stored.values().stream()
                .filter(c -> !c.parts().outbox().isEmpty())
                .count();
        return new OwedNotifications(owing, java.util.Optional.empty());
    }

    private static Complaint copy(Complaint c, long version, ComplaintParts parts) {
        Complaint copied =
                Complaint.restore(c.id(), c.reference(), version, c.intake(), c.state(), parts, c.timeline());
        c.calendarVersion().ifPresent(copied::stampCalendarVersion);
        copied.restoreDataProtection(c.dataProtection());
        copied.restorePostedLetters(c.postedLetters());
        return copied;
    }
}
