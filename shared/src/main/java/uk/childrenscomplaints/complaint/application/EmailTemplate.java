package uk.childrenscomplaints.complaint.application;

/**
 * The emails this service sends. Their wording lives in one place, {@code shared/src/main/resources/emails/}, where
 * the complaints team can edit it; the SES adapter turns each into an SES template.
 */
public enum EmailTemplate {
    ACKNOWLEDGEMENT("acknowledgement"),
    TEAM_NEW_COMPLAINT("team-new-complaint");

    private final String fileName;

    EmailTemplate(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
