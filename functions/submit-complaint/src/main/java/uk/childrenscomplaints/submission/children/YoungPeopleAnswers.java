package uk.childrenscomplaints.submission.children;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.childrenscomplaints.complaint.application.intake.NewComplaint;
import uk.childrenscomplaints.complaint.model.IssueCategory;
import uk.childrenscomplaints.complaint.model.Relationship;
import uk.childrenscomplaints.web.FormAnswers;

/**
 * What a child or young person has answered so far. The pages carry these from one to the next in hidden fields (never
 * a query string, never stored), so the form works without JavaScript and nothing is written before the last page.
 */
public record YoungPeopleAnswers(
        String whatHappened,
        String team,
        String desiredOutcome,
        String complainantName,
        String email,
        String phone,
        boolean viaAdvocate,
        String formToken) {

    public static final String YES = "yes";

    /** Every field a page carries, in the order the pages ask. */
    static final List<String> CARRIED =
            List.of("whatHappened", "team", "desiredOutcome", "complainantName", "email", "phone", "viaAdvocate");

    public static YoungPeopleAnswers read(FormAnswers a) {
        return new YoungPeopleAnswers(
                a.raw("whatHappened"),
                a.raw("team"),
                a.raw("desiredOutcome"),
                a.raw("complainantName"),
                a.raw("email"),
                a.raw("phone"),
                YES.equals(a.text("viaAdvocate")),
                a.text("formToken"));
    }

    /** Each answer as the pages show it back: exactly as typed, so a page can put it back in its field. */
    public Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("whatHappened", whatHappened);
        v.put("team", team);
        v.put("desiredOutcome", desiredOutcome);
        v.put("complainantName", complainantName);
        v.put("email", email);
        v.put("phone", phone);
        v.put("viaAdvocate", viaAdvocate ? YES : "");
        return v;
    }

    /** The answers a page does not ask, to carry on in hidden fields; blank ones are left out. */
    public Map<String, String> carriedExcept(Set<String> shown) {
        Map<String, String> hidden = new LinkedHashMap<>();
        values().forEach((field, value) -> {
            if (!shown.contains(field) && value != null && !value.isEmpty()) {
                hidden.put(field, value);
            }
        });
        return hidden;
    }

    /**
     * The complaint for the same intake as the adult form: from the child, about themselves, under the statutory
     * children's procedure. The form does not ask a child to sort their complaint into the report's categories, so it
     * is filed as "other" for the complaints team to read.
     */
    public NewComplaint complaint(boolean consent) {
        return new NewComplaint(
                trimmed(complainantName),
                trimmed(email),
                trimmed(phone),
                null,
                Relationship.CHILD.code(),
                viaAdvocate,
                null,
                null,
                null,
                false,
                trimmed(team),
                List.of(IssueCategory.OTHER.code()),
                trimmed(whatHappened),
                trimmed(desiredOutcome),
                null,
                null,
                consent,
                null,
                null);
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
