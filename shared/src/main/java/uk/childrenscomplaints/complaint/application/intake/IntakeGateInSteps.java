package uk.childrenscomplaints.complaint.application.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.childrenscomplaints.complaint.application.ports.IdempotencyKeys;
import uk.childrenscomplaints.complaint.application.ports.IntakeGate;
import uk.childrenscomplaints.complaint.application.ports.LimitCounters;

/**
 * The gate as separate conditional writes, for a store without transactions (dynalite) and for one-item passes: the
 * key first, so a replay is answered without counting; then each limit in order. A refusal, or a failure part way,
 * gives back what this pass had written, so the caller sees the transaction's all-or-nothing.
 */
public final class IntakeGateInSteps implements IntakeGate {
    private final IdempotencyKeys keys;
    private final LimitCounters counters;

    /** @param counters null: no limits are ever passed (staff logging) */
    public IntakeGateInSteps(IdempotencyKeys keys, LimitCounters counters) {
        this.keys = keys;
        this.counters = counters;
    }

    @Override
    public Result pass(IdempotencyKeys.Key key, List<Limit> limits, Instant now) {
        if (key != null && keys.claim(key, now) instanceof IdempotencyKeys.Claim.Taken taken) {
            return new Result.KeyTaken(taken.complaintId(), taken.fingerprint());
        }
        List<Limit> counted = new ArrayList<>();
        for (Limit limit : limits) {
            boolean added;
            try {
                added = counters.addIfBelow(limit.counter(), limit.limit(), limit.expiresAt());
            } catch (RuntimeException e) {
                try {
                    giveBack(key, counted);
                } catch (RuntimeException alsoFailed) {
                    e.addSuppressed(alsoFailed);
                }
                throw e;
            }
            if (!added) {
                giveBack(key, counted);
                return new Result.Refused(limit.retryAfter());
            }
            counted.add(limit);
        }
        return new Result.Passed();
    }

    @Override
    public void giveBack(IdempotencyKeys.Key key, List<Limit> counted) {
        counted.forEach(limit -> counters.giveBack(limit.counter()));
        if (key != null) {
            keys.release(key.scopedKey(), key.complaintId());
        }
    }
}
