package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The complaint aggregate. Every change goes through {@link ComplaintLifecycle} and appends one entry to the
 * timeline; the repository writes the change and its new timeline entries in one conditional update.
 */
public final class Complaint {
    private final ComplaintId id;
    private final Reference reference;
    private final long version;
    private Intake intake;
    private List<TimelineEntry> savedTimeline;
    private final List<TimelineEntry> newTimeline = new ArrayList<>();
    private final java.util.Set<String> newlyOwed = new java.util.LinkedHashSet<>();
    /** Send-once keys carried to a moved due date (decision 022): stored as sent with the move. */
    private final java.util.Set<String> carriedSent = new java.util.LinkedHashSet<>();
    /** The calendar the running due dates were counted on (decision 022); null when not recorded. */
    private String calendarVersion;

    private ComplaintState state;
    private ComplaintParts parts;
    /** The derived cache of running due dates (see {@link RunningClock}); null means no pause ever moved them. */
    private RunningClock runningClock;
    /** Legal hold, restriction and anonymisation (issue 15). */
    private DataProtection dataProtection = DataProtection.NONE;
    /** Set by {@link Anonymisation}: the repository writes the whole timeline, not only the new entries. */
    private boolean timelineRewritten;
    /** The days its letters were posted (decision 040). */
    private PostedLetters postedLetters = PostedLetters.NONE;

    private Complaint(
            ComplaintId id,
            Reference reference,
            long version,
            Intake intake,
            ComplaintState state,
            ComplaintParts parts,
            List<TimelineEntry> savedTimeline) {
        this.id = id;
        this.reference = reference;
        this.version = version;
        this.intake = intake;
        this.state = state;
        this.parts = parts;
        this.savedTimeline = List.copyOf(savedTimeline);
    }

    /**
     * A new complaint. A statutory one starts Stage 1 with its due date; one under another procedure is recorded for
     * the team to route, off the three-stage clock.
     */
    public static Complaint receive(
            ComplaintId id, Reference reference, Intake intake, LocalDate stage1DueOn, Change change) {
        boolean statutory = intake.procedure().runsStatutoryClock();
        if (statutory && !intake.imported() && stage1DueOn == null) {
            throw new IllegalArgumentException("a statutory complaint needs its Stage 1 due date");
        }
        ComplaintParts parts = ComplaintParts.empty()
                .withStage1(statutory && stage1DueOn != null ? Stage1Record.due(stage1DueOn) : null);
        Complaint c = new Complaint(
                id,
                reference,
                0,
                intake,
                statutory ? ComplaintState.STAGE1_OPEN : ComplaintState.RECORDED_FOR_ROUTING,
                parts,
                List.of());
        c.newTimeline.add(new TimelineEntry(
                change.at(),
                change.actor(),
                "received",
                "Received by " + intake.route().label().toLowerCase() + " under the "
                        + intake.procedure().label()
                        + (stage1DueOn != null && statutory ? "; Stage 1 response due " + stage1DueOn : "")));
        return c;
    }

    /** A complaint as stored, for repositories. */
    public static Complaint restore(
            ComplaintId id,
            Reference reference,
            long version,
            Intake intake,
            ComplaintState state,
            ComplaintParts parts,
            List<TimelineEntry> timeline) {
        return new Complaint(id, reference, version, intake, state, parts, timeline);
    }

    /** A complaint as stored, with its cached running due dates (null when none were stored). */
    public static Complaint restore(
            ComplaintId id,
            Reference reference,
            long version,
            Intake intake,
            ComplaintState state,
            ComplaintParts parts,
            List<TimelineEntry> timeline,
            RunningClock runningClock) {
        Complaint c = new Complaint(id, reference, version, intake, state, parts, timeline);
        c.runningClock = runningClock;
        return c;
    }

    /** A past complaint brought in as history, already in its final (or last known) state. */
    public static Complaint imported(
            ComplaintId id,
            Reference reference,
            Intake intake,
            ComplaintState state,
            ComplaintParts parts,
            Change change) {
        Complaint c = new Complaint(id, reference, 0, intake, state, parts, List.of());
        c.newTimeline.add(new TimelineEntry(change.at(), change.actor(), "imported", "Imported from past records"));
        return c;
    }

    public Decision assignRespondents(Respondent respondent, Respondent second, Change change) {
        return apply(
                ComplaintAction.ASSIGN_RESPONDENTS,
                change,
                "respondents assigned",
                "Respondent and second respondent named",
                c -> c.parts = c.parts.withRespondents(respondent, second));
    }

