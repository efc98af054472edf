package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;

/**
 * Stage 1, local resolution. The due date is fixed at receipt; an extension is valid only if it was made, and the
 * complainant told, before the original due date. After the response, the complainant has until
 * {@code stage2RequestBy} to ask for Stage 2.
 *
 * @param reopenedOn the day a reopened complaint's new Stage 1 began (its clock and extension limit count from it);
 *     null when Stage 1 runs from receipt
 */
public record Stage1Record(
        LocalDate dueOn,
        LocalDate extendedTo,
        String extensionReason,
        LocalDate complainantToldOfExtensionOn,
        LocalDate respondedOn,
        String responseSummary,
        LocalDate stage2RequestBy,
        LocalDate reopenedOn) {

    public static Stage1Record due(LocalDate dueOn) {
        return new Stage1Record(dueOn, null, null, null, null, null, null, null);
    }

    /** A new Stage 1 for a reopened complaint: the same reference, a fresh clock from the reopening. */
    public static Stage1Record reopened(LocalDate reopenedOn, LocalDate dueOn) {
        return new Stage1Record(dueOn, null, null, null, null, null, null, reopenedOn);
    }

    /** The day this Stage 1's clock started: the reopening, or else the complaint's receipt. */
    public LocalDate startedOn(LocalDate receivedOn) {
        return reopenedOn == null ? receivedOn : reopenedOn;
    }

    /**
     * A Stage 1 record brought in from past records: when the response went out, and whether the council extended the
     * time. Old records say only that it was extended, not to when, so the reason says so and no date is invented.
     */
    public static Stage1Record importedHistory(LocalDate respondedOn, boolean extended) {
        return new Stage1Record(
                null, null, extended ? EXTENDED_IN_PAST_RECORDS : null, null, respondedOn, null, null, null);
    }

    /** The extension reason of imported history, whose records say only that the time was extended. */
    public static final String EXTENDED_IN_PAST_RECORDS = "Extended (from past records; the new date was not recorded)";

    /** Extended to a date, or (imported history) recorded as extended without one. */
    public boolean isExtended() {
        return extendedTo != null || EXTENDED_IN_PAST_RECORDS.equals(extensionReason);
    }

    public boolean hasValidExtension() {
        return extendedTo != null
                && complainantToldOfExtensionOn != null
                && complainantToldOfExtensionOn.isBefore(dueOn.plusDays(1));
    }

    /** The date the response is due now: the extended date only when the extension is valid. */
    public LocalDate effectiveDueOn() {
        return hasValidExtension() ? extendedTo : dueOn;
    }

    public boolean isResponded() {
        return respondedOn != null;
    }

    /** The statutory due date counted afresh (a changed calendar); the extension and everything else are kept. */
    public Stage1Record withDueOn(LocalDate date) {
        return new Stage1Record(
                date,
                extendedTo,
                extensionReason,
                complainantToldOfExtensionOn,
                respondedOn,
                responseSummary,
                stage2RequestBy,
                reopenedOn);
    }

    public Stage1Record extendedTo(LocalDate newDue, String reason, LocalDate toldOn) {
        return new Stage1Record(
                dueOn, newDue, reason, toldOn, respondedOn, responseSummary, stage2RequestBy, reopenedOn);
    }

    /** The response went out; the complainant may ask for Stage 2 until {@code requestBy}. */
    public Stage1Record respondedOn(LocalDate date, String summary, LocalDate requestBy) {
        return new Stage1Record(
                dueOn, extendedTo, extensionReason, complainantToldOfExtensionOn, date, summary, requestBy, reopenedOn);
    }
}
