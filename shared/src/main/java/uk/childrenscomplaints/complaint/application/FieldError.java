package uk.childrenscomplaints.complaint.application;

/** What is wrong with one field, in words the person who typed it can act on. Never echoes the value itself. */
public record FieldError(String field, String message) {
    public static final String BAD_EMAIL = "Enter an email address in the correct format, like name@example.com";

    /** The one refusal of an address that is not {@link uk.childrenscomplaints.complaint.model.EmailAddress one}. */
    public static FieldError badEmail(String field) {
        return new FieldError(field, BAD_EMAIL);
    }
}
