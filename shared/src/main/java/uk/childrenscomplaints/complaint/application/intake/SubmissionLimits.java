package uk.childrenscomplaints.complaint.application.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.deadlines.KeyedHash;
import uk.childrenscomplaints.complaint.application.ports.IntakeGate;
import uk.childrenscomplaints.complaint.application.ports.LimitCounters;

/**
 * The public routes' abuse limits: so many submissions an hour from one source address, and so many a day naming one
 * email address (London days). Fixed windows, counted in the store by conditional writes through the
 * {@link IntakeGate} together with the idempotency key (decision 036), named by keyed hashes: no address is stored. A
 * refused submission changes no counter.
 */
public final class SubmissionLimits {
    private static final ZoneId LONDON = CouncilTime.ZONE;

    private final LimitCounters counters;
    private final KeyedHash hash;
    private final int perSourcePerHour;
    private final int perEmailPerDay;
    private final Clock clock;

    public SubmissionLimits(KeyedHash hash, int perSourcePerHour, int perEmailPerDay, Clock clock) {
        this(null, hash, perSourcePerHour, perEmailPerDay, clock);
    }

    /**
     * @param counters where the limits are counted when {@link SubmittingComplaint} is given the separate ports rather
     *     than a gate (a store without transactions, or tests over the two ports)
     */
    public SubmissionLimits(
            LimitCounters counters, KeyedHash hash, int perSourcePerHour, int perEmailPerDay, Clock clock) {
        this.counters = counters;
        this.hash = hash;
        this.perSourcePerHour = perSourcePerHour;
        this.perEmailPerDay = perEmailPerDay;
        this.clock = clock;
    }

    LimitCounters counters() {
        return counters;
    }

    /**
     * The limits a submission from {@code source} (API Gateway's source IP; null or blank: not limited by source)
     * naming {@code email} (null or blank: not limited by address) counts now: the source's first, so it is the one
     * reported when both are full, as it always was.
     */
    List<IntakeGate.Limit> of(String source, String email) {
        Instant now = clock.instant();
        List<IntakeGate.Limit> limits = new ArrayList<>(2);
        if (source != null && !source.isBlank()) {
            Instant hour = now.truncatedTo(ChronoUnit.HOURS);
            Instant nextHour = hour.plus(1, ChronoUnit.HOURS);
            limits.add(new IntakeGate.Limit(
                    "source#" + hash.ofSourceAddress(source) + "#" + hour,
                    perSourcePerHour,
                    nextHour.plus(1, ChronoUnit.HOURS),
                    nextHour));
        }
        if (email != null && !email.isBlank()) {
            LocalDate today = LocalDate.now(clock.withZone(LONDON));
            Instant tomorrow = today.plusDays(1).atStartOfDay(LONDON).toInstant();
            limits.add(new IntakeGate.Limit(
                    "email#" + hash.ofEmail(email) + "#" + today,
                    perEmailPerDay,
                    tomorrow.plus(1, ChronoUnit.DAYS),
                    tomorrow));
        }
        return List.copyOf(limits);
    }
}
