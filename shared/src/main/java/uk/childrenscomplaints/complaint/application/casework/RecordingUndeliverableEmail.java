package uk.childrenscomplaints.complaint.application.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.deadlines.Recipients;
import uk.childrenscomplaints.complaint.application.deadlines.SendingOwedNotifications;
import uk.childrenscomplaints.complaint.application.ports.Addressee;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.MailEvent;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.Respondent;
import uk.childrenscomplaints.complaint.model.UndeliverableAddress;

/**
 * An email about a complaint did not get through (a hard bounce, a refusal, a spam report): put it on the complaint's
 * timeline, stop emailing the complainant if it was theirs, and tell the complaints team, all in one versioned write
 * with the team's notice owed in it. The same event twice finds that notice already owed or sent and changes nothing.
 */
public final class RecordingUndeliverableEmail {
    public static final String ACTOR = "email delivery";
    private static final int ATTEMPTS = 3;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(CouncilTime.ZONE);

    private final Complaints complaints;
    private final Recipients recipients;
    private final SendingOwedNotifications sending;
    private final Clock clock;

    public RecordingUndeliverableEmail(
            Complaints complaints, Recipients recipients, SendingOwedNotifications sending, Clock clock) {
        this.complaints = complaints;
        this.recipients = recipients;
        this.sending = sending;
        this.clock = clock;
    }

    /** What became of one event; ids and counts only, safe to log. */
    public record Result(Status status, int recorded, int teamNotified) {
        static Result of(Status status) {
            return new Result(status, 0, 0);
        }
    }

    public enum Status {
        /** On the timeline, and the team's notice owed (and sent, unless the send failed: the sweep retries it). */
        RECORDED,
        /** This email's failure was recorded before: a repeated delivery of the event. */
        ALREADY_RECORDED,
        /** A delivery, a transient bounce or another event that needs nothing. */
        NO_CHANGE,
        /** The email was about no single complaint (a report, a weekly summary). */
        NOT_ABOUT_A_COMPLAINT,
        COMPLAINT_NOT_FOUND,
        /** The event lacks what is needed to act on it (a message id, a recipient, a well-formed complaint id). */
        MALFORMED,
        /** Staff kept changing the complaint while this was being recorded; the event should be delivered again. */
        CONFLICT
    }

