package uk.childrenscomplaints.complaint.application;

import java.util.Optional;
import uk.childrenscomplaints.complaint.model.FreeText;

/** What is wrong with one field, in words the person who typed it can act on. Never echoes the value itself. */
public record FieldError(String field, String message) {
    public static final String BAD_EMAIL = "Enter an email address in the correct format, like name@example.com";

    /** The one refusal of an address that is not {@link uk.childrenscomplaints.complaint.model.EmailAddress one}. */
    public static FieldError badEmail(String field) {
        return new FieldError(field, BAD_EMAIL);
    }

    /**
     * The refusal of text that breaks the {@link FreeText} rule, or empty when it keeps it. {@code label} is the field
     * as the person sees it ("What happened"); {@code field} is its name in the API.
     */
    public static Optional<FieldError> hiddenCharacter(String field, String label, String text) {
        return FreeText.problem(text).map(h -> new FieldError(field, h.message(label)));
    }
}
