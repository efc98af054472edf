package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;

/**
 * Stage 1, local resolution. The due date is fixed at receipt; an extension is valid only if it was made, and the
 * complainant told, before the original due date. After the response, the complainant has until
 * {@code stage2RequestBy} to ask for Stage 2.
 */
public record Stage1Record(LocalDate dueOn, LocalDate extendedTo, String extensionReason,
        LocalDate complainantToldOfExtensionOn, LocalDate respondedOn, String responseSummary,
        LocalDate stage2RequestBy) {

    public static Stage1Record due(LocalDate dueOn) {
        return new Stage1Record(dueOn, null, null, null, null, null, null);
    }

    public boolean isExtended() {
        return extendedTo != null;
    }

    public boolean hasValidExtension() {
        return extendedTo != null && complainantToldOfExtensionOn != null
                && complainantToldOfExtensionOn.isBefore(dueOn.plusDays(1));
    }

    /** The date the response is due now: the extended date only when the extension is valid. */
    public LocalDate effectiveDueOn() {
        return hasValidExtension() ? extendedTo : dueOn;
    }

    public boolean isResponded() {
        return respondedOn != null;
    }

    public Stage1Record extendedTo(LocalDate newDue, String reason, LocalDate toldOn) {
        return new Stage1Record(dueOn, newDue, reason, toldOn, respondedOn, responseSummary, stage2RequestBy);
    }

    /** The response went out; the complainant may ask for Stage 2 until {@code requestBy}. */
    public Stage1Record respondedOn(LocalDate date, String summary, LocalDate requestBy) {
        return new Stage1Record(dueOn, extendedTo, extensionReason, complainantToldOfExtensionOn, date, summary,
                requestBy);
    }
}