    public Result record(MailEvent event) {
        if (!event.kind().meansUndeliverable()) {
            return Result.of(Status.NO_CHANGE);
        }
        if (event.complaintId() == null || event.complaintId().isBlank()) {
            return Result.of(Status.NOT_ABOUT_A_COMPLAINT);
        }
        Optional<ComplaintId> id = complaintId(event.complaintId());
        if (id.isEmpty()
                || event.messageId() == null
                || !event.messageId().matches("[A-Za-z0-9._-]{1,200}")
                || event.recipients().isEmpty()) {
            return Result.of(Status.MALFORMED);
        }
        String notice = event.notice() == null || !event.notice().matches("[a-z0-9-]{1,64}") ? "email" : event.notice();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Complaint> found = complaints.find(id.get());
            if (found.isEmpty()) {
                return Result.of(Status.COMPLAINT_NOT_FOUND);
            }
            Complaint c = found.get();
            Map<String, Addressee> fresh = new LinkedHashMap<>();
            boolean complainantMatched = false;
            for (String address : event.recipients()) {
                Optional<Addressee> matched = roleOf(c, address);
                Addressee role =
                        matched.orElse(event.taggedAddressee() == null ? Addressee.OTHER : event.taggedAddressee());
                complainantMatched |=
                        matched.filter(r -> r == Addressee.COMPLAINANT).isPresent();
                String key = Notifications.undeliverable(event.kind(), role, notice, event.messageId());
                if (!c.parts().outbox().contains(key)
                        && !c.parts().notificationsSent().contains(key)) {
                    fresh.put(key, role);
                }
            }
            if (fresh.isEmpty()) {
                return Result.of(Status.ALREADY_RECORDED);
            }
            Instant now = Instant.now(clock);
            Instant when = event.occurredAt() == null ? now : event.occurredAt();
            for (Addressee role : fresh.values()) {
                UndeliverableAddress stop = role == Addressee.COMPLAINANT && complainantMatched
                        ? new UndeliverableAddress(reason(event.kind()), when)
                        : null;
                c.recordUndeliveredEmail(
                        action(event.kind()),
                        detail(event.kind(), notice, role, when, stop != null),
                        stop,
                        new Change(ACTOR, now));
            }
            c.owe(fresh.keySet());
            if (complainantMatched
                    && fresh.containsValue(Addressee.COMPLAINANT)
                    && !c.intake().imported()) {
                // The notice that bounced is re-made as a letter to post (decision 040), in the same write, so a
                // second delivery of the event, which finds its key above already owed, owes no second letter.
                Notifications.remadeLetter(notice, event.messageId()).ifPresent(k -> c.owe(java.util.List.of(k)));
            }
            if (complaints.save(c, c.version()) == Complaints.SaveResult.SAVED) {
                SendingOwedNotifications.Counts sent = sending.sendOwed(c);
                return new Result(Status.RECORDED, fresh.size(), sent.sent());
            }
        }
        return Result.of(Status.CONFLICT);
    }

    private static Optional<ComplaintId> complaintId(String value) {
        try {
            return Optional.of(new ComplaintId(value.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Which of the complaint's people (or the service's own mailboxes) an address is, compared without case. */
    private Optional<Addressee> roleOf(Complaint c, String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        if (same(address, c.intake().complainant().email())) {
            return Optional.of(Addressee.COMPLAINANT);
        }
        if (same(
                address,
                Optional.ofNullable(c.parts().respondent())
                        .map(Respondent::email)
                        .orElse(null))) {
            return Optional.of(Addressee.RESPONDENT);
        }
        if (same(
                address,
                Optional.ofNullable(c.parts().secondRespondent())
                        .map(Respondent::email)
                        .orElse(null))) {
            return Optional.of(Addressee.SECOND_RESPONDENT);
        }
        if (same(address, recipients.teamMailbox())) {
            return Optional.of(Addressee.TEAM);
        }
        if (same(address, recipients.teamManager(c).orElse(null))) {
            return Optional.of(Addressee.MANAGER);
        }
        return Optional.empty();
    }

    private static boolean same(String a, String b) {
        return b != null && a.trim().equalsIgnoreCase(b.trim());
    }

    private static UndeliverableAddress.Reason reason(MailEvent.Kind kind) {
        return switch (kind) {
            case REFUSED -> UndeliverableAddress.Reason.REJECTED;
            case MARKED_AS_SPAM -> UndeliverableAddress.Reason.MARKED_AS_SPAM;
            default -> UndeliverableAddress.Reason.BOUNCED;
        };
    }

    private static String action(MailEvent.Kind kind) {
        return switch (kind) {
            case REFUSED -> "email refused";
            case MARKED_AS_SPAM -> "email reported as spam";
            default -> "email bounced";
        };
    }

    /** For staff reading the case: the notice, the role and when; never the address. */
    private static String detail(MailEvent.Kind kind, String notice, Addressee role, Instant when, boolean stopped) {
        String what = "The " + Notifications.noticeName(notice) + " to the " + role.label();
        String sentence = switch (kind) {
            case REFUSED -> what + " was refused by the email service on " + WHEN.format(when) + ".";
            case MARKED_AS_SPAM -> what + " was reported as spam by its recipient on " + WHEN.format(when) + ".";
            default -> what + " bounced on " + WHEN.format(when) + ": the address does not work.";
        };
        return stopped ? sentence + " No more email goes to the complainant: write or phone instead." : sentence;
    }
}
