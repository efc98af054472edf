package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A complaint's clock stops, read from its append-only timeline as pause/resume pairs (the way the MoJ correspondence
 * tool reads {@code stop_the_clock}/{@code restart_the_clock}). There is no second record of a pause to drift out of
 * step with the timeline.
 */
public final class ClockPauses {
    /** One stop of the clock; {@code resumedOn} is null while it is still stopped. */
    public record Pause(ComplaintState.Stage stage, LocalDate pausedOn, PauseReason reason, LocalDate resumedOn) {
        public boolean isOpen() {
            return resumedOn == null;
        }
    }

    private final List<Pause> pauses;

    private ClockPauses(List<Pause> pauses) {
        this.pauses = List.copyOf(pauses);
    }

    public static ClockPauses from(List<TimelineEntry> timeline) {
        List<Pause> pauses = new ArrayList<>();
        Pause open = null;
        for (TimelineEntry entry : timeline) {
            ClockEvent e = entry.clock();
            if (e == null) {
                continue;
            }
            if (e.kind() == ClockEvent.Kind.PAUSED && open == null) {
                open = new Pause(e.stage(), e.on(), e.reason(), null);
            } else if (e.kind() == ClockEvent.Kind.RESUMED && open != null) {
                pauses.add(new Pause(open.stage(), open.pausedOn(), open.reason(), e.on()));
                open = null;
            }
        }
        if (open != null) {
            pauses.add(open);
        }
        return new ClockPauses(pauses);
    }

    public List<Pause> all() {
        return pauses;
    }

    /** The pause still running, if the last stop has not been followed by a restart. */
    public Optional<Pause> open() {
        return pauses.isEmpty() || !pauses.get(pauses.size() - 1).isOpen()
                ? Optional.empty()
                : Optional.of(pauses.get(pauses.size() - 1));
    }

    /** The day the clock last restarted, if it ever did: a new pause cannot start before it. */
    public Optional<LocalDate> lastResumedOn() {
        return pauses.stream().map(Pause::resumedOn).filter(d -> d != null).reduce((a, b) -> b);
    }

    /** Finished pauses of {@code stage} that began on or after {@code from}: what moves a deadline counted from it. */
    public List<Pause> closedAt(ComplaintState.Stage stage, LocalDate from) {
        return pauses.stream()
                .filter(p -> !p.isOpen() && p.stage() == stage && !p.pausedOn().isBefore(from))
                .toList();
    }

    public boolean isEmpty() {
        return pauses.isEmpty();
    }
}
