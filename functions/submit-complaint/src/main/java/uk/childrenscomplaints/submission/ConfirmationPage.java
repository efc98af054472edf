package uk.childrenscomplaints.submission;

import java.util.HashMap;
import java.util.Map;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.model.Complaint;

/** What the confirmation page shows: the reference and the dates that apply. */
final class ConfirmationPage {
    static final String VIEW = "complaint-received";

    private ConfirmationPage() {}

    static Map<String, Object> of(Complaint c) {
        Map<String, Object> m = new HashMap<>();
        m.put("reference", c.reference().toString());
        m.put("receivedOn", Notifications.longDate(c.intake().receivedOn()));
        boolean statutory = c.intake().procedure().runsStatutoryClock();
        m.put("statutory", statutory);
        m.put(
                "respondBy",
                c.parts().stage1() == null
                        ? ""
                        : Notifications.longDate(c.parts().stage1().dueOn()));
        m.put("procedureName", c.intake().procedure().label());
        m.put("emailed", c.intake().complainant().emailAddress().isPresent());
        return m;
    }
}
