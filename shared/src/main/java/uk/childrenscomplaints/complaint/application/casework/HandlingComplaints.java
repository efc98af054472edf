package uk.childrenscomplaints.complaint.application.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.clock.model.DateOutsideCalendarException;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.model.Anonymisation;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.Decision;
import uk.childrenscomplaints.complaint.model.LaterStages;
import uk.childrenscomplaints.complaint.model.LegalHold;
import uk.childrenscomplaints.complaint.model.LetterPosting;
import uk.childrenscomplaints.complaint.model.Reopening;
import uk.childrenscomplaints.complaint.model.RunningDeadlines;
import uk.childrenscomplaints.complaint.model.Stage2Investigation;
import uk.childrenscomplaints.complaint.model.StoppingTheClock;

/**
 * Staff read, search and change complaints. Every change is checked against the member's role, the values, the
 * state machine and the named rules, then written with its timeline entry and any owed events in one conditional
 * update on the version the caller read: a caller who read an older version gets {@link CaseResult.Stale} and nothing
 * is lost or overwritten. What a change owes (emails, events) is stored with it and sent by the outbox relay after
 * the answer, never inside the request (decision 035).
 */
public final class HandlingComplaints {
    private static final ZoneId LONDON = CouncilTime.ZONE;

    private final Complaints complaints;
    private final TimescalePolicy timescales;
    private final Clock clock;
    private final SearchingComplaints searching;
    private final RunningDeadlines running;

    public HandlingComplaints(Complaints complaints, TimescalePolicy timescales, Clock clock) {
        this.complaints = complaints;
        this.timescales = timescales;
        this.clock = clock;
        this.searching = new SearchingComplaints(complaints);
        this.running = new RunningDeadlines(timescales);
    }

    public CaseResult handle(StaffMember who, ComplaintId id, long expectedVersion, CaseCommand command) {
        Optional<Complaint> found = complaints.find(id);
        if (found.isEmpty()) {
            return new CaseResult.NotFound();
        }
        Complaint c = found.get();
        if (!Permissions.maySee(who, c)) {
            return new CaseResult.Forbidden("this complaint belongs to a team you do not manage");
        }
        Optional<String> refusal = command == null ? Optional.empty() : Permissions.refusal(who, c, command);
        if (refusal.isPresent()) {
            return new CaseResult.Forbidden(refusal.get());
        }
        return change(c, expectedVersion, command, who.username());
    }

    public CaseResult view(StaffMember who, ComplaintId id) {
        Optional<Complaint> found = complaints.find(id);
        if (found.isEmpty()) {
            return new CaseResult.NotFound();
        }
        return Permissions.maySee(who, found.get())
                ? new CaseResult.Done(found.get())
                : new CaseResult.Forbidden("this complaint belongs to a team you do not manage");
    }

    /** Only complaints {@code who} may see; from the indexes, never a scan. Oldest received first. */
    public List<Complaint> search(StaffMember who, SearchCriteria criteria) {
        List<Complaint> found = new ArrayList<>(
                searching.search(who, criteria == null ? SearchCriteria.everything() : criteria, today()));
        found.sort(Comparator.comparing((Complaint c) -> c.intake().receivedOn())
                .thenComparing(c -> c.reference().toString()));
        return found;
    }

    /** A change whose actor is already allowed to make it (a member checked above, or the complainant's own link). */
    public CaseResult change(Complaint c, long expectedVersion, CaseCommand command, String actor) {
        LocalDate today = today();
        List<FieldError> errors = CaseCommandValidation.check(command, today);
        if (!errors.isEmpty()) {
            return new CaseResult.Invalid(errors);
        }
        if (c.version() != expectedVersion) {
            return new CaseResult.Stale();
        }
        ComplaintState before = c.state();
        Decision decision;
        try {
            decision = decide(c, command, new Change(actor, clock.instant()));
            if (decision.isAllowed()) {
                c.refreshRunningClock(running);
            }
        } catch (DateOutsideCalendarException e) {
            return new CaseResult.Invalid(List.of(new FieldError("date", e.advice())));
        }
        if (decision instanceof Decision.Refused refused) {
            return new CaseResult.Refused(refused.reason());
        }
        c.owe(owedEvents(command, before, c.state(), expectedVersion + 1));
        c.owe(OwedLetters.of(c, command, expectedVersion + 1));
        if (complaints.save(c, expectedVersion) == Complaints.SaveResult.STALE) {
            return new CaseResult.Stale();
        }
        // Nothing is sent here: the relay sends what the change owes once the answer has gone (decision 035). Read
        // back: the caller needs the new version.
        return new CaseResult.Done(complaints.find(c.id()).orElseThrow());
    }

