package uk.childrenscomplaints.complaint.application.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import uk.childrenscomplaints.complaint.application.casework.SearchKeys;

/**
 * A stable key for a person from their normalised email (or, without one, phone), so the report can count repeat
 * complainants without keeping a second copy of anyone's contact details in an index.
 */
public final class PersonKeys {
    private PersonKeys() {}

    public static String of(String email, String phone) {
        // The same keys staff search finds a person by, so the two can never drift apart.
        if (email != null && !email.isBlank()) {
            return SearchKeys.email(email);
        }
        if (phone != null && !phone.isBlank()) {
            return SearchKeys.phone(phone);
        }
        return null;
    }

    /**
     * The key for a person named in past records by an old system's id (case and surrounding spaces ignored), so
     * their imported complaints count as one person's. An id that is an email address gives the same key as that
     * address does online, so someone who complained before and complains again online is matched; any other id is
     * hashed in its own namespace and never collides with a contact detail.
     */
    public static String ofImportedId(String complainantId) {
        if (complainantId == null || complainantId.isBlank()) {
            return null;
        }
        String id = complainantId.trim();
        if (EMAIL.matcher(id).matches()) {
            return of(id, null);
        }
        return hash("imported:" + id.toLowerCase(Locale.ROOT));
    }

    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** UK numbers written as +44 7700 900982, 07700-900982 or (07700) 900982 are the same person. */
    static String normalisePhone(String phone) {
        return SearchKeys.normalisePhone(phone);
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
