package uk.childrenscomplaints.complaint.application.casework;

import java.util.List;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.model.Complaint;

/** Beside {@link HandlingComplaints}, to keep it small. */
final class OwedLetters {
    private OwedLetters() {}

    /**
     * The letters a change owes a complainant who cannot be emailed (decision 040), so the complaints team sees every
     * one on "Letters to post". An emailed complainant gets none of these by email: the manager's own response is the
     * outcome. Keyed on the change's version, like the events.
     */
    static List<String> of(Complaint c, CaseCommand command, long newVersion) {
        if (c.intake().imported() || c.mayEmailComplainant()) {
            return List.of();
        }
        String prefix = null;
        if (command instanceof CaseCommand.ExtendStage1) {
            prefix = Notifications.EXTENSION_LETTER;
        } else if (command instanceof CaseCommand.RecordStage1Response) {
            prefix = Notifications.STAGE1_OUTCOME_LETTER;
        } else if (command instanceof CaseCommand.RequestStage2) {
            prefix = Notifications.STAGE2_LETTER;
        } else if (command instanceof CaseCommand.RecordStage2Response) {
            prefix = Notifications.STAGE2_OUTCOME_LETTER;
        } else if (command instanceof CaseCommand.RequestStage3) {
            prefix = Notifications.STAGE3_LETTER;
        } else if (command instanceof CaseCommand.RecordChiefOfficerDecision) {
            prefix = Notifications.STAGE3_OUTCOME_LETTER;
        } else if (command instanceof CaseCommand.Close
                || command instanceof CaseCommand.Withdraw
                || command instanceof CaseCommand.CloseNotInvestigated) {
            prefix = Notifications.CLOSING_LETTER;
        }
        return prefix == null ? List.of() : List.of(Notifications.letterOnly(prefix, newVersion));
    }
}
