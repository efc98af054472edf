package uk.childrenscomplaints.complaint.model;

/**
 * Why the council stopped a complaint's clock: the policy's closed list, so the statistics can count by reason and the
 * clock is never stopped for the council's own convenience.
 */
public enum PauseReason implements Coded {
    AWAITING_STATEMENT_AGREEMENT(
            "awaiting_statement_agreement", "Awaiting the complainant's agreement of the complaint"),
    AWAITING_CONSENT("awaiting_consent", "Awaiting consent to share information"),
    AWAITING_ADVOCATE("awaiting_advocate", "Awaiting an advocate"),
    COMPLAINANT_UNAVAILABLE("complainant_unavailable", "Complainant unavailable");

    private final String code;
    private final String label;

    PauseReason(String code, String label) {
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
