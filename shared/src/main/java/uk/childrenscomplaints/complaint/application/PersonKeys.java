package uk.childrenscomplaints.complaint.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A stable key for a person from their normalised email (or, without one, phone), so the report can count repeat
 * complainants without keeping a second copy of anyone's contact details in an index.
 */
public final class PersonKeys {
    private PersonKeys() {
    }

    public static String of(String email, String phone) {
        if (email != null && !email.isBlank()) {
            return hash("email:" + email.trim().toLowerCase(Locale.ROOT));
        }
        if (phone != null && !phone.isBlank()) {
            return hash("phone:" + normalisePhone(phone));
        }
        return null;
    }

    /** UK numbers written as +44 7700 900982, 07700-900982 or (07700) 900982 are the same person. */
    static String normalisePhone(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0044")) {
            digits = "0" + digits.substring(4);
        }
        return digits.replace("+", "");
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
