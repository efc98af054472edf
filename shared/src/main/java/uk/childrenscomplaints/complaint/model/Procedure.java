package uk.childrenscomplaints.complaint.model;

/** Which procedure a complaint falls under; only the statutory children's procedure runs the three-stage clock. */
public enum Procedure implements Coded {
    STATUTORY_CHILDRENS("statutory_childrens", "Statutory children's social care procedure"),
    SCHOOLS("schools", "Schools complaints procedure"),
    CORPORATE("corporate", "Corporate complaints procedure");

    private final String code;
    private final String label;

    Procedure(String code, String label) {
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

    /** Only the statutory children's procedure runs the three-stage clock; the others are recorded and routed. */
    public boolean runsStatutoryClock() {
        return this == STATUTORY_CHILDRENS;
    }
}
