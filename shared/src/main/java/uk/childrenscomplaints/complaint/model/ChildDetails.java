package uk.childrenscomplaints.complaint.model;

/**
 * The child or children the complaint is about, as far as they are known. A complaint about more than one child is
 * recorded with the MULTIPLE age band and gender, as the report counts it.
 */
public record ChildDetails(String name, AgeBand ageBand, Gender gender) {
    public static final ChildDetails UNKNOWN = new ChildDetails(null, AgeBand.UNKNOWN, Gender.UNKNOWN);

    public ChildDetails {
        name = Complainant.blankToNull(name);
        ageBand = ageBand == null ? AgeBand.UNKNOWN : ageBand;
        gender = gender == null ? Gender.UNKNOWN : gender;
    }

    public static ChildDetails moreThanOneChild() {
        return new ChildDetails(null, AgeBand.MULTIPLE, Gender.MULTIPLE);
    }
}
