package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;

/**
 * Stage 2, independent investigation: who investigated, what it cost, and its clock (25, at most 65 working days).
 * The clock starts when the complainant agrees the written complaint statement ({@code statementAgreedOn}); until then
 * {@code dueOn} and {@code limitOn} are provisional, counted from the request. An extension ({@code extendedTo}) is
 * the council's choice, kept beside the statutory date as Stage 1's is.
 */
public record Stage2Record(
        LocalDate requestedOn,
        String reasons,
        LocalDate dueOn,
        LocalDate limitOn,
        String investigatingOfficer,
        String independentPerson,
        Long costPounds,
        LocalDate respondedOn,
        LocalDate statementAgreedOn,
        LocalDate extendedTo,
        String extensionReason,
        LocalDate complainantToldOfExtensionOn) {

    /** A Stage 2 with no agreed statement and no extension: a new request, or one stored before either existed. */
    public Stage2Record(
            LocalDate requestedOn,
            String reasons,
            LocalDate dueOn,
            LocalDate limitOn,
            String investigatingOfficer,
            String independentPerson,
            Long costPounds,
            LocalDate respondedOn) {
        this(
                requestedOn,
                reasons,
                dueOn,
                limitOn,
                investigatingOfficer,
                independentPerson,
                costPounds,
                respondedOn,
                null,
                null,
                null,
                null);
    }

    public boolean isResponded() {
        return respondedOn != null;
    }

    public boolean isExtended() {
        return extendedTo != null;
    }

    /** No statement agreed yet: the dates shown are provisional, counted from the request. */
    public boolean isAwaitingAgreedStatement() {
        return statementAgreedOn == null && !isResponded();
    }

    /** The day the 25 and 65 working days count from: the agreed statement, else the request. */
    public LocalDate clockStartsOn() {
        return statementAgreedOn != null ? statementAgreedOn : requestedOn;
    }

    /**
     * The due date in force: the extension when there is one, unless agreeing the statement later moved the statutory
     * date past it (an extension never shortens the time).
     */
    public LocalDate effectiveDueOn() {
        if (extendedTo == null) {
            return dueOn;
        }
        return dueOn != null && dueOn.isAfter(extendedTo) ? dueOn : extendedTo;
    }

    public Stage2Record withDates(LocalDate newDueOn, LocalDate newLimitOn) {
        return new Stage2Record(
                requestedOn,
                reasons,
                newDueOn,
                newLimitOn,
                investigatingOfficer,
                independentPerson,
                costPounds,
                respondedOn,
                statementAgreedOn,
                extendedTo,
                extensionReason,
                complainantToldOfExtensionOn);
    }

    public Stage2Record withDetails(String officer, String independent, Long cost) {
        return new Stage2Record(
                requestedOn,
                reasons,
                dueOn,
                limitOn,
                officer,
                independent,
                cost,
                respondedOn,
                statementAgreedOn,
                extendedTo,
                extensionReason,
                complainantToldOfExtensionOn);
    }

    public Stage2Record respondedOn(LocalDate on) {
        return new Stage2Record(
                requestedOn,
                reasons,
                dueOn,
                limitOn,
                investigatingOfficer,
                independentPerson,
                costPounds,
                on,
                statementAgreedOn,
                extendedTo,
                extensionReason,
                complainantToldOfExtensionOn);
    }

    /** The statement agreed on {@code on}, with the due date and limit counted afresh from it. */
    public Stage2Record statementAgreed(LocalDate on, LocalDate newDueOn, LocalDate newLimitOn) {
        return new Stage2Record(
                requestedOn,
                reasons,
                newDueOn,
                newLimitOn,
                investigatingOfficer,
                independentPerson,
                costPounds,
                respondedOn,
                on,
                extendedTo,
                extensionReason,
                complainantToldOfExtensionOn);
    }

    public Stage2Record extendedTo(LocalDate newDue, String reason, LocalDate toldOn) {
        return new Stage2Record(
                requestedOn,
                reasons,
                dueOn,
                limitOn,
                investigatingOfficer,
                independentPerson,
                costPounds,
                respondedOn,
                statementAgreedOn,
                newDue,
                reason,
                toldOn);
    }
}
