package uk.childrenscomplaints.complaint.application.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.childrenscomplaints.complaint.application.Workflow.POLICY;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.complaint.application.DelegatingComplaints;
import uk.childrenscomplaints.complaint.application.EarliestReceivedDate;
import uk.childrenscomplaints.complaint.application.InMemoryComplaints;
import uk.childrenscomplaints.complaint.application.ReceivedDates;
import uk.childrenscomplaints.complaint.application.deadlines.KeyedHash;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.IdempotencyKeys;
import uk.childrenscomplaints.complaint.application.ports.IntakeGate;
import uk.childrenscomplaints.complaint.model.ComplaintId;
import uk.childrenscomplaints.complaint.model.Reference;
import uk.childrenscomplaints.complaint.model.SampleTeams;

/**
 * What the submission does with each answer of the gate (decision 036), whichever store is behind it: a refusal of a
 * new key undoes nothing (the gate wrote nothing), a retry that finishes a dead submission counts the limits without
 * the key and gives that key back if refused, and a failure before the complaint is written gives back all it passed.
 */
class PassingTheIntakeGateTest {
    private static final Instant THU_2026_12_24_1015 = Instant.parse("2026-12-24T10:15:00Z");
    private static final Clock CLOCK = Clock.fixed(THU_2026_12_24_1015, ZoneOffset.UTC);
    private static final NewComplaint ANSWERS =
            SubmittingComplaintIT.online("alex@example.test", "Nobody called back.");

    /** Answers from a script, and records each pass and give-back. */
    private static final class ScriptedGate implements IntakeGate {
        final Deque<Result> answers = new ArrayDeque<>();
        final List<String> calls = new ArrayList<>();
        final List<IdempotencyKeys.Key> passedKeys = new ArrayList<>();
        /** Admissions to answer as a transaction would; when none, an admission is the steps over these. */
        final Deque<Admission> admissions = new ArrayDeque<>();

        Complaints complaints;
        IdempotencyKeys.Key givenBackKey;
        List<Limit> givenBackCounts;
        boolean givingBackFails;

        @Override
        public Admission admit(IdempotencyKeys.Key key, List<Limit> limits, Instant now, Made made) {
            Admission scripted = admissions.poll();
            if (scripted == null) {
                return IntakeGateInSteps.admitInSteps(this, complaints, key, limits, now, made);
            }
            calls.add("admit " + (key == null ? "without key" : "with key") + ", " + limits.size() + " limits");
            passedKeys.add(key);
            if (scripted instanceof Admission.AlreadyStored) {
                // What the same submission racing this one stored, under the same id, before this one's write.
                complaints.add(made.complaintFor().apply(new Reference(made.financialYear(), 6)));
            }
            return scripted instanceof Admission.Admitted
                    ? new Admission.Admitted(made.complaintFor().apply(new Reference(made.financialYear(), 7)))
                    : scripted;
        }

        @Override
        public Result pass(IdempotencyKeys.Key key, List<Limit> limits, Instant now) {
            calls.add("pass " + (key == null ? "without key" : "with key") + ", " + limits.size() + " limits");
            passedKeys.add(key);
            return answers.remove();
        }

        @Override
        public void giveBack(IdempotencyKeys.Key key, List<Limit> counted) {
            calls.add("give back");
            givenBackKey = key;
            givenBackCounts = counted;
            if (givingBackFails) {
                throw new IllegalStateException("the give-back's call timed out too");
            }
        }
    }

    private final ScriptedGate gate = new ScriptedGate();
    private final InMemoryComplaints stored = new InMemoryComplaints(CLOCK);
    private boolean referencesFail;

    private SubmittingComplaint submitting() {
        var complaints = new DelegatingComplaints(stored) {
            @Override
            public Reference nextReference(int financialYear) {
                if (referencesFail) {
                    throw new IllegalStateException("the counter's call timed out");
                }
                return super.nextReference(financialYear);
            }
        };
        gate.complaints = complaints;
        return new SubmittingComplaint(
                complaints,
                POLICY,
                SampleTeams.SEED,
                gate,
                IdempotencyPeriods.DEFAULT,
                new SubmissionLimits(
                        new KeyedHash(() -> "a test secret of thirty-two bytes or more".getBytes()), 5, 3, CLOCK),
                EarliestReceivedDate.configuredOnly(ReceivedDates.DEFAULT_EARLIEST),
                CLOCK);
    }

    private static PublicSubmission api(String key) {
        return new PublicSubmission(PublicSubmission.Channel.API, key, "192.0.2.10");
    }

    @Test
    void aNewKeyAndBothLimitsOnThu_2026_12_24GoToTheGateInOnePassAndTheComplaintIsStoredUnderTheKeysId() {
        gate.answers.add(new IntakeGate.Result.Passed());

        var accepted = (SubmissionResult.Accepted) submitting().submit(ANSWERS, api("key-1"));

        assertThat(gate.calls).containsExactly("pass with key, 2 limits");
        assertThat(gate.passedKeys.get(0).complaintId())
                .isEqualTo(accepted.complaint().id());
        assertThat(gate.passedKeys.get(0).fingerprint()).isEqualTo(Fingerprint.of(ANSWERS));
        assertThat(gate.passedKeys.get(0).expiresAt()).isEqualTo(THU_2026_12_24_1015.plusSeconds(24 * 3600));
        assertThat(stored.find(accepted.complaint().id())).isPresent();
    }

    @Test
    void aRefusalOfANewKeyIsTooManyWithNothingGivenBackAndNoReferenceTaken() {
        gate.answers.add(new IntakeGate.Result.Refused(Instant.parse("2026-12-24T11:00:00Z")));

        SubmissionResult result = submitting().submit(ANSWERS, api("key-1"));

        assertThat(result).isEqualTo(new SubmissionResult.TooMany(Instant.parse("2026-12-24T11:00:00Z")));
        assertThat(gate.calls).containsExactly("pass with key, 2 limits");
        assertThat(stored.nextReference(2026)).isEqualTo(new Reference(2026, 1));
    }

