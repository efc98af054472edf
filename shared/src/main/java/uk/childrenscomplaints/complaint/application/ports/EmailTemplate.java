package uk.childrenscomplaints.complaint.application.ports;

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
    WEEKLY_TEAM_SUMMARY("weekly-team-summary"),
    /** To the complaints team: an email about a complaint bounced, was refused or was reported as spam. */
    EMAIL_UNDELIVERABLE("email-undeliverable"),
    /** To the respondent (Stage 1) or the team: a changed bank-holiday calendar moved a due date (decision 022). */
    DUE_DATE_MOVED("due-date-moved"),
    /** To the complainant: their withdrawn or closed complaint is reopened, with the new reply date. */
    REOPENED_LETTER("reopened-letter"),
    /** To the complaints team: a complaint is reopened and starts a new Stage 1. */
    TEAM_REOPENED("team-reopened"),
    /** To the complainant: the council has stopped the clock on their complaint, and why. */
    CLOCK_PAUSED("clock-paused"),
    /** To the complainant: the clock has restarted. */
    CLOCK_RESUMED("clock-resumed");

    private final String fileName;

    EmailTemplate(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** What staff call this email in a sentence: "the acknowledgement to the complainant bounced". */
    public String noticeName() {
        return switch (this) {
            case ACKNOWLEDGEMENT -> "acknowledgement";
            case TEAM_NEW_COMPLAINT -> "new complaint notice";
            case STAGE1_REMINDER -> "Stage 1 reminder";
            case EXTENSION_WARNING -> "extension warning";
            case STAGE1_DUE -> "Stage 1 due notice";
            case STAGE1_OVERDUE -> "Stage 1 overdue chaser";
            case NO_RESPONDENT -> "no respondent notice";
            case STAGE2_ENTITLEMENT_TEAM -> "Stage 2 entitlement notice";
            case STAGE2_ENTITLEMENT_LETTER -> "letter about Stage 2";
            case STAGE2_WINDOW_CLOSED -> "Stage 2 window notice";
            case STAGE_DEADLINE -> "deadline notice";
            case WEEKLY_TEAM_SUMMARY -> "weekly summary";
            case EMAIL_UNDELIVERABLE -> "undelivered email notice";
            case DUE_DATE_MOVED -> "moved due date notice";
            case REOPENED_LETTER -> "letter about the reopening";
            case TEAM_REOPENED -> "reopening notice";
            case CLOCK_PAUSED -> "letter that the clock stopped";
            case CLOCK_RESUMED -> "letter that the clock restarted";
        };
    }

    /** The template of this file name, if there is one (an SES tag read back from an event names it so). */
    public static java.util.Optional<EmailTemplate> byFileName(String name) {
        return java.util.Arrays.stream(values())
                .filter(t -> t.fileName.equals(name))
                .findFirst();
    }
}
