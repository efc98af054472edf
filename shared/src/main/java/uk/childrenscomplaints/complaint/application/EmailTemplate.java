package uk.childrenscomplaints.complaint.application;

/**
 * The emails this service sends. Their wording lives in one place, {@code shared/src/main/resources/emails/}, where
 * the complaints team can edit it; the SES adapter turns each into an SES template.
 */
public enum EmailTemplate {
    ACKNOWLEDGEMENT("acknowledgement"),
    TEAM_NEW_COMPLAINT("team-new-complaint"),
    STAGE1_REMINDER("stage1-reminder"),
    EXTENSION_WARNING("extension-warning"),
    STAGE1_DUE("stage1-due"),
    STAGE1_OVERDUE("stage1-overdue"),
    NO_RESPONDENT("no-respondent"),
    STAGE2_ENTITLEMENT_TEAM("stage2-entitlement-team"),
    STAGE2_ENTITLEMENT_LETTER("stage2-entitlement-letter"),
    STAGE2_WINDOW_CLOSED("stage2-window-closed"),
    STAGE_DEADLINE("stage-deadline"),
    WEEKLY_TEAM_SUMMARY("weekly-team-summary");

    private final String fileName;

    EmailTemplate(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
