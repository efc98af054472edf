package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Stage 3, review panel: the complainant's reasons for asking, the date the panel is booked for, three independent
 * members, recommendations, when the panel's report arrived, and the Chief Officer's decision (the council's response
 * to the panel).
 *
 * @param panelBookedFor the date the panel is booked to meet; null until booked (the notice and papers count back from
 *     it, or from {@code panelBy} while there is none)
 * @param reportReceivedOn the day the panel's report reached the council; the council's response runs from it
 */
public record Stage3Record(
        LocalDate requestedOn,
        LocalDate panelBy,
        LocalDate panelOn,
        List<String> panelMembers,
        String recommendations,
        LocalDate decidedOn,
        String decision,
        String reasons,
        LocalDate panelBookedFor,
        LocalDate reportReceivedOn) {
    public Stage3Record {
        panelMembers = panelMembers == null ? List.of() : List.copyOf(panelMembers);
    }

    public Stage3Record(
            LocalDate requestedOn,
            LocalDate panelBy,
            LocalDate panelOn,
            List<String> panelMembers,
            String recommendations,
            LocalDate decidedOn,
            String decision,
            String reasons) {
        this(requestedOn, panelBy, panelOn, panelMembers, recommendations, decidedOn, decision, reasons, null, null);
    }

    /** The latest day the panel may be held, counted afresh (a changed calendar); everything recorded is kept. */
    public Stage3Record withPanelBy(LocalDate date) {
        return new Stage3Record(
                requestedOn,
                date,
                panelOn,
                panelMembers,
                recommendations,
                decidedOn,
                decision,
                reasons,
                panelBookedFor,
                reportReceivedOn);
    }

    public Stage3Record bookedFor(LocalDate date) {
        return new Stage3Record(
                requestedOn,
                panelBy,
                panelOn,
                panelMembers,
                recommendations,
                decidedOn,
                decision,
                reasons,
                date,
                reportReceivedOn);
    }

    public Stage3Record held(LocalDate on, List<String> members, String recs) {
        return new Stage3Record(
                requestedOn,
                panelBy,
                on,
                members,
                recs,
                decidedOn,
                decision,
                reasons,
                panelBookedFor,
                reportReceivedOn);
    }

    public Stage3Record reportReceived(LocalDate on) {
        return new Stage3Record(
                requestedOn,
                panelBy,
                panelOn,
                panelMembers,
                recommendations,
                decidedOn,
                decision,
                reasons,
                panelBookedFor,
                on);
    }

    public Stage3Record decided(LocalDate on, String what) {
        return new Stage3Record(
                requestedOn,
                panelBy,
                panelOn,
                panelMembers,
                recommendations,
                on,
                what,
                reasons,
                panelBookedFor,
                reportReceivedOn);
    }

    /** The day the panel meets or met: as held, else as booked; null while neither is known. */
    public LocalDate panelDate() {
        return panelOn != null ? panelOn : panelBookedFor;
    }
}