    public Decision markRespondentAbsent(boolean absent, Change change) {
        if (parts.respondent() == null) {
            return new Decision.Refused("name a respondent before recording their absence");
        }
        return apply(
                ComplaintAction.MARK_RESPONDENT_ABSENT,
                change,
                absent ? "respondent absent" : "respondent back",
                absent ? "Respondent marked absent; the second respondent is chased" : "Respondent marked available",
                c -> c.parts =
                        c.parts.withRespondents(parts.respondent().markedAbsent(absent), parts.secondRespondent()));
    }

    public Decision extendStage1(
            LocalDate newDue, String reason, LocalDate complainantToldOn, LocalDate latestAllowed, Change change) {
        Decision allowed = ExtensionPolicy.check(parts.stage1(), newDue, reason, complainantToldOn, latestAllowed);
        if (!allowed.isAllowed()) {
            return allowed;
        }
        return apply(
                ComplaintAction.EXTEND_STAGE1,
                change,
                "stage 1 extended",
                "Stage 1 due date extended to " + newDue + "; complainant told on " + complainantToldOn,
                c -> c.parts = c.parts.withStage1(parts.stage1().extendedTo(newDue, reason, complainantToldOn)));
    }

    public Decision recordStage1Response(LocalDate sentOn, String summary, LocalDate stage2RequestBy, Change change) {
        if (sentOn.isBefore(intake.receivedOn())) {
            return new Decision.Refused("the response cannot be dated before the complaint was received");
        }
        return apply(
                ComplaintAction.RECORD_STAGE1_RESPONSE,
                change,
                "stage 1 response recorded",
                "Stage 1 response sent on " + sentOn,
                c -> c.parts = c.parts.withStage1(parts.stage1().respondedOn(sentOn, summary, stage2RequestBy)));
    }

    public Decision flagStage2Entitlement(LocalDate on, Change change) {
        if (parts.stage2EntitledOn() != null) {
            return new Decision.Refused("entitlement to Stage 2 is already flagged");
        }
        return apply(
                ComplaintAction.FLAG_STAGE2_ENTITLEMENT,
                change,
                "stage 2 entitlement flagged",
                "Stage 1 response overdue: the complainant may ask for Stage 2",
                c -> c.parts = c.parts.withStage2EntitledOn(on));
    }

    public Decision recordIssueOutcomes(Map<IssueCategory, IssueOutcome> outcomes, Change change) {
        if (outcomes.isEmpty() || !intake.issues().containsAll(outcomes.keySet())) {
            return new Decision.Refused("record an outcome for issues this complaint raised");
        }
        Map<IssueCategory, IssueOutcome> merged = new EnumMap<>(IssueCategory.class);
        merged.putAll(parts.issueOutcomes());
        merged.putAll(outcomes);
        return apply(
                ComplaintAction.RECORD_ISSUE_OUTCOMES,
                change,
                "outcome recorded",
                "Outcome: " + OutcomeRule.overall(merged.values()).label(),
                c -> c.parts = c.parts.withIssueOutcomes(merged));
    }

    /** Withdrawn by the complainant; the reason is required and kept. */
    public Decision withdraw(String reason, Change change) {
        if (reason == null || reason.isBlank()) {
            return new Decision.Refused("give the reason the complaint was withdrawn");
        }
        return apply(
                ComplaintAction.WITHDRAW,
                change,
                "withdrawn",
                "Withdrawn: " + reason,
                c -> c.parts = c.parts.withClosing(Outcome.WITHDRAWN, reason));
    }

    /** Closed without investigation (for example, legal action is under way); the reason is required and kept. */
    public Decision closeNotInvestigated(String reason, Change change) {
        if (reason == null || reason.isBlank()) {
            return new Decision.Refused("give the reason the complaint will not be investigated");
        }
        return apply(
                ComplaintAction.CLOSE_NOT_INVESTIGATED,
                change,
                "closed, not investigated",
                "Not investigated: " + reason,
                c -> c.parts = c.parts.withClosing(Outcome.NOT_INVESTIGATED, reason));
    }

    /** Closed after a response; the report needs an outcome, so one must have been recorded first. */
    public Decision close(Change change) {
        Decision allowed = ComplaintLifecycle.decide(state, ComplaintAction.CLOSE);
        if (allowed.isAllowed() && parts.issueOutcomes().isEmpty()) {
            return new Decision.Refused("record the outcome of the complaint's issues before closing it");
        }
        return apply(
                ComplaintAction.CLOSE, change, "closed", "Closed: " + outcome().label(), c -> {});
    }

