package uk.childrenscomplaints.complaint.application.ports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whom an email is for, by role rather than by address. It travels with the email (as an SES tag), so an email that
 * bounces can be tied back to the role it was for without anyone's address leaving the table.
 */
public enum Addressee {
    COMPLAINANT("complainant"),
    RESPONDENT("respondent"),
    SECOND_RESPONDENT("second-respondent"),
    TEAM("team"),
    MANAGER("manager"),
    /** Someone the service emailed who is none of the above (an address since changed on the complaint). */
    OTHER("recipient");

    private final String code;

    Addressee(String code) {
        this.code = code;
    }

    /** The role as a word: for tags, notification keys and sentences ("the second-respondent" reads as intended). */
    public String code() {
        return code;
    }

    /** For sentences staff read: "the complainant", "the second respondent". */
    public String label() {
        return code.replace('-', ' ');
    }

    public static Optional<Addressee> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.code.equals(wanted)).findFirst();
    }
}
