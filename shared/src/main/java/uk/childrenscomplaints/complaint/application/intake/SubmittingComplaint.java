package uk.childrenscomplaints.complaint.application.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.complaint.application.EarliestReceivedDate;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.ReceivedDates;
import uk.childrenscomplaints.complaint.application.casework.Permissions;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.IdempotencyKeys;
import uk.childrenscomplaints.complaint.application.ports.IntakeGate;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.ChildDetails;
import uk.childrenscomplaints.complaint.model.Coded;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.EmailAddress;
import uk.childrenscomplaints.complaint.model.FinancialQuarter;
import uk.childrenscomplaints.complaint.model.Gender;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.Procedure;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.Teams;

/**
 * A complaint arrives, from the public form, the API, or a member of staff logging one that came by phone, letter,
 * in person or email. It is stored with what it owes (the acknowledgement, the team's notice and the
 * {@code ComplaintReceived} event) and the answer goes back without waiting on email or events: the outbox relay
 * sends them afterwards ({@link uk.childrenscomplaints.complaint.application.deadlines.RelayingOwedNotifications},
 * decision 035), and the scheduled sweep tries again whatever it could not.
 */
public final class SubmittingComplaint {
    public static final String PUBLIC_ACTOR = "complainant (online form)";
    private static final ZoneId LONDON = CouncilTime.ZONE;

    private final Complaints complaints;
    private final TimescalePolicy timescales;
    private final NewComplaintValidation validation;
    private final Teams teams;
    private final IntakeGate gate;
    private final IdempotencyPeriods periods;
    private final SubmissionLimits limits;
    private final EarliestReceivedDate earliestReceived;
    private final Clock clock;

    /**
     * Over the two ports, each claim and count its own write ({@link IntakeGateInSteps}).
     *
     * @param limits the public routes' abuse limits; null: none (staff logging is never limited by them)
     */
    public SubmittingComplaint(
            Complaints complaints,
            TimescalePolicy timescales,
            Teams teams,
            IdempotencyKeys keys,
            IdempotencyPeriods periods,
            SubmissionLimits limits,
            Clock clock) {
        this(
                complaints,
                timescales,
                teams,
                new IntakeGateInSteps(keys, limits == null ? null : limits.counters(), complaints),
                periods,
                limits,
                EarliestReceivedDate.configuredOnly(ReceivedDates.DEFAULT_EARLIEST),
                clock);
    }

    /**
     * @param gate claims the key, counts the limits and stores the complaint under the next reference (decisions 036
     *     and 042): in AWS one transaction, so a new public complaint costs that (and, once per container and financial
     *     year, a read of the reference counter)
     * @param limits the public routes' abuse limits; null: none
     * @param earliestReceived the first day a complaint logged by staff may have been received; read only when staff
     *     log one (the public routes take today's date), so the public form pays no call for it
     */
    public SubmittingComplaint(
            Complaints complaints,
            TimescalePolicy timescales,
            Teams teams,
            IntakeGate gate,
            IdempotencyPeriods periods,
            SubmissionLimits limits,
            EarliestReceivedDate earliestReceived,
            Clock clock) {
        this.complaints = complaints;
        this.timescales = timescales;
        this.validation = new NewComplaintValidation(teams);
        this.teams = teams;
        this.gate = gate;
        this.periods = periods;
        this.limits = limits;
        this.earliestReceived = earliestReceived;
        this.clock = clock;
    }

    /** From the public form or the JSON API: received today, online. */
    public SubmissionResult submit(NewComplaint submitted, PublicSubmission from) {
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        List<FieldError> errors = validation.check(submitted, today);
        if (!errors.isEmpty()) {
            return new SubmissionResult.Invalid(errors);
        }
        Duration keptFor = from.channel() == PublicSubmission.Channel.API ? periods.api() : periods.form();
        String scopedKey = scoped(from.channel().scope(), from.idempotencyKey());
        return accept(submitted, Route.ONLINE, today, scopedKey, keptFor, PUBLIC_ACTOR, from.sourceAddress(), true);
    }

