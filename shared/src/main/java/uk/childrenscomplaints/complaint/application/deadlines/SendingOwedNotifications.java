package uk.childrenscomplaints.complaint.application.deadlines;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import uk.childrenscomplaints.complaint.application.ports.ComplaintReceived;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.DeliveryFailed;
import uk.childrenscomplaints.complaint.application.ports.DomainEvents;
import uk.childrenscomplaints.complaint.application.ports.Email;
import uk.childrenscomplaints.complaint.application.ports.LetterKind;
import uk.childrenscomplaints.complaint.application.ports.LettersToPost;
import uk.childrenscomplaints.complaint.application.ports.Mailer;
import uk.childrenscomplaints.complaint.application.ports.MessageId;
import uk.childrenscomplaints.complaint.application.ports.OmbudsmanReferred;
import uk.childrenscomplaints.complaint.application.ports.OutcomeRecorded;
import uk.childrenscomplaints.complaint.application.ports.SendMarker;
import uk.childrenscomplaints.complaint.application.ports.Stage2EntitlementFlagged;
import uk.childrenscomplaints.complaint.application.ports.StageEscalated;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintState;

/**
 * Sends what a complaint owes (its outbox): by the outbox relay after each stored change (decision 035), and again
 * from the scheduled sweep for whatever failed. Each send is claimed on the complaint first with a lease, so none goes twice while its sender lives; a
 * failed send gives its claim back, and a claim whose sender died expires and is sent by a later run.
 */
public final class SendingOwedNotifications {
    private final Complaints complaints;
    private final Mailer mailer;
    private final DomainEvents events;
    private final Notifications notifications;
    private final DeadlineNotices deadlineNotices;
    private final AcknowledgementCap cap;
    private final LettersToPost letters;

    public SendingOwedNotifications(
            Complaints complaints,
            Mailer mailer,
            DomainEvents events,
            Notifications notifications,
            DeadlineNotices deadlineNotices) {
        this(complaints, mailer, events, notifications, deadlineNotices, AcknowledgementCap.NONE);
    }

    /** @param cap how many acknowledgements one address may be sent a day, whichever way its complaints came */
    public SendingOwedNotifications(
            Complaints complaints,
            Mailer mailer,
            DomainEvents events,
            Notifications notifications,
            DeadlineNotices deadlineNotices,
            AcknowledgementCap cap) {
        this(complaints, mailer, events, notifications, deadlineNotices, cap, LettersToPost.NONE);
    }

    /**
     * @param letters where an email to a complainant who cannot be emailed becomes a paper letter to post (decision
     *     034); {@link LettersToPost#NONE}: it is settled unsent, as before
     */
    public SendingOwedNotifications(
            Complaints complaints,
            Mailer mailer,
            DomainEvents events,
            Notifications notifications,
            DeadlineNotices deadlineNotices,
            AcknowledgementCap cap,
            LettersToPost letters) {
        this.letters = letters;
        this.complaints = complaints;
        this.mailer = mailer;
        this.events = events;
        this.notifications = notifications;
        this.deadlineNotices = deadlineNotices;
        this.cap = cap;
    }

    /**
     * Counts of one pass; never any personal data.
     *
     * @param skippedUndeliverable emails to the complainant not attempted because their address is known not to work
     *     (each is marked sent, so it is not retried; the complaint page tells staff to write or phone)
     * @param held still owed because another run holds an unexpired claim on them (sending now, or killed mid-send:
     *     a run after the lease expires sends it)
     * @param suppressed acknowledgements not sent because their address had its day's allowance already (each is
     *     marked sent, with a timeline entry saying it was suppressed)
     * @param lettersToPost emails to a complainant with no working address that became a paper letter to post
     *     (decision 034), each marked sent so the email is never tried again
     */
    public record Counts(
            int sent,
            int alreadySent,
            int failed,
            int skippedUndeliverable,
            int held,
            int suppressed,
            int lettersToPost) {
        public Counts(int sent, int alreadySent, int failed) {
            this(sent, alreadySent, failed, 0, 0, 0);
        }

        public Counts(int sent, int alreadySent, int failed, int skippedUndeliverable, int held, int suppressed) {
            this(sent, alreadySent, failed, skippedUndeliverable, held, suppressed, 0);
        }

        public Counts(int sent, int alreadySent, int failed, int skippedUndeliverable) {
            this(sent, alreadySent, failed, skippedUndeliverable, 0, 0);
        }

        public Counts(int sent, int alreadySent, int failed, int skippedUndeliverable, int held) {
            this(sent, alreadySent, failed, skippedUndeliverable, held, 0);
        }

        Counts plus(Counts o) {
            return new Counts(
                    sent + o.sent,
                    alreadySent + o.alreadySent,
                    failed + o.failed,
                    skippedUndeliverable + o.skippedUndeliverable,
                    held + o.held,
                    suppressed + o.suppressed,
                    lettersToPost + o.lettersToPost);
        }
    }

