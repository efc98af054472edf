package uk.childrenscomplaints.complaint.model;

/** The Local Government and Social Care Ombudsman's decision. */
public enum OmbudsmanDecision implements Coded {
    PREMATURE("premature", "Premature"),
    NO_FURTHER_ACTION("no_further_action", "No further action"),
    UPHELD("upheld", "Upheld: maladministration with remedy"),
    NOT_UPHELD("not_upheld", "Not upheld");

    private final String code;
    private final String label;

    OmbudsmanDecision(String code, String label) {
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