    /**
     * Records that an email about this complaint did not reach someone. It is a fact about the post, not a move in the
     * process, so it is allowed in any state, closed ones included (a late bounce still matters to whoever writes
     * next). When {@code complainantUndeliverable} is given, the complainant's address is not emailed again.
     *
     * @param detail for staff: which notice, to whom (a role, never the address) and when
     */
    public void recordUndeliveredEmail(
            String what, String detail, UndeliverableAddress complainantUndeliverable, Change change) {
        if (complainantUndeliverable != null && parts.complainantEmailUndeliverable() == null) {
            parts = parts.withComplainantEmailUndeliverable(complainantUndeliverable);
        }
        newTimeline.add(new TimelineEntry(change.at(), change.actor(), what, detail));
    }

    /**
     * Records that everything held on this complaint was given out in answer to a subject access request (decision
     * 029). A fact about the record, not a move in the process, so it is allowed in any state.
     *
     * @param detail for staff: the format given out; never the requester's details
     */
    public void recordSubjectAccessExport(String detail, Change change) {
        newTimeline.add(new TimelineEntry(change.at(), change.actor(), SUBJECT_ACCESS_EXPORT, detail));
    }

    /** The timeline's action for a subject access export. */
    public static final String SUBJECT_ACCESS_EXPORT = "subject access export";

    /** Whether email may go to the complainant: they gave an address, and nothing said it no longer works. */
    public boolean mayEmailComplainant() {
        return intake.complainant().emailAddress().isPresent() && parts.complainantEmailUndeliverable() == null;
    }

    /** Records a transition through the lifecycle's checks, and its timeline entry. */
    Decision apply(ComplaintAction action, Change change, String what, String detail, Consumer<Complaint> mutation) {
        return apply(action, change, what, detail, mutation, null);
    }

    /** As {@link #apply}, for the one move whose next state depends on the facts (the Ombudsman's decision). */
    Decision apply(
            ComplaintAction action,
            Change change,
            String what,
            String detail,
            Consumer<Complaint> mutation,
            ComplaintState instead) {
        Decision decision = ComplaintLifecycle.decide(state, action);
        if (decision instanceof Decision.Allowed allowed) {
            mutation.accept(this);
            state = instead == null ? allowed.next() : instead;
            newTimeline.add(new TimelineEntry(change.at(), change.actor(), what, detail));
        }
        return decision;
    }

    /** For the clock stops ({@link StoppingTheClock}): a move that also records its {@link ClockEvent}. */
    Decision applyClock(ComplaintAction action, Change change, String what, String detail, ClockEvent event) {
        Decision decision = ComplaintLifecycle.decide(state, action);
        if (decision instanceof Decision.Allowed) {
            newTimeline.add(new TimelineEntry(change.at(), change.actor(), what, detail, event));
        }
        return decision;
    }

    /** The clock's stops, read from the timeline: the only record of them. */
    public ClockPauses clockPauses() {
        return ClockPauses.from(timeline());
    }

    /** The clock is stopped at the complaint's current stage, and the stage's clock is one that can stop. */
    public boolean isPaused() {
        return StoppingTheClock.CLOCKED.contains(state)
                && clockPauses().open().filter(p -> p.stage() == state.stage()).isPresent();
    }

    /** At Stage 2 with no agreed complaint statement: its dates are provisional, counted from the request. */
    public boolean isAwaitingAgreedStatement() {
        return state == ComplaintState.STAGE2_INVESTIGATING
                && parts.stage2() != null
                && parts.stage2().isAwaitingAgreedStatement();
    }

    /** The pause in force now, if the clock is stopped. */
    public Optional<ClockPauses.Pause> currentPause() {
        return isPaused() ? clockPauses().open() : Optional.empty();
    }

    /** The running due dates: the cached ones, or the recorded ones when no pause ever moved them. */
    public RunningClock running() {
        return runningClock == null ? RunningClock.unshifted(parts) : runningClock;
    }

    /** Recomputes the cached running dates from the facts; the use cases call it after every change. */
    public void refreshRunningClock(RunningDeadlines deadlines) {
        runningClock = deadlines.of(this);
    }

