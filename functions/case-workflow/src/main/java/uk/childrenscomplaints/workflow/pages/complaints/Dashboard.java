package uk.childrenscomplaints.workflow.pages.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.childrenscomplaints.clock.model.WorkingDayCalendar;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.workflow.pages.support.Dates;
import uk.childrenscomplaints.workflow.staff.ComplaintViews;
import uk.childrenscomplaints.workflow.staff.StaffPages;

/**
 * The dashboard's rows and counts, from the complaints the member may see (the use case already left out the rest,
 * so counts can never include another team's). Rows carry no personal data: reference, team, state, dates.
 */
final class Dashboard {
    /** Due within this many working days: amber. */
    static final int DUE_SOON_WORKING_DAYS = 3;

    /** Red when overdue, amber when due within three working days, green otherwise; said in words, not colour alone. */
    enum Rag {
        RED("Overdue", "govuk-tag--red"),
        AMBER("Due soon", "govuk-tag--yellow"),
        GREEN("On track", "govuk-tag--green"),
        /** The clock is stopped: nothing is due until it restarts. */
        PAUSED("Paused", "govuk-tag--grey");

        final String label;
        final String tagClass;

        Rag(String label, String tagClass) {
            this.label = label;
            this.tagClass = tagClass;
        }
    }

    private Dashboard() {}

    static Rag rag(Complaint c, LocalDate today, WorkingDayCalendar calendar) {
        if (c.isPaused()) {
            return Rag.PAUSED;
        }
        if (c.isOverdue(today)) {
            return Rag.RED;
        }
        Optional<LocalDate> due = ComplaintViews.dueOn(c, today);
        if (due.isPresent() && !due.get().isBefore(today)) {
            boolean soon;
            try {
                soon = calendar.workingDaysBetween(today, due.get()) <= DUE_SOON_WORKING_DAYS;
            } catch (RuntimeException outsideCalendar) {
                soon = false;
            }
            if (soon) {
                return Rag.AMBER;
            }
        }
        return Rag.GREEN;
    }

    /** Entitled to Stage 2: flagged when the Stage 1 response ran late, and still at Stage 1. */
    static boolean entitledToStage2(Complaint c) {
        return c.parts().stage2EntitledOn() != null
                && c.state().stage() == ComplaintState.Stage.STAGE_1
                && c.state().isOpen();
    }

    /**
     * The complainant's email address is known not to work (a hard bounce, a refusal or a spam report): the service
     * emails them no more, so staff must write or phone. Said in words; empty when their address is usable.
     */
    static Optional<String> undeliverable(Complaint c) {
        return Optional.ofNullable(c.parts().complainantEmailUndeliverable())
                .map(u -> u.reason().label() + ": write or phone");
    }

    static Map<String, Object> model(List<Complaint> open, LocalDate today, WorkingDayCalendar calendar) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int overdue = 0;
        int entitled = 0;
        int undeliverable = 0;
        for (Complaint c : open) {
            Rag rag = rag(c, today, calendar);
            overdue += rag == Rag.RED ? 1 : 0;
            entitled += entitledToStage2(c) ? 1 : 0;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", c.id().value());
            row.put("href", StaffPages.complaint(c.id().value()));
            row.put("reference", c.reference().toString());
            row.put(
                    "team",
                    c.intake().team() == null
                            ? "Not decided"
                            : c.intake().team().value());
            row.put("state", c.state().label());
            row.put("receivedOn", Dates.text(c.intake().receivedOn()));
            row.put("dueOn", ComplaintViews.dueOn(c, today).map(Dates::text).orElse("None"));
            row.put("rag", rag.label);
            row.put("ragClass", rag.tagClass);
            row.put("pauseReason", c.currentPause().map(p -> p.reason().label()).orElse(null));
            row.put("awaitingStatement", c.isAwaitingAgreedStatement());
            row.put("undeliverable", undeliverable(c).orElse(null));
            undeliverable += undeliverable(c).isPresent() ? 1 : 0;
            rows.add(row);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", rows);
        m.put("openCount", open.size());
        m.put("overdueCount", overdue);
        m.put("entitledCount", entitled);
        m.put("undeliverableCount", undeliverable);
        return m;
    }
}
