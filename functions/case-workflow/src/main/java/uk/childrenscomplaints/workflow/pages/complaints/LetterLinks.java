package uk.childrenscomplaints.workflow.pages.complaints;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.childrenscomplaints.complaint.application.casework.Permissions;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.ports.LetterKind;
import uk.childrenscomplaints.complaint.application.ports.LettersToPost;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.LetterPosting;
import uk.childrenscomplaints.workflow.pages.support.Dates;
import uk.childrenscomplaints.workflow.staff.StaffPages;

/**
 * What the dashboard and a complaint's page show of letters (decision 034): the complaints team's list of letters to
 * post, and on a complaint its letters to print and its tasks with their posting. Only for whoever may print them, so
 * the lists never reach a page whose reader could not act on them.
 */
final class LetterLinks {
    static final String TO_POST_PDF = "/staff/pages/letters/to-post.pdf";

    private LetterLinks() {}

    /** @param unfiltered the dashboard shows every open complaint: the list is shown then only */
    static Map<String, Object> dashboard(StaffMember who, LettersToPost letters, boolean unfiltered) {
        if (!unfiltered || !Permissions.mayPostLetters(who)) {
            return Map.of("showLettersToPost", false);
        }
        List<Map<String, String>> rows = letters.waiting().stream()
                .map(l -> Map.of(
                        "reference", l.reference().toString(),
                        "letter", capitalised(l.kind().label()),
                        "owedOn", Notifications.longDate(l.owedOn()),
                        "href", StaffPages.complaint(l.complaintId().value()) + "#letters"))
                .toList();
        return Map.of("showLettersToPost", true, "lettersToPost", rows, "lettersToPostPdf", TO_POST_PDF);
    }

    static Map<String, Object> complaint(StaffMember who, Complaint c, LettersToPost letters) {
        Map<String, Object> m = new LinkedHashMap<>();
        boolean mayPrint = Permissions.mayPrintLetterFor(who, c.intake().team());
        m.put("showLetters", mayPrint);
        if (!mayPrint) {
            return m;
        }
        String base = StaffPages.complaint(c.id().value()) + "/letters/";
        m.put(
                "letterLinks",
                Arrays.stream(LetterKind.values())
                        .map(k -> Map.of("label", capitalised(k.label()), "href", base + k.slug()))
                        .toList());
        m.put(
                "letterTasks",
                letters.of(c.id()).stream()
                        .map(l -> Map.<String, Object>of(
                                "key", l.key(),
                                "letter", capitalised(l.kind().label()),
                                "owedOn", Notifications.longDate(l.owedOn()),
                                "postedOn", l.posted() ? Notifications.longDate(l.postedOn()) : "",
                                "href", base + l.kind().slug()))
                        .toList());
        m.put("mayPostLetters", Permissions.mayPostLetters(who));
        m.put("postedAction", base + "posted");
        return m;
    }

    /**
     * Said beside the Stage 2 window when it runs from the day its letter was posted (decision 040), so staff see why
     * it ends later than 20 working days after the response; empty otherwise.
     */
    static String windowFromPosting(Complaint c) {
        LocalDate responded =
                c.parts().stage1() == null ? null : c.parts().stage1().respondedOn();
        return LetterPosting.stage2WindowFrom(c)
                .filter(from -> responded != null && from.isAfter(responded))
                .map(from -> " (counted from the letter posted on " + Dates.text(from) + ")")
                .orElse("");
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
