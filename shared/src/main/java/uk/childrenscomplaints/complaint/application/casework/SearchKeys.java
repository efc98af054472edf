package uk.childrenscomplaints.complaint.application.casework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import uk.childrenscomplaints.complaint.model.Complainant;
import uk.childrenscomplaints.complaint.model.Complaint;

/**
 * The keys staff search finds a complainant by, kept on the complaint itself (decision 030). Contact details are
 * normalised and then hashed, so an index, a page token or an export of the index shows no one's email address, phone
 * number or name. The hash keeps a complaint findable by someone who already knows the detail; it does not hide the
 * detail from anyone who can read the complaint, which holds it in full anyway.
 */
public final class SearchKeys {
    private SearchKeys() {}

    /** The keys of one complaint; each null when the complaint does not give that detail. */
    public record Keys(String email, String phone, String familyName) {}

    public static Keys of(Complaint c) {
        Complainant who = c.intake().complainant();
        String email = email(who.email());
        // An imported complaint keeps no contact details, only its person key: an old id that was an email address
        // gives the same hash as that address does here (PersonKeys), and any other id hashes in its own namespace.
        if (email == null && c.intake().imported()) {
            email = who.personKey();
        }
        return new Keys(email, phone(who.phone()), familyName(who.name()));
    }

    /** Case and surrounding spaces ignored, as the person key has always treated them. */
    public static String email(String email) {
        return email == null || email.isBlank()
                ? null
                : hash("email:" + email.trim().toLowerCase(Locale.ROOT));
    }

    /** UK numbers written as +44 7700 900982, 07700-900982 or (07700) 900982 give one key. */
    public static String phone(String phone) {
        String digits = phone == null ? "" : normalisePhone(phone);
        return digits.isEmpty() ? null : hash("phone:" + digits);
    }

    /** The key of a name's last word: "Jane O'Brien", "JANE OBRIEN" and "Obrien" share it. */
    public static String familyName(String name) {
        List<String> words = nameWords(name);
        return words.isEmpty() ? null : hash("name:" + words.get(words.size() - 1));
    }

    /**
     * A name's words as a search compares them: accents, case, apostrophes and full stops ignored; hyphens, spaces and
     * other marks split words, so "Smith-Jones" is the words "smith" and "jones".
     */
    public static List<String> nameWords(String name) {
        if (name == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019.]", "");
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** Whether every word searched for is one of the name's words, in any order. */
    public static boolean nameMatches(String searched, String name) {
        List<String> wanted = nameWords(searched);
        return !wanted.isEmpty() && nameWords(name).containsAll(wanted);
    }

    public static String normalisePhone(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0044")) {
            digits = "0" + digits.substring(4);
        }
        return digits.replace("+", "");
    }

    /** The first 16 bytes of SHA-256, in hex: the form the person key has always had. */
    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
