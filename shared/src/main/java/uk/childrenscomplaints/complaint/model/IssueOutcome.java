package uk.childrenscomplaints.complaint.model;

/** The finding on one issue of a complaint. */
public enum IssueOutcome implements Coded {
    UPHELD("upheld", "Upheld"),
    PARTIALLY_UPHELD("partially_upheld", "Partially upheld"),
    NOT_UPHELD("not_upheld", "Not upheld");

    private final String code;
    private final String label;

    IssueOutcome(String code, String label) {
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
