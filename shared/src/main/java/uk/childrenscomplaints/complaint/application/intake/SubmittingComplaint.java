package uk.childrenscomplaints.complaint.application.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.casework.Permissions;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.deadlines.SendingOwedNotifications;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
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
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.complaint.model.Teams;

/**
 * A complaint arrives, from the public form, the API, or a member of staff logging one that came by phone, letter,
 * in person or email. It is stored before anything is sent: the acknowledgement, the team's notice and the
 * {@code ComplaintReceived} event are owed on the stored item and sent afterwards, so a failure to send loses nothing
 * and the scheduled sweep tries again.
 */
public final class SubmittingComplaint {
    public static final String PUBLIC_ACTOR = "complainant (online form)";
    private static final ZoneId LONDON = CouncilTime.ZONE;

    private final Complaints complaints;
    private final TimescalePolicy timescales;
    private final NewComplaintValidation validation;
    private final Teams teams;
    private final SendingOwedNotifications sending;
    private final Clock clock;

    public SubmittingComplaint(
            Complaints complaints,
            TimescalePolicy timescales,
            Teams teams,
            SendingOwedNotifications sending,
            Clock clock) {
        this.complaints = complaints;
        this.timescales = timescales;
        this.validation = new NewComplaintValidation(teams);
        this.teams = teams;
        this.sending = sending;
        this.clock = clock;
    }

    /** From the public form or the JSON API: received today, online. */
    public SubmissionResult submit(NewComplaint submitted, String idempotencyKey) {
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        List<FieldError> errors = validation.check(submitted, today);
        if (!errors.isEmpty()) {
            return new SubmissionResult.Invalid(errors);
        }
        return accept(submitted, Route.ONLINE, today, idempotencyKey, PUBLIC_ACTOR);
    }

    /**
     * Logged by complaints staff, with the route and the date it was received. Only the complaints team logs
     * complaints ({@link Permissions#mayLog}); anyone else is refused and nothing is stored.
     */
    public SubmissionResult logForStaff(StaffMember who, NewComplaint submitted, String idempotencyKey) {
        if (!Permissions.mayLog(who)) {
            return new SubmissionResult.Forbidden();
        }
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        List<FieldError> errors = validation.checkLoggedByStaff(submitted, today);
        if (!errors.isEmpty()) {
            return new SubmissionResult.Invalid(errors);
        }
        Route route = Coded.parse(Route.class, submitted.route()).orElseThrow();
        SubmissionResult result;
        try {
            result = accept(submitted, route, submitted.receivedOn(), idempotencyKey, who.username());
        } catch (uk.childrenscomplaints.clock.model.DateOutsideCalendarException e) {
            // A date received before the calendar's first year (2008) cannot be counted: say so, store nothing.
            return new SubmissionResult.Invalid(List.of(new FieldError("receivedOn", e.advice())));
        }
        // The staff answer carries the version the next action must name, which the first write set: read it back,
        // as a change does. The public answer carries no version, so the public form pays for no extra read.
        return result instanceof SubmissionResult.Accepted accepted && !accepted.repeat()
                ? new SubmissionResult.Accepted(
                        complaints.find(accepted.complaint().id()).orElseThrow(), false)
                : result;
    }

    private SubmissionResult accept(
            NewComplaint s, Route route, LocalDate receivedOn, String idempotencyKey, String actor) {
        ComplaintId id = idempotencyKey == null || idempotencyKey.isBlank()
                ? ComplaintId.random()
                : ComplaintId.fromIdempotencyKey(idempotencyKey);
        Optional<Complaint> earlier = complaints.find(id);
        if (earlier.isPresent()) {
            return new SubmissionResult.Accepted(earlier.get(), true);
        }
        Intake intake = intake(s, route, receivedOn);
        LocalDate due = intake.procedure().runsStatutoryClock()
                ? timescales.dueDate(TimescaleId.STAGE1_RESPONSE, receivedOn)
                : null;
        Complaint complaint = Complaint.receive(
                id,
                complaints.nextReference(FinancialQuarter.financialYearOf(receivedOn)),
                intake,
                due,
                new Change(actor, clock.instant()));
        if (due != null) {
            complaint.stampCalendarVersion(timescales.calendar().version());
        }
        complaint.owe(Notifications.ON_RECEIPT);
        if (complaints.add(complaint) == Complaints.AddResult.ALREADY_EXISTS) {
            // The same submission raced this one and won; answer with what it stored.
            return new SubmissionResult.Accepted(complaints.find(id).orElseThrow(), true);
        }
        sending.sendOwed(complaint);
        return new SubmissionResult.Accepted(complaint, false);
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