    private Decision decide(Complaint c, CaseCommand command, Change change) {
        if (command instanceof CaseCommand.AssignRespondents a) {
            return c.assignRespondents(a.respondent(), a.second(), change);
        } else if (command instanceof CaseCommand.MarkRespondentAbsent a) {
            return c.markRespondentAbsent(a.absent(), change);
        } else if (command instanceof CaseCommand.RecordStage1Response a) {
            return c.recordStage1Response(
                    a.sentOn(), a.summary(), timescales.dueDate(TimescaleId.STAGE2_REQUEST_WINDOW, a.sentOn()), change);
        } else if (command instanceof CaseCommand.ExtendStage1 a) {
            return c.extendStage1(
                    a.newDue(),
                    a.reason(),
                    a.complainantToldOn(),
                    timescales.dueDate(TimescaleId.STAGE1_EXTENSION, stage1StartedOn(c)),
                    change);
        } else if (command instanceof CaseCommand.RecordIssueOutcomes a) {
            return c.recordIssueOutcomes(a.outcomes(), change);
        } else if (command instanceof CaseCommand.Withdraw a) {
            return c.withdraw(a.reason(), change);
        } else if (command instanceof CaseCommand.CloseNotInvestigated a) {
            return c.closeNotInvestigated(a.reason(), change);
        } else if (command instanceof CaseCommand.Close) {
            return c.close(change);
        } else if (command instanceof CaseCommand.RequestStage2 a) {
            return LaterStages.requestStage2(
                    c,
                    a.requestedOn(),
                    a.reasons(),
                    a.serious(),
                    new LaterStages.Stage2Clock(
                            timescales.dueDate(TimescaleId.STAGE2_INVESTIGATION, a.requestedOn()),
                            timescales.dueDate(TimescaleId.STAGE2_INVESTIGATION_LIMIT, a.requestedOn())),
                    change);
        } else if (command instanceof CaseCommand.RecordStage2Details a) {
            return LaterStages.recordStage2Details(
                    c, a.investigatingOfficer(), a.independentPerson(), a.costPounds(), change);
        } else if (command instanceof CaseCommand.RecordStage2Response a) {
            return LaterStages.recordStage2Response(c, a.respondedOn(), change);
        } else if (command instanceof CaseCommand.RequestStage3 a) {
            // From the Stage 2 outcome letter's posting when that was later (decision 040).
            LocalDate windowFrom = LetterPosting.stage3WindowFrom(c).orElse(null);
            return LaterStages.requestStage3(
                    c,
                    a.requestedOn(),
                    a.reasons(),
                    windowFrom == null ? null : timescales.dueDate(TimescaleId.STAGE3_REQUEST_WINDOW, windowFrom),
                    timescales.dueDate(TimescaleId.STAGE3_PANEL, a.requestedOn()),
                    change);
        } else if (command instanceof CaseCommand.RecordPanel a) {
            return LaterStages.recordPanel(c, a.panelOn(), a.members(), a.recommendations(), change);
        } else if (command instanceof CaseCommand.RecordChiefOfficerDecision a) {
            return LaterStages.recordChiefOfficerDecision(c, a.decidedOn(), a.decision(), change);
        } else if (command instanceof CaseCommand.ReferToOmbudsman a) {
            return LaterStages.referToOmbudsman(c, a.referredOn(), change);
        } else if (command instanceof CaseCommand.RecordOmbudsmanDecision a) {
            return LaterStages.recordOmbudsmanDecision(c, a.decision(), a.decidedOn(), change);
        } else if (command instanceof CaseCommand.Reopen a) {
            return reopen(c, a, change);
        } else if (command instanceof CaseCommand.BookPanel a) {
            return LaterStages.bookPanel(c, a.bookedFor(), change);
        } else if (command instanceof CaseCommand.RecordPanelReport a) {
            return LaterStages.recordPanelReport(c, a.receivedOn(), change);
        } else if (command instanceof CaseCommand.PauseClock a) {
            return StoppingTheClock.pause(c, a.reason(), a.note(), a.pausedOn(), change);
        } else if (command instanceof CaseCommand.ResumeClock a) {
            return StoppingTheClock.resume(c, a.resumedOn(), change);
        } else if (command instanceof CaseCommand.AgreeStage2Statement a) {
            return Stage2Investigation.agreeStatement(
                    c,
                    a.agreedOn(),
                    new LaterStages.Stage2Clock(
                            timescales.dueDate(TimescaleId.STAGE2_INVESTIGATION, a.agreedOn()),
                            timescales.dueDate(TimescaleId.STAGE2_INVESTIGATION_LIMIT, a.agreedOn())),
                    change);
        } else if (command instanceof CaseCommand.ExtendStage2 a) {
            // The limit counts from the agreed statement, else the request; with no Stage 2 record the rule refuses
            // first.
            LocalDate latest = c.parts().stage2() == null
                    ? null
                    : timescales.dueDate(
                            TimescaleId.STAGE2_INVESTIGATION_LIMIT,
                            c.parts().stage2().clockStartsOn());
            return Stage2Investigation.extend(c, a.newDue(), a.reason(), a.complainantToldOn(), latest, change);
        } else if (command instanceof CaseCommand.DataProtectionCommand a) {
            return dataProtection(c, a, change);
        }
        throw new IllegalArgumentException("unknown command");
    }

