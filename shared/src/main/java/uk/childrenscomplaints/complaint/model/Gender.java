package uk.childrenscomplaints.complaint.model;

/** The child's gender as recorded; MULTIPLE when the complaint concerns more than one child. */
public enum Gender implements Coded {
    FEMALE("female", "Female"),
    MALE("male", "Male"),
    OTHER("other", "Other"),
    MULTIPLE("multiple", "More than one child"),
    UNKNOWN("unknown", "Unknown");

    private final String code;
    private final String label;

    Gender(String code, String label) {
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
