package uk.childrenscomplaints.complaint.model;

import java.util.Optional;

/**
 * Who complained and how to reach them. Personal data: never logged, never put in events or URLs.
 *
 * @param personKey a stable, non-reversible key for the person (from their normalised email or phone, or an imported
 *     id), used only to count repeat complainants
 */
public record Complainant(
        String name, String email, String phone, String postalAddress, Relationship relationship, String personKey) {
    public Complainant {
        if (relationship == null) {
            throw new IllegalArgumentException("the complainant's relationship to the child is required");
        }
        name = blankToNull(name);
        email = blankToNull(email);
        phone = blankToNull(phone);
        postalAddress = blankToNull(postalAddress);
        personKey = blankToNull(personKey);
    }

    public Optional<String> emailAddress() {
        return Optional.ofNullable(email);
    }

    public boolean isChild() {
        return relationship == Relationship.CHILD;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
