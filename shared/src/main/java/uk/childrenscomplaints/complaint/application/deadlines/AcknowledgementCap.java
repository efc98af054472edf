package uk.childrenscomplaints.complaint.application.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.ports.LimitCounters;

/**
 * At most so many acknowledgements a day (London time) to one email address, whichever way the complaints came: the
 * public form, the API or staff logging. Otherwise anyone could use the council's form to mail-bomb a third party.
 * The count is taken at the send, so it holds for retries from the sweep too.
 */
public final class AcknowledgementCap {
    /** No cap: for tests of other things. */
    public static final AcknowledgementCap NONE =
            new AcknowledgementCap(null, null, Integer.MAX_VALUE, Clock.systemUTC());

    private static final ZoneId LONDON = CouncilTime.ZONE;

    private final LimitCounters counters;
    private final KeyedHash hash;
    private final int perDay;
    private final Clock clock;

    public AcknowledgementCap(LimitCounters counters, KeyedHash hash, int perDay, Clock clock) {
        this.counters = counters;
        this.hash = hash;
        this.perDay = perDay;
        this.clock = clock;
    }

    public int perDay() {
        return perDay;
    }

    /**
     * Counts one acknowledgement to {@code email} today: the counter's name to give back if the send then fails, or
     * empty when today's allowance for the address is spent (nothing counted).
     */
    Optional<Taken> take(String email) {
        if (counters == null) {
            return Optional.of(new Taken(null));
        }
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        String counter = "ack#" + hash.ofEmail(email) + "#" + today;
        // Kept a day past the window, so a clock a little out never finds it gone early.
        var expires = today.plusDays(2).atStartOfDay(LONDON).toInstant();
        return counters.addIfBelow(counter, perDay, expires) ? Optional.of(new Taken(counter)) : Optional.empty();
    }

    void giveBack(Taken taken) {
        if (counters != null && taken.counter() != null) {
            counters.giveBack(taken.counter());
        }
    }

    record Taken(String counter) {}
}
