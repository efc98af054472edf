package uk.childrenscomplaints.complaint.application;

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

    @Override
    public synchronized AddResult add(Complaint c) {
        if (stored.containsKey(c.id())) {
            return AddResult.ALREADY_EXISTS;
        }
        stored.put(c.id(), copy(c, 1, c.parts()));
        return AddResult.ADDED;
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
        stored.put(
                c.id(),
                copy(
                        c,
                        expectedVersion + 1,
                        c.parts()
                                .withNotificationsSent(now.parts().notificationsSent())
                                .withOutbox(outbox)));
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
    public synchronized boolean claimNotification(ComplaintId id, String key) {
        Complaint c = stored.get(id);
        if (c == null || c.parts().notificationsSent().contains(key)) {
            return false;
        }
        Set<String> sent = new LinkedHashSet<>(c.parts().notificationsSent());
        sent.add(key);
        stored.put(id, copy(c, c.version(), c.parts().withNotificationsSent(sent)));
        return true;
    }

    @Override
    public synchronized void releaseNotification(ComplaintId id, String key) {
        Complaint c = stored.get(id);
        Set<String> sent = new LinkedHashSet<>(c.parts().notificationsSent());
        sent.remove(key);
        stored.put(id, copy(c, c.version(), c.parts().withNotificationsSent(sent)));
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
        return Complaint.restore(c.id(), c.reference(), version, c.intake(), c.state(), parts, c.timeline());
    }
}