    /**
     * The next statutory date actually running on {@code today} ({@link RunningClock#nextDueOn}): what the dashboard,
     * the list and the API show. None while the clock is stopped, for imported history, or where no council clock runs.
     */
    public Optional<LocalDate> dueOn(LocalDate today) {
        if (intake.imported() || isPaused() || !state.isOpen()) {
            return Optional.empty();
        }
        return Optional.ofNullable(running().nextDueOn(state, today));
    }

    /** Legal hold, restriction and anonymisation: {@link DataProtection#NONE} when none applies. */
    public DataProtection dataProtection() {
        return dataProtection;
    }

    /** For repositories: what was stored. */
    public void restoreDataProtection(DataProtection stored) {
        this.dataProtection = stored == null ? DataProtection.NONE : stored;
    }

    /** A hold or restriction placed or lifted ({@link LegalHold}): allowed in any state, one timeline entry. */
    Decision protect(DataProtection next, Change change, String what, String detail) {
        dataProtection = next;
        newTimeline.add(new TimelineEntry(change.at(), change.actor(), what, detail));
        return new Decision.Allowed(state);
    }

    /** The personal data removed ({@link Anonymisation}): the saved timeline is replaced, not appended to. */
    void scrub(
            Intake scrubbed,
            ComplaintParts kept,
            List<TimelineEntry> timeline,
            DataProtection marked,
            TimelineEntry entry) {
        intake = scrubbed;
        parts = kept;
        savedTimeline = List.copyOf(timeline.subList(0, savedTimeline.size()));
        newTimeline.clear();
        newTimeline.addAll(timeline.subList(savedTimeline.size(), timeline.size()));
        newTimeline.add(entry);
        dataProtection = marked;
        timelineRewritten = true;
    }

    /** The days the complaint's letters were posted, by outbox key (decision 040). */
    public PostedLetters postedLetters() {
        return postedLetters;
    }

    /** For repositories: what was stored. */
    public void restorePostedLetters(PostedLetters stored) {
        this.postedLetters = stored == null ? PostedLetters.NONE : stored;
    }

    /** A letter marked posted ({@link LetterPosting}): a fact about the post, allowed in any state. */
    void notePosted(PostedLetters next, TimelineEntry entry) {
        postedLetters = next;
        newTimeline.add(entry);
    }

    /** Whether this change rewrote the timeline (anonymisation): the repository then writes it whole. */
    public boolean timelineRewritten() {
        return timelineRewritten;
    }

    /** The cached running dates as stored (null when none), for the repository. */
    public RunningClock storedRunningClock() {
        return runningClock;
    }

    /** For the later stages' rules ({@link LaterStages}), which live apart to keep this class small. */
    void replaceParts(ComplaintParts replacement) {
        parts = replacement;
    }

    /**
     * Marks notifications as owed, so they are stored with the change that caused them (in the same write) and a failed
     * send is retried by the sweep.
     */
    public void owe(java.util.Collection<String> notificationKeys) {
        java.util.Set<String> owed = new java.util.LinkedHashSet<>(parts.outbox());
        owed.addAll(notificationKeys);
        newlyOwed.addAll(notificationKeys);
        parts = parts.withOutbox(owed);
    }

    /** The calendar version the running due dates were counted on, when recorded (decision 022). */
    public Optional<String> calendarVersion() {
        return Optional.ofNullable(calendarVersion);
    }

    /** Records which calendar the due dates were counted on: at receipt, and when the repository reads it back. */
    public void stampCalendarVersion(String version) {
        this.calendarVersion = version;
    }

    /**
     * Moves running due dates to those counted on a changed calendar, one timeline entry each, and stamps its version.
     * Keys of notices the old dates already produced are carried to the new dates, so none goes twice.
     */
    public void moveDueDates(java.util.List<DueDateMove> moves, String version, Change change) {
        for (DueDateMove move : moves) {
            java.util.Set<String> carried = move.carriedKeys(parts.notificationsSent());
            parts = move.applyTo(parts);
            if (!carried.isEmpty()) {
                java.util.Set<String> sent = new java.util.LinkedHashSet<>(parts.notificationsSent());
                sent.addAll(carried);
                parts = parts.withNotificationsSent(sent);
                carriedSent.addAll(carried);
            }
            newTimeline.add(new TimelineEntry(change.at(), change.actor(), "due date moved", move.describe()));
        }
        this.calendarVersion = version;
    }

    /** Keys marked sent by {@link #moveDueDates}: the repository adds exactly these to the stored sent set. */
    public java.util.Set<String> carriedSent() {
        return java.util.Set.copyOf(carriedSent);
    }

