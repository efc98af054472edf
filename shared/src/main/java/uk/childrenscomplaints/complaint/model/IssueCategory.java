package uk.childrenscomplaints.complaint.model;

/** What a complaint is about; a complaint may raise several. */
public enum IssueCategory implements Coded {
    COMMUNICATION("communication", "Communication"),
    STANDARDS("standards", "Standards not met"),
    SERVICE_PROVISION("service_provision", "Failure to provide a service"),
    STAFF_CONDUCT("staff_conduct", "Staff conduct"),
    DECISION("decision", "Disagreement with a decision"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    IssueCategory(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