    public Counts sendOwed(Complaint complaint) {
        Counts counts = new Counts(0, 0, 0);
        for (String key : complaint.parts().outbox()) {
            counts = counts.plus(sendOne(complaint, key));
        }
        return counts;
    }

    /** Retries every complaint in the outbox index, page by page, until done or {@code keepGoing} says stop. */
    public Counts retryAll(int pageSize, BooleanSupplier keepGoing) {
        Counts counts = new Counts(0, 0, 0);
        String token = null;
        do {
            Complaints.IdPage page = complaints.withOutbox(token, pageSize);
            for (ComplaintId id : page.ids()) {
                if (!keepGoing.getAsBoolean()) {
                    return counts;
                }
                Optional<Complaint> found = complaints.find(id);
                if (found.isPresent()) {
                    counts = counts.plus(sendOwed(found.get()));
                }
            }
            token = page.nextPageToken();
        } while (token != null && keepGoing.getAsBoolean());
        return counts;
    }

    /**
     * Claim (a lease), send, then mark sent, which also takes it off the outbox: the outbox entry goes only once the
     * send was accepted. A send that failed gives the lease back and stays owed; one whose sender died keeps its lease
     * until it expires, and the first run after that sends it.
     */
    private Counts sendOne(Complaint complaint, String key) {
        switch (complaints.claimNotification(complaint.id(), key)) {
            case ALREADY_SENT -> {
                complaints.removeFromOutbox(complaint.id(), key);
                return new Counts(0, 1, 0);
            }
            case HELD -> {
                return new Counts(0, 0, 0, 0, 1);
            }
            case CLAIMED -> {
                // go on
            }
        }
        if (letters != LettersToPost.NONE && cannotEmail(complaint)) {
            Optional<LetterKind> letter = Notifications.letterFor(key);
            if (letter.isPresent()) {
                // The task is its own conditional write: a run killed before the mark below adds nothing the second
                // time, so the team never sees the same letter twice.
                letters.owe(complaint.id(), complaint.reference(), key, letter.get());
                // Written with the settling, which only the claim's holder makes: once per key, even after a run
                // that died between the task and here.
                complaints.markNotificationSettled(
                        complaint.id(),
                        key,
                        "letter to post",
                        "No working email address: the " + letter.get().label() + " is to be posted");
                boolean bounced =
                        complaint.intake().complainant().emailAddress().isPresent();
                return new Counts(0, 0, 0, bounced ? 1 : 0, 0, 0, 1);
            }
        }
        if (Notifications.isToComplainant(key)
                && complaint.intake().complainant().emailAddress().isPresent()
                && !complaint.mayEmailComplainant()) {
            complaints.markNotificationSent(complaint.id(), key, Optional.empty());
            return new Counts(0, 0, 0, 1);
        }
        Optional<AcknowledgementCap.Taken> counted = Optional.empty();
        if (Notifications.ACKNOWLEDGEMENT.equals(key) && !complaint.intake().imported()) {
            Optional<String> email = complaint.intake().complainant().emailAddress();
            if (email.isPresent()) {
                counted = cap.take(email.get());
                if (counted.isEmpty()) {
                    // Marked, so the sweep does not try it every morning; the complaint itself is kept and handled.
                    complaints.markNotificationSuppressed(
                            complaint.id(),
                            key,
                            "acknowledgement not sent: this email address has been sent " + cap.perDay()
                                    + " acknowledgements today, the most allowed in a day");
                    return new Counts(0, 0, 0, 0, 0, 1);
                }
            }
        }
        Optional<MessageId> messageId;
        try {
            messageId = deliver(complaint, key);
        } catch (DeliveryFailed e) {
            if (e.outcomeUnknown()) {
                // SES may have it: keep the lease (and the counted acknowledgement) until SES confirms the send or
                // the lease runs out, so it is not sent a second time (decision 025).
                complaints.awaitConfirmation(complaint.id(), key);
                return new Counts(0, 0, 1);
            }
            counted.ifPresent(cap::giveBack);
            complaints.releaseNotification(complaint.id(), key);
            return new Counts(0, 0, 1);
        }
        complaints.markNotificationSent(complaint.id(), key, messageId);
        return new Counts(1, 0, 0);
    }

