package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.childrenscomplaints.clock.model.TimescaleId;

/**
 * A running due date that a changed bank-holiday calendar moved (decision 022), and why. Moving it carries over the
 * send-once keys of the notices the old date already produced, so the new date never sends a second reminder, warning
 * or chaser for the same deadline.
 *
 * @param because what changed, for the timeline: "1 December 2026 became a bank holiday"
 */
public record DueDateMove(TimescaleId which, LocalDate from, LocalDate to, String because) {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The notices keyed on each due date, with how many days before it each notice's key date lies. */
    private static final Map<TimescaleId, Map<NoticeKind, Integer>> NOTICES = Map.of(
            TimescaleId.STAGE1_RESPONSE,
            Map.of(
                    NoticeKind.STAGE1_REMINDER, 0,
                    NoticeKind.EXTENSION_WARNING, 0,
                    NoticeKind.STAGE1_DUE, 0,
                    NoticeKind.STAGE1_OVERDUE, 0,
                    NoticeKind.STAGE2_ENTITLEMENT, 0),
            TimescaleId.STAGE2_REQUEST_WINDOW,
            Map.of(NoticeKind.STAGE2_WINDOW_CLOSED, 0),
            TimescaleId.STAGE2_INVESTIGATION,
            Map.of(NoticeKind.STAGE2_DUE, 0),
            TimescaleId.STAGE2_INVESTIGATION_LIMIT,
            Map.of(NoticeKind.STAGE2_LIMIT, 0),
            TimescaleId.STAGE3_PANEL,
            Map.of(NoticeKind.STAGE3_PANEL_DUE, 0, NoticeKind.PANEL_NOTICE, 10, NoticeKind.PANEL_PAPERS, 5));

    public static String longDate(LocalDate date) {
        return LONG.format(date);
    }

    /** What staff call the deadline: "Stage 1 response". */
    public String label() {
        return switch (which) {
            case STAGE1_RESPONSE -> "Stage 1 response";
            case STAGE2_REQUEST_WINDOW -> "Window to ask for Stage 2";
            case STAGE2_INVESTIGATION -> "Stage 2 investigation";
            case STAGE2_INVESTIGATION_LIMIT -> "Stage 2 investigation limit";
            case STAGE3_PANEL -> "Stage 3 review panel";
            default -> which.name();
        };
    }

    /** The timeline's words: no names, only the deadline, the dates and the holiday. */
    public String describe() {
        return label() + ": due date moved from " + longDate(from) + " to " + longDate(to) + " because " + because;
    }

    ComplaintParts applyTo(ComplaintParts p) {
        return switch (which) {
            case STAGE1_RESPONSE -> p.withStage1(p.stage1().withDueOn(to));
            case STAGE2_REQUEST_WINDOW ->
                p.withStage1(p.stage1()
                        .respondedOn(p.stage1().respondedOn(), p.stage1().responseSummary(), to));
            case STAGE2_INVESTIGATION, STAGE2_INVESTIGATION_LIMIT -> {
                Stage2Record s = p.stage2();
                boolean due = which == TimescaleId.STAGE2_INVESTIGATION;
                yield p.withStage2(s.withDates(due ? to : s.dueOn(), due ? s.limitOn() : to));
            }
            case STAGE3_PANEL -> p.withStage3(p.stage3().withPanelBy(to));
            default -> throw new IllegalArgumentException(which + " is not a stored running due date");
        };
    }

    /**
     * For each notice already sent about the old date ({@code stage1-reminder#2026-12-01}), the same notice's key for
     * the new date ({@code stage1-reminder#2026-12-02}): marked sent with the move, so it is not sent again.
     */
    Set<String> carriedKeys(Set<String> sent) {
        Set<String> carried = new LinkedHashSet<>();
        NOTICES.getOrDefault(which, Map.of()).forEach((kind, daysBefore) -> {
            String prefix = DueNotice.of(kind, from.minusDays(daysBefore)).key();
            String moved = DueNotice.of(kind, to.minusDays(daysBefore)).key();
            for (String key : sent) {
                if (key.equals(prefix) || key.startsWith(prefix + "#")) {
                    carried.add(moved + key.substring(prefix.length()));
                }
            }
        });
        return carried;
    }
}
