package uk.childrenscomplaints.complaint.application.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.complaint.application.ports.CalendarRecalculations;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.CurrentCalendar;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.DueDateMove;
import uk.childrenscomplaints.complaint.model.RunningDeadlines;
import uk.childrenscomplaints.complaint.model.RunningDueDates;

/**
 * Brings running due dates onto a changed bank-holiday calendar (decision 022). The sweep calls it first: when the
 * calendar's version is the one already done, it costs one read. Otherwise it reads every complaint with a running
 * clock from the deadline index, and for each one counted on another version recounts its due dates, moves those not
 * yet passed, records why on the timeline, stamps the version, and owes the respondent (or the team) one email, all in
 * one versioned write: a second run with the same version finds nothing to do. The pass is repeated on the next
 * sweep day, which catches a complaint a process still holding the old calendar stored meanwhile. The very first run
 * only records the calendar as the baseline: a complaint without a version counts as counted on it until it changes.
 */
public final class RecalculatingDeadlines {
    private static final int PAGE_SIZE = 50;
    private static final LocalDate EVERY_RUNNING_CLOCK = LocalDate.of(9999, 12, 31);

    private final Complaints complaints;
    private final CurrentCalendar calendars;
    private final CalendarRecalculations done;
    private final SendingOwedNotifications owed;
    private final Clock clock;

    public RecalculatingDeadlines(
            Complaints complaints,
            CurrentCalendar calendars,
            CalendarRecalculations done,
            SendingOwedNotifications owed,
            Clock clock) {
        this.complaints = complaints;
        this.calendars = calendars;
        this.done = done;
        this.owed = owed;
        this.clock = clock;
    }

    /** Counts only, for the log: examined and moved complaints, writes lost three times over. */
    public record Counts(String version, boolean unchanged, int examined, int moved, int failed, boolean finished) {}

    public Counts run(LocalDate today, BooleanSupplier timeLeft) {
        TimescalePolicy policy = calendars.policyOn(today);
        String version = policy.calendar().version();
        Optional<CalendarRecalculations.Done> last = done.last();
        if (last.isEmpty()) {
            // The first sweep ever: every stored date was counted on the holidays there were, so they are the baseline.
            done.record(new CalendarRecalculations.Done(version, holidaysAround(policy, today), today, true));
            return new Counts(version, true, 0, 0, 0, true);
        }
        boolean sameVersion = last.isPresent() && last.get().version().equals(version);
        if (sameVersion && last.get().settled()) {
            return new Counts(version, true, 0, 0, 0, true);
        }
        Set<LocalDate> before = last.map(CalendarRecalculations.Done::holidays).orElse(Set.of());
        Set<LocalDate> now = holidaysAround(policy, today);
        int examined = 0;
        int moved = 0;
        int failed = 0;
        String token = null;
        do {
            Complaints.Page page = complaints.findDueBy(EVERY_RUNNING_CLOCK, token, PAGE_SIZE);
            for (Complaint c : page.items()) {
                if (!timeLeft.getAsBoolean()) {
                    return new Counts(version, false, examined, moved, failed, false);
                }
                if (c.calendarVersion().filter(version::equals).isPresent()) {
                    continue;
                }
                examined++;
                switch (recalculate(c, policy, version, today, before, now)) {
                    case MOVED -> moved++;
                    case FAILED -> failed++;
                    default -> {}
                }
            }
            token = page.nextPageToken();
        } while (token != null && timeLeft.getAsBoolean());
        boolean finished = token == null && failed == 0;
        if (finished) {
            // The first day's pass leaves the version unsettled, so the next sweep day repeats it once.
            LocalDate since = sameVersion ? last.get().since() : today;
            done.record(new CalendarRecalculations.Done(version, now, since, today.isAfter(since)));
        }
        return new Counts(version, false, examined, moved, failed, finished);
    }

    private enum Outcome {
        STAMPED,
        MOVED,
        FAILED
    }

    private Outcome recalculate(
            Complaint fromIndex,
            TimescalePolicy policy,
            String version,
            LocalDate today,
            Set<LocalDate> before,
            Set<LocalDate> now) {
        Optional<Complaint> current = Optional.of(fromIndex);
        for (int attempt = 0; attempt < 3 && current.isPresent(); attempt++) {
            Complaint c = current.get();
            if (c.calendarVersion().filter(version::equals).isPresent()) {
                return Outcome.STAMPED; // another run got here first
            }
            List<DueDateMove> moves = moves(c, policy, today, before, now);
            c.moveDueDates(moves, version, new Change(ChasingLateResponses.SWEEP_ACTOR, clock.instant()));
            // The stored dates are the unpaused ones; the cached running dates (pauses added) follow them.
            c.refreshRunningClock(new RunningDeadlines(policy));
            c.owe(moves.stream().map(Notifications::dueDateMoved).toList());
            if (complaints.save(c, c.version()) == Complaints.SaveResult.SAVED) {
                if (!moves.isEmpty()) {
                    owed.sendOwed(c);
                }
                return moves.isEmpty() ? Outcome.STAMPED : Outcome.MOVED;
            }
            current = complaints.find(c.id());
        }
        return current.isEmpty() ? Outcome.STAMPED : Outcome.FAILED;
    }

    /** The stored dates against the same dates counted afresh: only those not yet passed move. */
    private static List<DueDateMove> moves(
            Complaint c, TimescalePolicy policy, LocalDate today, Set<LocalDate> before, Set<LocalDate> now) {
        RunningDueDates stored = RunningDueDates.stored(c);
        RunningDueDates fresh = RunningDueDates.computedFor(c, policy);
        List<DueDateMove> moves = new ArrayList<>();
        for (RunningDueDates.Due was : stored.dates()) {
            LocalDate to = fresh.find(was.id()).orElseThrow().on();
            if (to.equals(was.on()) || was.on().isBefore(today) || to.isBefore(today)) {
                continue;
            }
            moves.add(new DueDateMove(was.id(), was.on(), to, because(was, to, before, now)));
        }
        return moves;
    }

    /** "1 December 2026 became a bank holiday", from the holidays the last pass kept; plainer when it kept none. */
    static String because(RunningDueDates.Due was, LocalDate to, Set<LocalDate> before, Set<LocalDate> now) {
        if (before.isEmpty()) {
            return "the bank holidays changed";
        }
        LocalDate end = to.isAfter(was.on()) ? to : was.on();
        List<String> reasons = new ArrayList<>();
        String added = between(now, before, was.countsFrom(), end);
        if (!added.isEmpty()) {
            reasons.add(added + (added.contains(" and ") ? " became bank holidays" : " became a bank holiday"));
        }
        String removed = between(before, now, was.countsFrom(), end);
        if (!removed.isEmpty()) {
            reasons.add(removed + (removed.contains(" and ") ? " are" : " is") + " no longer a bank holiday");
        }
        return reasons.isEmpty() ? "the bank holidays changed" : String.join(", and ", reasons);
    }

    private static String between(Set<LocalDate> in, Set<LocalDate> notIn, LocalDate after, LocalDate upTo) {
        return in.stream()
                .filter(d -> !notIn.contains(d) && d.isAfter(after) && !d.isAfter(upTo))
                .sorted()
                .map(DueDateMove::longDate)
                .collect(Collectors.joining(" and "));
    }

    /** The holidays worth keeping for next time: from the start of last year to the horizon. */
    private static Set<LocalDate> holidaysAround(TimescalePolicy policy, LocalDate today) {
        LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
        return policy.calendar().holidays().dates().stream()
                .filter(d -> !d.isBefore(from))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
