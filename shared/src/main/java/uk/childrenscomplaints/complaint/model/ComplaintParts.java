package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a complaint gathers as it is handled: respondents, each stage's record, outcomes, and the keys of the
 * notifications already sent (so none is sent twice) or still owed (the outbox, retried by the sweep).
 *
 * @param closingOutcome an outcome set directly (imported history, withdrawal); null when derived from the issues
 * @param complainantEmailUndeliverable set once mail to the complainant bounced for good, was refused or reported as
 *     spam: nothing more is emailed to them; null while their address (if any) is usable
 */
public record ComplaintParts(
        Respondent respondent,
        Respondent secondRespondent,
        Stage1Record stage1,
        Stage2Record stage2,
        Stage3Record stage3,
        OmbudsmanRecord ombudsman,
        Map<IssueCategory, IssueOutcome> issueOutcomes,
        Outcome closingOutcome,
        String closingReason,
        LocalDate stage2EntitledOn,
        Set<String> notificationsSent,
        Set<String> outbox,
        UndeliverableAddress complainantEmailUndeliverable) {

    public ComplaintParts {
        issueOutcomes = issueOutcomes == null || issueOutcomes.isEmpty() ? Map.of() : new EnumMap<>(issueOutcomes);
        notificationsSent = notificationsSent == null ? Set.of() : new LinkedHashSet<>(notificationsSent);
        outbox = outbox == null ? Set.of() : new LinkedHashSet<>(outbox);
    }

    public static ComplaintParts empty() {
        return new ComplaintParts(
                null, null, null, null, null, null, Map.of(), null, null, null, Set.of(), Set.of(), null);
    }

    public ComplaintParts withRespondents(Respondent r, Respondent second) {
        return new ComplaintParts(
                r,
                second,
                stage1,
                stage2,
                stage3,
                ombudsman,
                issueOutcomes,
                closingOutcome,
                closingReason,
                stage2EntitledOn,
                notificationsSent,
                outbox,
                complainantEmailUndeliverable);
    }

    public ComplaintParts withStage1(Stage1Record s) {
        return new ComplaintParts(
                respondent,
                secondRespondent,
                s,
                stage2,
                stage3,
                ombudsman,
                issueOutcomes,
                closingOutcome,
                closingReason,
                stage2EntitledOn,
                notificationsSent,
                outbox,
                complainantEmailUndeliverable);
    }

    public ComplaintParts withStage2(Stage2Record s) {
        return new ComplaintParts(
                respondent,
                secondRespondent,
                stage1,
                s,
                stage3,
                ombudsman,
                issueOutcomes,
                closingOutcome,
                closingReason,
                stage2EntitledOn,
                notificationsSent,
                outbox,
                complainantEmailUndeliverable);
    }

    public ComplaintParts withStage3(Stage3Record s) {
        return new ComplaintParts(
                respondent,
                secondRespondent,
                stage1,
                stage2,
                s,
                ombudsman,
                issueOutcomes,
                closingOutcome,
                closingReason,
                stage2EntitledOn,
                notificationsSent,
                outbox,
                complainantEmailUndeliverable);
    }

    public ComplaintParts withOmbudsman(OmbudsmanRecord o) {
        return new ComplaintParts(
                respondent,
                secondRespondent,
                stage1,
                stage2,
                stage3,
                o,
                issueOutcomes,
                closingOutcome,
                closingReason,
                stage2EntitledOn,
                notificationsSent,
                outbox,
                complainantEmailUndeliverable);
    }

    public ComplaintParts withIssueOutcomes(Map<IssueCategory, IssueOutcome> outcomes) {
        return new ComplaintParts(
                respondent,
                secondRespondent,
                stage1,
                stage2,
                stage3,
                ombudsman,
                outcomes,
                closingOutcome,
                closingReason,
                stage2EntitledOn,
                notificationsSent,
                outbox,
                complainantEmailUndeliverable);
    }

    public ComplaintParts withClosing(Outcome outcome, String reason) {
        return new ComplaintParts(
                respondent,
                secondRespondent,
                stage1,
                stage2,
                stage3,
                ombudsman,
                issueOutcomes,
                outcome,
                reason,
                stage2EntitledOn,
                notificationsSent,
                outbox,
                complainantEmailUndeliverable);
    }

    public ComplaintParts withStage2EntitledOn(LocalDate on) {
        return new ComplaintParts(
                respondent,
                secondRespondent,
                stage1,
                stage2,
                stage3,
                ombudsman,
                issueOutcomes,
                closingOutcome,
                closingReason,
                on,
                notificationsSent,
                outbox,
                complainantEmailUndeliverable);
    }

    public ComplaintParts withNotificationsSent(Set<String> sent) {
        return new ComplaintParts(
                respondent,
                secondRespondent,
                stage1,
                stage2,
                stage3,
                ombudsman,
                issueOutcomes,
                closingOutcome,
                closingReason,
                stage2EntitledOn,
                sent,
                outbox,
                complainantEmailUndeliverable);
    }

    public ComplaintParts withOutbox(Set<String> owed) {
        return new ComplaintParts(
                respondent,
                secondRespondent,
                stage1,
                stage2,
                stage3,
                ombudsman,
                issueOutcomes,
                closingOutcome,
                closingReason,
                stage2EntitledOn,
                notificationsSent,
                owed,
                complainantEmailUndeliverable);
    }

    public ComplaintParts withComplainantEmailUndeliverable(UndeliverableAddress undeliverable) {
        return new ComplaintParts(
                respondent,
                secondRespondent,
                stage1,
                stage2,
                stage3,
                ombudsman,
                issueOutcomes,
                closingOutcome,
                closingReason,
                stage2EntitledOn,
                notificationsSent,
                outbox,
                undeliverable);
    }

    /**
     * The earliest date a Stage 2 or Stage 3 notice can fall due, for the deadline index: at Stage 3 the first is
     * telling the complainant of the panel 10 days ahead (of the panel, or of the latest day it may be held).
     */
    Optional<LocalDate> nextStageDeadline() {
        if (stage3 != null && stage3.decidedOn() == null) {
            LocalDate panel = stage3.panelOn() == null ? stage3.panelBy() : stage3.panelOn();
            return Optional.ofNullable(panel).map(p -> p.minusDays(10));
        }
        if (stage2 != null && !stage2.isResponded()) {
            return Optional.ofNullable(stage2.dueOn());
        }
        return Optional.empty();
    }
}
