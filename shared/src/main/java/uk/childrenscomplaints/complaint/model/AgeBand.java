package uk.childrenscomplaints.complaint.model;

/** The child's age band as the report groups it; MULTIPLE when the complaint concerns more than one child. */
public enum AgeBand implements Coded {
    AGE_0_4("0-4", "0 to 4"),
    AGE_5_9("5-9", "5 to 9"),
    AGE_10_15("10-15", "10 to 15"),
    AGE_16_17("16-17", "16 to 17"),
    AGE_18_PLUS("18+", "18 or over"),
    MULTIPLE("multiple", "More than one child"),
    UNKNOWN("unknown", "Unknown");

    private final String code;
    private final String label;

    AgeBand(String code, String label) {
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

    /** The band for a child's age in whole years; a negative age is refused. */
    public static AgeBand forAge(int years) {
        if (years < 0) {
            throw new IllegalArgumentException("age must be zero or more");
        }
        if (years <= 4) {
            return AGE_0_4;
        }
        if (years <= 9) {
            return AGE_5_9;
        }
        if (years <= 15) {
            return AGE_10_15;
        }
        return years <= 17 ? AGE_16_17 : AGE_18_PLUS;
    }
}