    /** No email address, or one known not to work; history (an imported complaint) never owes anything. */
    private static boolean cannotEmail(Complaint complaint) {
        return !complaint.intake().imported() && !complaint.mayEmailComplainant();
    }

    /** Sends one notice; the mail service's message id when it was an email it accepted. */
    private Optional<MessageId> deliver(Complaint complaint, String key) {
        if (complaint.intake().imported()) {
            return Optional.empty(); // history never sends anything
        }
        if (Notifications.isLetterOnly(key) || key.startsWith(Notifications.REMADE_LETTER)) {
            return Optional.empty(); // paper only (decision 040): settled here when no letter task can be made
        }
        if (key.startsWith(Notifications.UNDELIVERABLE)) {
            return mail(complaint, key, notifications.undeliverableNotice(complaint, key));
        }
        if (key.startsWith(Notifications.DUE_DATE_MOVED)) {
            return mail(complaint, key, deadlineNotices.dueDateMoved(complaint, key));
        }
        if (key.startsWith(Notifications.REOPENED_LETTER)) {
            return mail(complaint, key, notifications.reopenedLetter(complaint));
        }
        if (key.startsWith(Notifications.REOPENED_TEAM)) {
            return send(complaint, key, notifications.reopenedTeamNotice(complaint));
        }
        if (key.startsWith(Notifications.CLOCK_PAUSED) || key.startsWith(Notifications.CLOCK_RESUMED)) {
            return mail(
                    complaint, key, notifications.clockNotice(complaint, key.startsWith(Notifications.CLOCK_PAUSED)));
        }
        switch (key) {
            case Notifications.ACKNOWLEDGEMENT -> {
                return mail(complaint, key, notifications.acknowledgement(complaint));
            }
            case Notifications.TEAM_NOTICE -> {
                return send(complaint, key, notifications.teamNotice(complaint));
            }
            case Notifications.RECEIVED_EVENT -> events.publish(new ComplaintReceived(complaint));
            case Notifications.ENTITLEMENT_TEAM -> {
                return send(complaint, key, deadlineNotices.entitlementTeamNotice(complaint));
            }
            case Notifications.ENTITLEMENT_LETTER -> {
                return mail(complaint, key, deadlineNotices.entitlementLetter(complaint));
            }
            case Notifications.ENTITLEMENT_EVENT -> events.publish(new Stage2EntitlementFlagged(complaint));
            default -> deliverEvent(complaint, key);
        }
        return Optional.empty();
    }

    private Optional<MessageId> mail(Complaint complaint, String key, Optional<Email> email) {
        return email.flatMap(e -> send(complaint, key, e));
    }

    /** Every email names the mark it settles, so SES's "sent" event can make it when no answer came (decision 025). */
    private Optional<MessageId> send(Complaint complaint, String key, Email email) {
        return mailer.sendForId(email.marking(SendMarker.notice(complaint.id(), key)));
    }

    /** The events a change owes; their keys carry the version (and stages) so each change is its own event. */
    private void deliverEvent(Complaint complaint, String key) {
        if (key.startsWith(Notifications.OUTCOME_EVENT)) {
            events.publish(new OutcomeRecorded(complaint));
        } else if (key.startsWith(Notifications.OMBUDSMAN_EVENT)) {
            events.publish(new OmbudsmanReferred(complaint));
        } else if (key.startsWith(Notifications.ESCALATED_EVENT)) {
            String[] stages = key.substring(Notifications.ESCALATED_EVENT.length())
                    .split("@")[0]
                    .split(":");
            events.publish(new StageEscalated(
                    complaint, ComplaintState.Stage.valueOf(stages[0]), ComplaintState.Stage.valueOf(stages[1])));
        } else {
            throw new DeliveryFailed("unknown notification kind in outbox", null);
        }
    }
}