    /** Notifications owed since the complaint was loaded: the repository adds exactly these to the stored outbox. */
    public java.util.Set<String> newlyOwed() {
        return java.util.Set.copyOf(newlyOwed);
    }

    public Outcome outcome() {
        if (parts.closingOutcome() != null) {
            return parts.closingOutcome();
        }
        if (state == ComplaintState.WITHDRAWN) {
            return Outcome.WITHDRAWN;
        }
        if (state == ComplaintState.NOT_INVESTIGATED) {
            return Outcome.NOT_INVESTIGATED;
        }
        if (!parts.issueOutcomes().isEmpty()) {
            return OutcomeRule.overall(parts.issueOutcomes().values());
        }
        return state.isOpen() ? Outcome.ONGOING : Outcome.UNKNOWN;
    }

    /**
     * The next date on which the deadline sweep must look at this complaint, or empty when no statutory clock runs.
     * A complaint with no respondent is due for attention from the day it arrives.
     */
    public Optional<LocalDate> nextDeadline() {
        if (intake.imported() || !state.isOpen()) {
            return Optional.empty();
        }
        // A stopped clock stays in the index from the day it stopped: the sweep owes it nothing but the chase of a
        // stop that lasts too long, which it works out with its calendar.
        Optional<ClockPauses.Pause> pause = currentPause();
        if (pause.isPresent()) {
            return Optional.of(pause.get().pausedOn());
        }
        RunningClock running = running();
        return switch (state) {
            // The Ombudsman keeps their own time, and routing is off the statutory clock.
            case WITH_OMBUDSMAN, RECORDED_FOR_ROUTING -> Optional.empty();
            case STAGE1_OPEN -> Optional.of(parts.respondent() == null ? intake.receivedOn() : running.stage1DueOn());
            case STAGE1_RESPONDED -> Optional.ofNullable(parts.stage1().stage2RequestBy());
            // Awaiting an agreed statement it stays in the index from the request, as a stopped clock does: the sweep
            // owes it the statement chase (STATEMENT_CHASE) long before the provisional due date comes near.
            case STAGE2_INVESTIGATING ->
                parts.stage2() == null || parts.stage2().isResponded()
                        ? Optional.empty()
                        : parts.stage2().isAwaitingAgreedStatement()
                                ? Optional.ofNullable(parts.stage2().requestedOn())
                                : Optional.ofNullable(running.stage2DueOn());
            // The earliest Stage 3 date, when the cache holds them (from the policy); else the older estimate.
            case STAGE3_REQUESTED, STAGE3_PANEL_HELD ->
                running.panelNoticeBy() == null && running.panelReportDueOn() == null
                        ? parts.nextStageDeadline()
                        : Optional.ofNullable(running.nextDueOn(state, LocalDate.MIN));
            default -> parts.nextStageDeadline();
        };
    }

    public ComplaintId id() {
        return id;
    }

    public Reference reference() {
        return reference;
    }

    public long version() {
        return version;
    }

    public Intake intake() {
        return intake;
    }

    public ComplaintState state() {
        return state;
    }

    public ComplaintParts parts() {
        return parts;
    }

    /**
     * The council's own deadline has passed: Stage 1 unanswered after its (extended) running due date, or Stage 2
     * after its running due date; never while the clock is stopped. Other states' next dates are the complainant's, not the council's; imported history is never overdue.
     * The one rule behind the dashboard's flag, the search's filter and the sweep's count.
     */
    public boolean isOverdue(LocalDate today) {
        if (intake.imported() || isPaused()) {
            return false;
        }
        RunningClock running = running();
        return switch (state) {
            case STAGE1_OPEN ->
                parts.stage1() != null && !parts.stage1().isResponded() && today.isAfter(running.stage1DueOn());
            case STAGE2_INVESTIGATING ->
                parts.stage2() != null && running.stage2DueOn() != null && today.isAfter(running.stage2DueOn());
            default -> false;
        };
    }

    /** The whole timeline: what was saved, then what this change adds. */
    public List<TimelineEntry> timeline() {
        List<TimelineEntry> all = new ArrayList<>(savedTimeline);
        all.addAll(newTimeline);
        return Collections.unmodifiableList(all);
    }

    /** Entries added since the complaint was loaded: the repository appends exactly these. */
    public List<TimelineEntry> newTimelineEntries() {
        return List.copyOf(newTimeline);
    }
}