    /** Legal hold, restriction and early anonymisation: the rules are {@link LegalHold} and {@link Anonymisation}. */
    private static Decision dataProtection(Complaint c, CaseCommand.DataProtectionCommand a, Change change) {
        if (a instanceof CaseCommand.PlaceLegalHold) {
            return LegalHold.place(c, a.reason(), change);
        } else if (a instanceof CaseCommand.LiftLegalHold) {
            return LegalHold.lift(c, a.reason(), change);
        } else if (a instanceof CaseCommand.Restrict) {
            return LegalHold.restrict(c, a.reason(), change);
        } else if (a instanceof CaseCommand.LiftRestriction) {
            return LegalHold.liftRestriction(c, a.reason(), change);
        }
        return Anonymisation.onRequest(c, Anonymisation.ON_REQUEST, a.reason(), change);
    }

    /** A reopened complaint's Stage 1 (and its extension limit) counts from the reopening, not the receipt. */
    private static LocalDate stage1StartedOn(Complaint c) {
        return c.parts().stage1() == null
                ? c.intake().receivedOn()
                : c.parts().stage1().startedOn(c.intake().receivedOn());
    }

    /**
     * The window counts from the withdrawal or closing on the timeline, or from the posting of its letter when later
     * (decision 040); the new Stage 1 from the reopening.
     */
    private Decision reopen(Complaint c, CaseCommand.Reopen a, Change change) {
        LocalDate windowEndsOn = LetterPosting.reopenWindowFrom(c)
                .map(ended -> timescales.dueDate(TimescaleId.REOPEN_WINDOW, ended))
                .orElse(null);
        return Reopening.reopen(
                c,
                a.reopenedOn(),
                a.reason(),
                windowEndsOn,
                timescales.dueDate(TimescaleId.STAGE1_RESPONSE, a.reopenedOn()),
                change);
    }

    /** The events a change owes, stored with it so a failed publish is retried by the sweep. */
    private static List<String> owedEvents(
            CaseCommand command, ComplaintState before, ComplaintState after, long newVersion) {
        List<String> owed = new ArrayList<>();
        if (command instanceof CaseCommand.RecordIssueOutcomes
                || command instanceof CaseCommand.Withdraw
                || command instanceof CaseCommand.CloseNotInvestigated) {
            owed.add(Notifications.outcomeEvent(newVersion));
        }
        if (command instanceof CaseCommand.RequestStage2 || command instanceof CaseCommand.RequestStage3) {
            owed.add(Notifications.escalatedEvent(before.stage(), after.stage(), newVersion));
        }
        if (command instanceof CaseCommand.ReferToOmbudsman) {
            owed.add(Notifications.ombudsmanEvent(newVersion));
        }
        if (command instanceof CaseCommand.Reopen) {
            owed.addAll(Notifications.onReopening(newVersion));
        }
        // The complainant hears when the clock stops and when it restarts: one email each, keyed on the change.
        if (command instanceof CaseCommand.PauseClock) {
            owed.add(Notifications.clockPaused(newVersion));
        }
        if (command instanceof CaseCommand.ResumeClock) {
            owed.add(Notifications.clockResumed(newVersion));
        }
        return owed;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
