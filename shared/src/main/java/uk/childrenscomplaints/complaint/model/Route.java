package uk.childrenscomplaints.complaint.model;

/** How a complaint reached the council. */
public enum Route implements Coded {
    TELEPHONE("telephone", "Telephone"),
    LETTER("letter", "Letter"),
    IN_PERSON("in_person", "In person"),
    ONLINE("online", "Online form"),
    EMAIL("email", "Email");

    private final String code;
    private final String label;

    Route(String code, String label) {
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
