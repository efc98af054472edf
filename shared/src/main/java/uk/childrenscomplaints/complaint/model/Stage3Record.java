package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Stage 3, review panel: the complainant's reasons for asking, three independent members, recommendations, and the
 * Chief Officer's decision.
 */
public record Stage3Record(
        LocalDate requestedOn,
        LocalDate panelBy,
        LocalDate panelOn,
        List<String> panelMembers,
        String recommendations,
        LocalDate decidedOn,
        String decision,
        String reasons) {
    public Stage3Record {
        panelMembers = panelMembers == null ? List.of() : List.copyOf(panelMembers);
    }
}
