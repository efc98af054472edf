package uk.childrenscomplaints.complaint.model;

/** A complaint's overall outcome as the report counts it. */
public enum Outcome implements Coded {
    UPHELD("upheld", "Upheld"),
    PARTIALLY_UPHELD("partially_upheld", "Partially upheld"),
    NOT_UPHELD("not_upheld", "Not upheld"),
    WITHDRAWN("withdrawn", "Withdrawn"),
    NOT_INVESTIGATED("not_investigated", "Not investigated"),
    ONGOING("ongoing", "Ongoing"),
    UNKNOWN("unknown", "Not known");

    private final String code;
    private final String label;

    Outcome(String code, String label) {
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
