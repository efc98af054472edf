package uk.childrenscomplaints.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.Stage1Record;
import uk.childrenscomplaints.complaint.model.Stage2EntitlementPolicy;
import uk.childrenscomplaints.complaint.model.Stage2Record;

/**
 * What the status page shows: the reference, where the complaint stands in plain words, and its dates. Never the
 * complaint's text, the complainant's name or contact details: whoever holds the link sees this page.
 */
public final class StatusPage {
    static final String VIEW = "complaint-status";
    static final int MAX_REASONS = 10_000;

    /** One line of the summary list; public for the compiled page, which is generated in a sub-package. */
    public record Row(String id, String key, String value) {}

    private StatusPage() {}

    /** Stage 2 may be asked for within the window after the Stage 1 reply, or at once when that reply is late. */
    static boolean mayAskForStage2(Complaint c, LocalDate today) {
        Stage1Record s1 = c.parts().stage1();
        if (c.state() == ComplaintState.STAGE1_RESPONDED) {
            return s1 != null && s1.stage2RequestBy() != null && !today.isAfter(s1.stage2RequestBy());
        }
        return c.state() == ComplaintState.STAGE1_OPEN && Stage2EntitlementPolicy.isEntitled(c, today);
    }

    static Map<String, Object> of(
            Complaint c,
            LocalDate today,
            boolean linkSpent,
            String token,
            String formKey,
            String reasons,
            List<FieldError> errors) {
        Map<String, Object> m = new HashMap<>();
        m.put("reference", c.reference().toString());
        m.put("stage", stageInWords(c.state()));
        m.put("rows", rows(c, today));
        boolean offer = !linkSpent && mayAskForStage2(c, today);
        m.put("offerStage2", offer);
        m.put("late", offer && c.state() == ComplaintState.STAGE1_OPEN);
        Stage1Record s1 = c.parts().stage1();
        m.put("requestBy", s1 == null ? "" : Notifications.longDate(s1.stage2RequestBy()));
        m.put("token", token);
        m.put("formKey", formKey);
        m.put("reasons", reasons == null ? "" : reasons);
        m.put("maxReasons", MAX_REASONS);
        m.put("errors", errors);
        Map<String, String> err = new HashMap<>();
        errors.forEach(e -> err.putIfAbsent(e.field(), e.message()));
        m.put("err", err);
        return m;
    }

    static String stageInWords(ComplaintState state) {
        return switch (state) {
            case RECORDED_FOR_ROUTING -> "We are passing your complaint to the team that handles it";
            case STAGE1_OPEN -> "We are looking into your complaint";
            case STAGE1_RESPONDED -> "We have replied to your complaint";
            case STAGE2_INVESTIGATING -> "An independent investigation is looking into your complaint (stage 2)";
            case STAGE2_RESPONDED -> "We have replied after the independent investigation (stage 2)";
            case STAGE3_REQUESTED -> "A review panel will look at your complaint (stage 3)";
            case STAGE3_PANEL_HELD -> "The review panel has met; we are deciding what to do (stage 3)";
            case STAGE3_DECIDED -> "We have told you our decision after the review panel (stage 3)";
            case WITH_OMBUDSMAN -> "Your complaint is with the Local Government and Social Care Ombudsman";
            case CLOSED, NOT_INVESTIGATED -> "Your complaint is closed";
            case WITHDRAWN -> "You have withdrawn your complaint";
        };
    }

    private static List<Row> rows(Complaint c, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(
                "receivedOn", "Received", Notifications.longDate(c.intake().receivedOn())));
        Stage1Record s1 = c.parts().stage1();
        if (s1 != null) {
            if (s1.isResponded()) {
                rows.add(new Row("repliedOn", "We replied", Notifications.longDate(s1.respondedOn())));
                if (s1.stage2RequestBy() != null && c.state() == ComplaintState.STAGE1_RESPONDED) {
                    rows.add(new Row(
                            "stage2RequestBy",
                            "You can ask for stage 2 until",
                            Notifications.longDate(s1.stage2RequestBy())));
                }
            } else {
                rows.add(new Row("respondBy", "We will reply by", Notifications.longDate(s1.effectiveDueOn())));
            }
        }
        if (c.parts().stage2EntitledOn() != null && c.state() == ComplaintState.STAGE1_OPEN) {
            rows.add(new Row(
                    "entitledOn",
                    "You can ask for stage 2 from",
                    Notifications.longDate(c.parts().stage2EntitledOn())));
        }
        Stage2Record s2 = c.parts().stage2();
        if (s2 != null) {
            rows.add(new Row("stage2RequestedOn", "You asked for stage 2", Notifications.longDate(s2.requestedOn())));
            if (s2.isResponded()) {
                rows.add(new Row(
                        "stage2RepliedOn", "We replied after stage 2", Notifications.longDate(s2.respondedOn())));
            } else if (s2.effectiveDueOn() != null) {
                // The extended date when there is one: the complainant was told of it before it was recorded.
                rows.add(new Row("stage2DueOn", "Stage 2 reply due by", Notifications.longDate(s2.effectiveDueOn())));
            }
        }
        return rows;
    }
}
