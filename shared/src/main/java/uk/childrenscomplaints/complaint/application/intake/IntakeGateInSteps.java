package uk.childrenscomplaints.complaint.application.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.IdempotencyKeys;
import uk.childrenscomplaints.complaint.application.ports.IntakeGate;
import uk.childrenscomplaints.complaint.application.ports.LimitCounters;
import uk.childrenscomplaints.complaint.model.Complaint;

/**
 * The gate as separate conditional writes, for a store without transactions (dynalite) and for one-item passes: the
 * key first, so a replay is answered without counting; then each limit in order. A refusal, or a failure part way,
 * gives back what this pass had written, so the caller sees the transaction's all-or-nothing. An admission is that
 * pass, then the reference counter, then the complaint's conditional put (decision 036's three writes after the gate).
 */
public final class IntakeGateInSteps implements IntakeGate {
    private final IdempotencyKeys keys;
    private final LimitCounters counters;
    private final Complaints complaints;

    /**
     * @param counters null: no limits are ever passed (staff logging)
     * @param complaints where an admitted complaint is stored and its reference counted
     */
    public IntakeGateInSteps(IdempotencyKeys keys, LimitCounters counters, Complaints complaints) {
        this.keys = keys;
        this.counters = counters;
        this.complaints = complaints;
    }

    @Override
    public Admission admit(IdempotencyKeys.Key key, List<Limit> limits, Instant now, Made made) {
        return admitInSteps(this, complaints, key, limits, now, made);
    }

    /**
     * An admission as separate calls through any gate: its pass, and only if that passed the reference and the
     * complaint's put. A failure before the put gives back what the pass wrote (nothing is stored under the key yet, so
     * a retry with other answers is not a reused key); from the put on the key stays, because the put may have
     * happened even when the call failed, and a retry then finds the complaint or finishes it.
     */
    public static Admission admitInSteps(
            IntakeGate gate,
            Complaints complaints,
            IdempotencyKeys.Key key,
            List<Limit> limits,
            Instant now,
            Made made) {
        Result passed = gate.pass(key, limits, now);
        if (passed instanceof Result.KeyTaken taken) {
            return taken;
        }
        if (passed instanceof Result.Refused refused) {
            return refused;
        }
        Complaint complaint;
        try {
            complaint = made.complaintFor().apply(complaints.nextReference(made.financialYear()));
        } catch (RuntimeException e) {
            throw givenBack(gate, key, limits, e);
        }
        return complaints.add(complaint) == Complaints.AddResult.ADDED
                ? new Admission.Admitted(complaint)
                : new Admission.AlreadyStored();
    }

    /** Gives back what passed; the failure that made it necessary is the one the caller sees, even if this fails. */
    static RuntimeException givenBack(
            IntakeGate gate, IdempotencyKeys.Key key, List<Limit> counted, RuntimeException failure) {
        try {
            gate.giveBack(key, counted);
        } catch (RuntimeException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
        return failure;
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
