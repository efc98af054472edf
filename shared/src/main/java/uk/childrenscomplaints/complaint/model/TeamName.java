package uk.childrenscomplaints.complaint.model;

/** A responsible team, as named in the council's configured list (see {@link Teams}). */
public record TeamName(String value) {
    public TeamName {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a team needs a name");
        }
        value = value.trim();
    }

    @Override
    public String toString() {
        return value;
    }
}
