package uk.childrenscomplaints.complaint.model;

/** The complainant's relationship to the child (section 7, who are our complainants). */
public enum Relationship implements Coded {
    PARENT_CARER("parent_carer", "Parent or carer"),
    GRANDPARENT("grandparent", "Grandparent"),
    OTHER_RELATIVE("other_relative", "Other relative"),
    CHILD("child", "Child or young person"),
    ADVOCATE("advocate", "Advocate (someone helping the child or young person)"),
    UNRELATED("unrelated", "Someone not related to the child"),
    MP("mp", "MP");

    private final String code;
    private final String label;

    Relationship(String code, String label) {
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