    /**
     * Logged by complaints staff, with the route and the date it was received. Only the complaints team logs
     * complaints ({@link Permissions#mayLog}); anyone else is refused and nothing is stored. Each member's keys are
     * their own, apart from the public ones; no abuse limit applies (staff are signed in), though the acknowledgement's
     * daily cap does, where it is sent.
     */
    public SubmissionResult logForStaff(StaffMember who, NewComplaint submitted, String idempotencyKey) {
        if (!Permissions.mayLog(who)) {
            return new SubmissionResult.Forbidden();
        }
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        List<FieldError> errors =
                new NewComplaintValidation(teams, earliestReceived.earliest()).checkLoggedByStaff(submitted, today);
        if (!errors.isEmpty()) {
            return new SubmissionResult.Invalid(errors);
        }
        Route route = Coded.parse(Route.class, submitted.route()).orElseThrow();
        String scopedKey = scoped("staff:" + who.username(), idempotencyKey);
        // Validation keeps the date received within the calendar (never before 2008-04-01), so counting cannot fail.
        SubmissionResult result = accept(
                submitted, route, submitted.receivedOn(), scopedKey, periods.staff(), who.username(), null, false);
        // The staff answer carries the version the next action must name, which the first write set: read it back,
        // as a change does. The public answer carries no version, so the public form pays for no extra read.
        return result instanceof SubmissionResult.Accepted accepted && !accepted.replayed()
                ? new SubmissionResult.Accepted(
                        complaints.find(accepted.complaint().id()).orElseThrow(), false)
                : result;
    }

    private static String scoped(String scope, String key) {
        return key == null || key.isBlank() ? null : scope + ":" + key;
    }

    /**
     * The key is claimed before, or with, the complaint's write, naming the id the complaint will have: a submission
     * killed between the writes is finished by its retry (same key, same answers), under that id. The claim, the
     * limits, the reference and the complaint are one admission by the gate (in AWS one transaction, decision 042);
     * the key and the complaint are read only when the key was taken.
     */
    private SubmissionResult accept(
            NewComplaint s,
            Route route,
            LocalDate receivedOn,
            String scopedKey,
            Duration keptFor,
            String actor,
            String source,
            boolean limited) {
        Instant now = clock.instant();
        ComplaintId id = ComplaintId.random();
        String fingerprint = Fingerprint.of(s);
        IdempotencyKeys.Key key =
                scopedKey == null ? null : new IdempotencyKeys.Key(scopedKey, id, fingerprint, now.plus(keptFor));
        List<IntakeGate.Limit> counted = limited && limits != null ? limits.of(source, s.email()) : List.of();
        int year = FinancialQuarter.financialYearOf(receivedOn);
        Function<ComplaintId, IntakeGate.Made> made = named ->
                new IntakeGate.Made(year, reference -> newComplaint(named, s, route, receivedOn, actor, reference));
        IntakeGate.Admission admitted = gate.admit(key, counted, now, made.apply(id));
        if (admitted instanceof IntakeGate.Admission.Admitted stored) {
            // Nothing is sent here: the relay sends what the stored outbox owes once the answer has gone (035).
            return new SubmissionResult.Accepted(stored.complaint(), false);
        }
        if (admitted instanceof IntakeGate.Admission.AlreadyStored) {
            // The same submission raced this one and won; answer with what it stored.
            return new SubmissionResult.Accepted(complaints.find(id).orElseThrow(), true);
        }
        if (admitted instanceof IntakeGate.Result.Refused refused) {
            return new SubmissionResult.TooMany(refused.retryAfter());
        }
        IntakeGate.Result.KeyTaken taken = (IntakeGate.Result.KeyTaken) admitted;
        if (!taken.fingerprint().equals(fingerprint)) {
            return new SubmissionResult.KeyReused();
        }
        Optional<Complaint> earlier = complaints.find(taken.complaintId());
        if (earlier.isPresent()) {
            return new SubmissionResult.Accepted(earlier.get(), true);
        }
        return finish(
                new IdempotencyKeys.Key(scopedKey, taken.complaintId(), fingerprint, now.plus(keptFor)),
                counted,
                made.apply(taken.complaintId()),
                now);
    }