    @Test
    void aKeyTakenWithOtherAnswersIs409AndNothingIsCountedOrStored() {
        gate.answers.add(new IntakeGate.Result.KeyTaken(ComplaintId.random(), "another fingerprint"));

        SubmissionResult result = submitting().submit(ANSWERS, api("key-1"));

        assertThat(result).isInstanceOf(SubmissionResult.KeyReused.class);
        assertThat(gate.calls).containsExactly("pass with key, 2 limits");
        assertThat(stored.nextReference(2026)).isEqualTo(new Reference(2026, 1));
    }

    @Test
    void aRetryOfASubmissionThatDiedBeforeItsComplaintCountsTheLimitsWithoutTheKeyAndStoresUnderTheKeysId() {
        ComplaintId named = ComplaintId.random();
        gate.answers.add(new IntakeGate.Result.KeyTaken(named, Fingerprint.of(ANSWERS)));
        gate.answers.add(new IntakeGate.Result.Passed());

        var accepted = (SubmissionResult.Accepted) submitting().submit(ANSWERS, api("key-1"));

        assertThat(gate.calls).containsExactly("pass with key, 2 limits", "pass without key, 2 limits");
        assertThat(accepted.replayed()).isFalse();
        assertThat(accepted.complaint().id()).isEqualTo(named);
    }

    @Test
    void aRefusedRetryOfADeadSubmissionGivesItsKeyBackSoNothingIsLeftBehind() {
        ComplaintId named = ComplaintId.random();
        gate.answers.add(new IntakeGate.Result.KeyTaken(named, Fingerprint.of(ANSWERS)));
        gate.answers.add(new IntakeGate.Result.Refused(Instant.parse("2026-12-25T00:00:00Z")));

        SubmissionResult result = submitting().submit(ANSWERS, api("key-1"));

        assertThat(result).isEqualTo(new SubmissionResult.TooMany(Instant.parse("2026-12-25T00:00:00Z")));
        assertThat(gate.calls).containsExactly("pass with key, 2 limits", "pass without key, 2 limits", "give back");
        assertThat(gate.givenBackKey.scopedKey()).isEqualTo("api:key-1");
        assertThat(gate.givenBackKey.complaintId()).isEqualTo(named);
        assertThat(gate.givenBackCounts).isEmpty();
    }

    @Test
    void aFailureBeforeTheComplaintIsWrittenGivesBackTheKeyAndEveryCount() {
        gate.answers.add(new IntakeGate.Result.Passed());
        referencesFail = true;

        assertThatThrownBy(() -> submitting().submit(ANSWERS, api("key-1"))).isInstanceOf(IllegalStateException.class);

        assertThat(gate.calls).containsExactly("pass with key, 2 limits", "give back");
        assertThat(gate.givenBackKey).isEqualTo(gate.passedKeys.get(0));
        assertThat(gate.givenBackCounts)
                .extracting(IntakeGate.Limit::counter)
                .satisfiesExactly(
                        source -> assertThat(source).startsWith("source#").endsWith("#2026-12-24T10:00:00Z"),
                        email -> assertThat(email).startsWith("email#").endsWith("#2026-12-24"));
    }

    @Test
    void whenGivingBackFailsTooTheCallerStillSeesTheFailureThatStoppedTheSubmission() {
        gate.answers.add(new IntakeGate.Result.Passed());
        referencesFail = true;
        gate.givingBackFails = true;

        assertThatThrownBy(() -> submitting().submit(ANSWERS, api("key-1")))
                .hasMessage("the counter's call timed out")
                .satisfies(e -> assertThat(e.getSuppressed())
                        .singleElement()
                        .satisfies(s -> assertThat(s).hasMessage("the give-back's call timed out too")));
    }

    @Test
    void aComplaintAdmittedInOneGoOnThu_2026_12_24IsAnsweredAsStoredWithTheReferenceTheGateGaveAndNoOtherWrite() {
        gate.admissions.add(new IntakeGate.Admission.Admitted(null));

        var accepted = (SubmissionResult.Accepted) submitting().submit(ANSWERS, api("key-1"));

        assertThat(accepted.replayed()).isFalse();
        assertThat(accepted.complaint().reference()).isEqualTo(new Reference(2026, 7));
        assertThat(accepted.complaint().id()).isEqualTo(gate.passedKeys.get(0).complaintId());
        assertThat(accepted.complaint().intake().receivedOn()).isEqualTo(java.time.LocalDate.of(2026, 12, 24));
        assertThat(accepted.complaint().parts().outbox()).isNotEmpty();
        assertThat(gate.calls).containsExactly("admit with key, 2 limits");
        assertThat(stored.find(accepted.complaint().id())).isEmpty();
        assertThat(stored.nextReference(2026)).isEqualTo(new Reference(2026, 1));
    }

    @Test
    void aComplaintAlreadyStoredUnderTheKeysIdIsAnsweredWithWhatTheRaceWinnerStored() {
        gate.admissions.add(new IntakeGate.Admission.AlreadyStored());

        var accepted = (SubmissionResult.Accepted) submitting().submit(ANSWERS, api("key-1"));

        assertThat(accepted.replayed()).isTrue();
        assertThat(accepted.complaint().reference()).isEqualTo(new Reference(2026, 6));
        assertThat(accepted.complaint().id()).isEqualTo(gate.passedKeys.get(0).complaintId());
        assertThat(gate.calls).containsExactly("admit with key, 2 limits");
    }
}
