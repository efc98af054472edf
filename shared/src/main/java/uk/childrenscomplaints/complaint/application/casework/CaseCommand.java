package uk.childrenscomplaints.complaint.application.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.IssueOutcome;
import uk.childrenscomplaints.complaint.model.OmbudsmanDecision;
import uk.childrenscomplaints.complaint.model.PauseReason;
import uk.childrenscomplaints.complaint.model.Respondent;

/** What a member of staff does to a complaint, one change at a time; {@link HandlingComplaints} carries it out. */
public sealed interface CaseCommand {
    record AssignRespondents(Respondent respondent, Respondent second) implements CaseCommand {}

    record MarkRespondentAbsent(boolean absent) implements CaseCommand {}

    record RecordStage1Response(LocalDate sentOn, String summary) implements CaseCommand {}

    record ExtendStage1(LocalDate newDue, String reason, LocalDate complainantToldOn) implements CaseCommand {}

    record RecordIssueOutcomes(Map<IssueCategory, IssueOutcome> outcomes) implements CaseCommand {}

    record Withdraw(String reason) implements CaseCommand {}

    record CloseNotInvestigated(String reason) implements CaseCommand {}

    record Close() implements CaseCommand {}

    record RequestStage2(LocalDate requestedOn, String reasons, boolean serious) implements CaseCommand {}

    record RecordStage2Details(String investigatingOfficer, String independentPerson, Long costPounds)
            implements CaseCommand {}

    record RecordStage2Response(LocalDate respondedOn) implements CaseCommand {}

    record RequestStage3(LocalDate requestedOn, String reasons) implements CaseCommand {}

    record RecordPanel(LocalDate panelOn, List<String> members, String recommendations) implements CaseCommand {}

    record RecordChiefOfficerDecision(LocalDate decidedOn, String decision) implements CaseCommand {}

    record ReferToOmbudsman(LocalDate referredOn) implements CaseCommand {}

    record RecordOmbudsmanDecision(OmbudsmanDecision decision, LocalDate decidedOn) implements CaseCommand {}

    /** A withdrawn complaint, or one closed without investigation, back to a new Stage 1 (complaints team only). */
    record Reopen(LocalDate reopenedOn, String reason) implements CaseCommand {}

    /** Stop the clock from {@code pausedOn}, for a reason on the policy's list; the note is for staff. */
    record PauseClock(PauseReason reason, String note, LocalDate pausedOn) implements CaseCommand {}

    record ResumeClock(LocalDate resumedOn) implements CaseCommand {}

    /** The date the review panel is booked to meet (it may be ahead). */
    record BookPanel(LocalDate bookedFor) implements CaseCommand {}

    /** The day the panel's report reached the council. */
    record RecordPanelReport(LocalDate receivedOn) implements CaseCommand {}

    /** The day the complainant agreed the written Stage 2 complaint statement (complaints team only). */
    record AgreeStage2Statement(LocalDate agreedOn) implements CaseCommand {}

    /** The Stage 2 investigation extended to {@code newDue}, within 65 working days of its start. */
    record ExtendStage2(LocalDate newDue, String reason, LocalDate complainantToldOn) implements CaseCommand {}

    /** Data protection (issue 15; complaints team only): each carries the reason, kept on the timeline. */
    sealed interface DataProtectionCommand extends CaseCommand {
        String reason();
    }

    /** Never anonymised until lifted (an Ombudsman investigation, litigation). */
    record PlaceLegalHold(String reason) implements DataProtectionCommand {}

    record LiftLegalHold(String reason) implements DataProtectionCommand {}

    /** Only the complaints team may see it; it still counts in the statistics. */
    record Restrict(String reason) implements DataProtectionCommand {}

    record LiftRestriction(String reason) implements DataProtectionCommand {}

    /** The personal data removed now, on request (erasure); refused while held or open. */
    record Anonymise(String reason) implements DataProtectionCommand {}
}
