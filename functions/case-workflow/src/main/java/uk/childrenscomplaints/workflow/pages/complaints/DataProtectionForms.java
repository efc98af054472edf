package uk.childrenscomplaints.workflow.pages.complaints;

import java.util.ArrayList;
import java.util.List;
import uk.childrenscomplaints.complaint.model.DataProtection;

/**
 * The complaint page's data-protection forms (issue 15, docs/data-protection.md), apart from {@link ActionForms} to
 * keep it small. They move nothing through the state machine, so they have no {@code ComplaintAction}; they are offered
 * as the complaint stands, and only ever allowed to the complaints team (the use case checks).
 */
final class DataProtectionForms {
    private static final String NO_PERSONAL_DATA = "Shown on the timeline to the complaints team; name no one";

    static final List<ActionForms.Form> FORMS = List.of(
            form(
                    "place-legal-hold",
                    "Place a legal hold",
                    "Place legal hold",
                    "Why the complaint must be kept",
                    "For example an Ombudsman investigation or litigation. " + NO_PERSONAL_DATA),
            form(
                    "lift-legal-hold",
                    "Lift the legal hold",
                    "Lift legal hold",
                    "Why the hold is lifted",
                    NO_PERSONAL_DATA),
            form(
                    "restrict",
                    "Restrict the complaint",
                    "Restrict",
                    "Why only the complaints team may see it",
                    "Responding managers and directors will no longer see it. " + NO_PERSONAL_DATA),
            form(
                    "lift-restriction",
                    "Lift the restriction",
                    "Lift restriction",
                    "Why the restriction is lifted",
                    NO_PERSONAL_DATA),
            form(
                    "anonymise",
                    "Remove personal data now",
                    "Remove personal data",
                    "Why the personal data is removed early",
                    "For example an erasure request. This cannot be undone; the figures are kept. "
                            + NO_PERSONAL_DATA));

    private DataProtectionForms() {}

    /**
     * A hold or restriction offered to place or to lift as it stands; early removal once closed (or imported history,
     * which runs no clock here), as the rule allows; none once removed.
     */
    static List<ActionForms.Form> offeredFor(DataProtection p, boolean live) {
        if (p.isAnonymised()) {
            return List.of();
        }
        List<String> wanted = new ArrayList<>();
        wanted.add(p.isHeld() ? "lift-legal-hold" : "place-legal-hold");
        wanted.add(p.isRestricted() ? "lift-restriction" : "restrict");
        if (!live) {
            wanted.add("anonymise");
        }
        return FORMS.stream().filter(f -> wanted.contains(f.action())).toList();
    }

    private static ActionForms.Form form(String action, String title, String button, String label, String hint) {
        return new ActionForms.Form(
                action,
                null,
                title,
                button,
                List.of(new ActionForms.Field("reason", label, hint, ActionForms.Kind.TEXTAREA)));
    }
}
