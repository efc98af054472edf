package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A complaint from the council's past records, as far as they go: the facts the annual report counts, and the dates
 * each stage was reached. It becomes a {@link Complaint} marked imported, which is history only: it never runs a clock,
 * so the deadline sweep never sees it and it never causes an email or an event.
 *
 * @param personKey the complainant's key for counting repeat complainants (never their identity itself)
 * @param team the responsible team, or null when the records do not say
 * @param stage2CostPounds whole pounds, or null when not recorded
 * @param ombudsmanDecision null while the Ombudsman has not decided (or the records do not say)
 */
public record PastComplaint(
        Reference reference,
        LocalDate receivedOn,
        Route route,
        Procedure procedure,
        String personKey,
        Relationship relationship,
        boolean viaAdvocate,
        AgeBand ageBand,
        Gender gender,
        TeamName team,
        List<IssueCategory> issues,
        LocalDate stage1RespondedOn,
        boolean stage1Extended,
        Outcome outcome,
        LocalDate stage2RequestedOn,
        LocalDate stage2CompletedOn,
        Long stage2CostPounds,
        LocalDate stage3RequestedOn,
        LocalDate ombudsmanReferredOn,
        OmbudsmanDecision ombudsmanDecision) {
    public static final String CLOSING_REASON = "Imported from past records";

    public PastComplaint {
        issues = issues == null ? List.of() : issues.stream().distinct().toList();
    }

    /**
     * Where the complaint stands, from its data. Withdrawn and not investigated close in their own states. Otherwise
     * an outcome other than ongoing means it was closed; an ongoing statutory complaint stands at the last stage its
     * dates reach (no clock runs for it: staff finish it by hand). With the Ombudsman until they decide; a premature
     * decision sends it back to where it was, any other closes it.
     */
    public ComplaintState state() {
        if (outcome == Outcome.WITHDRAWN) {
            return ComplaintState.WITHDRAWN;
        }
        if (outcome == Outcome.NOT_INVESTIGATED) {
            return ComplaintState.NOT_INVESTIGATED;
        }
        if (ombudsmanReferredOn == null || ombudsmanDecision == OmbudsmanDecision.PREMATURE) {
            return localState();
        }
        return ombudsmanDecision == null ? ComplaintState.WITH_OMBUDSMAN : ComplaintState.CLOSED;
    }

    /** The state reached under the council's own procedure, leaving the Ombudsman aside. */
    private ComplaintState localState() {
        if (!procedure.runsStatutoryClock()) {
            return outcome == Outcome.ONGOING ? ComplaintState.RECORDED_FOR_ROUTING : ComplaintState.CLOSED;
        }
        if (outcome != Outcome.ONGOING) {
            return ComplaintState.CLOSED;
        }
        if (stage3RequestedOn != null) {
            return ComplaintState.STAGE3_REQUESTED;
        }
        if (stage2CompletedOn != null) {
            return ComplaintState.STAGE2_RESPONDED;
        }
        if (reachedStage2()) {
            return ComplaintState.STAGE2_INVESTIGATING;
        }
        return stage1RespondedOn != null ? ComplaintState.STAGE1_RESPONDED : ComplaintState.STAGE1_OPEN;
    }

    private boolean reachedStage2() {
        return stage2RequestedOn != null || stage2CompletedOn != null || stage2CostPounds != null;
    }

    /** The complaint to store, under an id that comes from the reference alone (so importing twice adds nothing). */
    public Complaint toComplaint(Change change) {
        Intake intake = new Intake(
                receivedOn,
                route,
                procedure,
                new Complainant(null, null, null, null, relationship, personKey),
                viaAdvocate,
                new ChildDetails(null, ageBand, gender),
                team,
                issues,
                null,
                null,
                null,
                false,
                true);
        boolean hasStage1 = procedure.runsStatutoryClock() || stage1RespondedOn != null || stage1Extended;
        Outcome closing = outcome == Outcome.ONGOING ? null : outcome;
        ComplaintParts parts = ComplaintParts.empty()
                .withStage1(hasStage1 ? Stage1Record.importedHistory(stage1RespondedOn, stage1Extended) : null)
                .withStage2(
                        reachedStage2()
                                ? new Stage2Record(
                                        stage2RequestedOn,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        stage2CostPounds,
                                        stage2CompletedOn)
                                : null)
                .withStage3(
                        stage3RequestedOn == null
                                ? null
                                : new Stage3Record(stage3RequestedOn, null, null, List.of(), null, null, null, null))
                .withOmbudsman(
                        ombudsmanReferredOn == null
                                ? null
                                : new OmbudsmanRecord(ombudsmanReferredOn, localState(), ombudsmanDecision, null))
                .withClosing(closing, closing == null ? null : CLOSING_REASON);
        return Complaint.imported(
                ComplaintId.fromImportedReference(reference), reference, intake, state(), parts, change);
    }
}
