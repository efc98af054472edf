package uk.childrenscomplaints.complaint.application.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.deadlines.KeyedHash;
import uk.childrenscomplaints.complaint.application.ports.LimitCounters;

/**
 * The public routes' abuse limits: so many submissions an hour from one source address, and so many a day naming one
 * email address (London days). Fixed windows, counted in the store by conditional writes, named by keyed hashes: no
 * address is stored. A refused submission changes no counter (one already counted for it is given back).
 */
public final class SubmissionLimits {
    private static final ZoneId LONDON = CouncilTime.ZONE;

    private final LimitCounters counters;
    private final KeyedHash hash;
    private final int perSourcePerHour;
    private final int perEmailPerDay;
    private final Clock clock;

    public SubmissionLimits(
            LimitCounters counters, KeyedHash hash, int perSourcePerHour, int perEmailPerDay, Clock clock) {
        this.counters = counters;
        this.hash = hash;
        this.perSourcePerHour = perSourcePerHour;
        this.perEmailPerDay = perEmailPerDay;
        this.clock = clock;
    }

    /** What the limits said. */
    sealed interface Decision {
        /** Within the limits; the counters taken, to give back if the submission does not go through after all. */
        record Allowed(List<String> counted) implements Decision {}

        /** Over a limit; nothing counted. */
        record Refused(Instant retryAfter) implements Decision {}
    }

    /**
     * Counts a submission from {@code source} (API Gateway's source IP; null or blank: not limited by source) naming
     * {@code email} (null or blank: not limited by address).
     */
    Decision take(String source, String email) {
        Instant now = clock.instant();
        String sourceCounter = null;
        if (source != null && !source.isBlank()) {
            Instant hour = now.truncatedTo(ChronoUnit.HOURS);
            Instant nextHour = hour.plus(1, ChronoUnit.HOURS);
            sourceCounter = "source#" + hash.ofSourceAddress(source) + "#" + hour;
            if (!counters.addIfBelow(sourceCounter, perSourcePerHour, nextHour.plus(1, ChronoUnit.HOURS))) {
                return new Decision.Refused(nextHour);
            }
        }
        if (email != null && !email.isBlank()) {
            LocalDate today = LocalDate.now(clock.withZone(LONDON));
            Instant tomorrow = today.plusDays(1).atStartOfDay(LONDON).toInstant();
            String emailCounter = "email#" + hash.ofEmail(email) + "#" + today;
            if (!counters.addIfBelow(emailCounter, perEmailPerDay, tomorrow.plus(1, ChronoUnit.DAYS))) {
                if (sourceCounter != null) {
                    counters.giveBack(sourceCounter);
                }
                return new Decision.Refused(tomorrow);
            }
            return new Decision.Allowed(
                    sourceCounter == null ? List.of(emailCounter) : List.of(sourceCounter, emailCounter));
        }
        return new Decision.Allowed(sourceCounter == null ? List.of() : List.of(sourceCounter));
    }

    void giveBack(Decision.Allowed allowed) {
        allowed.counted().forEach(counters::giveBack);
    }
}
