package uk.childrenscomplaints.complaint.application.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.DeliveryFailed;
import uk.childrenscomplaints.complaint.application.ports.Mailer;
import uk.childrenscomplaints.complaint.application.ports.MessageId;
import uk.childrenscomplaints.complaint.application.ports.NotificationClaim;
import uk.childrenscomplaints.complaint.application.ports.SendMarker;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.DeadlineChecks;
import uk.childrenscomplaints.complaint.model.DueNotice;
import uk.childrenscomplaints.complaint.model.NoticeKind;

/**
 * The daily sweep: reads only the complaints the deadline index says are due, sends each reminder or chaser once
 * (claimed on the complaint before sending, given back if the send fails), flags Stage 2 entitlement once, and retries
 * whatever the intake could not send. One bad complaint never stops the run.
 */
public final class ChasingLateResponses {
    public static final String SWEEP_ACTOR = "deadline sweep";
    private static final int PAGE_SIZE = 50;

    private final Complaints complaints;
    private final DeadlineChecks checks;
    private final DeadlineNotices notices;
    private final Mailer mailer;
    private final SendingOwedNotifications owed;
    private final Clock clock;

    public ChasingLateResponses(
            Complaints complaints,
            DeadlineChecks checks,
            DeadlineNotices notices,
            Mailer mailer,
            SendingOwedNotifications owed,
            Clock clock) {
        this.complaints = complaints;
        this.checks = checks;
        this.notices = notices;
        this.mailer = mailer;
        this.owed = owed;
        this.clock = clock;
    }

    /**
     * Counts only: this is what the run logs.
     *
     * @param overdue examined complaints whose council deadline had passed ({@link Complaint#isOverdue})
     * @param owed what the outbox still owes after the run: how many complaints, and since when the oldest
     */
    public record Counts(
            int examined,
            int overdue,
            int reminded,
            int chased,
            int flagged,
            int skipped,
            int failed,
            int outboxSent,
            boolean finished,
            Complaints.OwedNotifications owed) {}

    private static final class Tally {
        int examined;
        int overdue;
        int reminded;
        int chased;
        int flagged;
        int skipped;
        int failed;
    }

    public Counts run(LocalDate today, BooleanSupplier timeLeft) {
        Tally t = new Tally();
        String token = null;
        do {
            Complaints.Page page = complaints.findDueBy(checks.horizon(today), token, PAGE_SIZE);
            for (Complaint c : page.items()) {
                if (!timeLeft.getAsBoolean()) {
                    return counts(t, 0, false);
                }
                t.examined++;
                t.overdue += c.isOverdue(today) ? 1 : 0;
                for (DueNotice notice : checks.due(c, today)) {
                    handle(c, notice, today, t);
                }
            }
            token = page.nextPageToken();
        } while (token != null && timeLeft.getAsBoolean());
        if (token != null) {
            return counts(t, 0, false);
        }
        SendingOwedNotifications.Counts retried = owed.retryAll(PAGE_SIZE, timeLeft);
        t.failed += retried.failed();
        t.skipped += retried.held();
        return counts(t, retried.sent(), timeLeft.getAsBoolean());
    }

    private Counts counts(Tally t, int outboxSent, boolean finished) {
        return new Counts(
                t.examined,
                t.overdue,
                t.reminded,
                t.chased,
                t.flagged,
                t.skipped,
                t.failed,
                outboxSent,
                finished,
                owedNotifications());
    }

    /** What the outbox owes now, from its index: also asked on a day off, when nothing else runs. */
    public Complaints.OwedNotifications owedNotifications() {
        return complaints.owedNotifications();
    }

    private void handle(Complaint c, DueNotice notice, LocalDate today, Tally t) {
        if (notice.kind() == NoticeKind.STAGE2_ENTITLEMENT) {
            flag(c, today, t);
            return;
        }
        if (complaints.claimNotification(c.id(), notice.key()) != NotificationClaim.CLAIMED) {
            t.skipped++;
            return;
        }
        Optional<MessageId> messageId;
        try {
            messageId = mailer.sendForId(
                    notices.emailFor(c, notice, today).marking(SendMarker.notice(c.id(), notice.key())));
        } catch (DeliveryFailed e) {
            if (e.outcomeUnknown()) {
                // SES may have it: the lease stays until SES confirms the send or it runs out (decision 025).
                complaints.awaitConfirmation(c.id(), notice.key());
            } else {
                complaints.releaseNotification(c.id(), notice.key());
            }
            t.failed++;
            return;
        }
        complaints.markNotificationSent(c.id(), notice.key(), messageId);
        if (notice.kind() == NoticeKind.STAGE1_OVERDUE || notice.kind() == NoticeKind.STAGE1_DUE) {
            t.chased++;
        } else {
            t.reminded++;
        }
    }

    /**
     * Flags entitlement in a versioned write that also owes the team notice, the complainant's letter and the event,
     * so they go out (and are retried) through the outbox. The index copy may be stale: on a conflict, read afresh.
     */
    private void flag(Complaint fromIndex, LocalDate today, Tally t) {
        Optional<Complaint> current = Optional.of(fromIndex);
        for (int attempt = 0; attempt < 3 && current.isPresent(); attempt++) {
            Complaint c = current.get();
            if (!c.flagStage2Entitlement(today, new Change(SWEEP_ACTOR, Instant.now(clock)))
                    .isAllowed()) {
                t.skipped++;
                return;
            }
            c.owe(Notifications.ON_STAGE2_ENTITLEMENT);
            if (complaints.save(c, c.version()) == Complaints.SaveResult.SAVED) {
                t.flagged++;
                SendingOwedNotifications.Counts sent = owed.sendOwed(c);
                t.failed += sent.failed();
                t.skipped += sent.held();
                return;
            }
            current = complaints.find(c.id());
        }
        t.failed++;
    }
}
