package uk.childrenscomplaints.complaint.model;

/** A manager who answers for the team. The report asks that a second respondent be named for every complaint. */
public record Respondent(String name, String email, boolean absent) {
    public Respondent {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a respondent needs a name");
        }
        if (email == null || !email.contains("@")) {
            throw new IllegalArgumentException("a respondent needs an email address");
        }
        name = name.trim();
        email = email.trim();
    }

    public Respondent markedAbsent(boolean isAbsent) {
        return new Respondent(name, email, isAbsent);
    }
}