    /**
     * A key claimed by a submission that never stored its complaint (killed, or failed, in between): finished under
     * that key, counted as any new complaint is, in separate writes (the key is already there).
     */
    private SubmissionResult finish(
            IdempotencyKeys.Key key, List<IntakeGate.Limit> counted, IntakeGate.Made made, Instant now) {
        IntakeGate.Result passed;
        try {
            passed = gate.pass(null, counted, now);
        } catch (RuntimeException e) {
            throw IntakeGateInSteps.givenBack(gate, key, List.of(), e);
        }
        if (passed instanceof IntakeGate.Result.Refused refused) {
            // The gate wrote nothing, but the key the earlier attempt left goes back, as its refusal would have.
            gate.giveBack(key, List.of());
            return new SubmissionResult.TooMany(refused.retryAfter());
        }
        Complaint complaint;
        try {
            complaint = made.complaintFor().apply(complaints.nextReference(made.financialYear()));
        } catch (RuntimeException e) {
            // Nothing was written under the key yet, so it goes back; a different retry then is not a "reused key".
            throw IntakeGateInSteps.givenBack(gate, key, counted, e);
        }
        // From here the complaint may be stored even when the call fails (a timeout after the write): the key stays, so
        // a retry finds it, or finishes it, and never stores a second one.
        if (complaints.add(complaint) == Complaints.AddResult.ALREADY_EXISTS) {
            return new SubmissionResult.Accepted(
                    complaints.find(key.complaintId()).orElseThrow(), true);
        }
        return new SubmissionResult.Accepted(complaint, false);
    }

    /** The new complaint under {@code reference}: no call, so the gate may make it again for another reference. */
    private Complaint newComplaint(
            ComplaintId id, NewComplaint s, Route route, LocalDate receivedOn, String actor, Reference reference) {
        Intake intake = intake(s, route, receivedOn);
        LocalDate due = intake.procedure().runsStatutoryClock()
                ? timescales.dueDate(TimescaleId.STAGE1_RESPONSE, receivedOn)
                : null;
        Complaint complaint = Complaint.receive(id, reference, intake, due, new Change(actor, clock.instant()));
        if (due != null) {
            complaint.stampCalendarVersion(timescales.calendar().version());
        }
        complaint.owe(Notifications.ON_RECEIPT);
        return complaint;
    }

    private Intake intake(NewComplaint s, Route route, LocalDate receivedOn) {
        Procedure procedure = Coded.parse(Procedure.class, s.procedure()).orElse(Procedure.STATUTORY_CHILDRENS);
        Complainant complainant = new Complainant(
                s.complainantName(),
                EmailAddress.parse(s.email()).map(EmailAddress::value).orElse(null),
                s.phone(),
                s.address(),
                Coded.parse(Relationship.class, s.relationship()).orElseThrow(),
                PersonKeys.of(s.email(), s.phone()));
        boolean late = s.matterOccurredOn() != null
                && timescales
                        .dueDate(TimescaleId.LATE_COMPLAINT, s.matterOccurredOn())
                        .isBefore(receivedOn);
        return new Intake(
                receivedOn,
                route,
                procedure,
                complainant,
                Boolean.TRUE.equals(s.viaAdvocate()),
                child(s),
                teams.find(s.team()).orElse(null),
                s.issues().stream()
                        .map(code -> Coded.parse(IssueCategory.class, code).orElseThrow())
                        .distinct()
                        .toList(),
                s.whatHappened(),
                s.desiredOutcome(),
                s.matterOccurredOn(),
                late,
                false);
    }

    private static ChildDetails child(NewComplaint s) {
        if (Boolean.TRUE.equals(s.moreThanOneChild())) {
            return ChildDetails.moreThanOneChild();
        }
        return new ChildDetails(
                s.childName(),
                s.childAge() == null ? AgeBand.UNKNOWN : AgeBand.forAge(s.childAge()),
                Coded.parse(Gender.class, s.childGender()).orElse(Gender.UNKNOWN));
    }
}
