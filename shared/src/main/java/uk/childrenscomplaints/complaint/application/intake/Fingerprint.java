package uk.childrenscomplaints.complaint.application.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * SHA-256 of a submission's answers, normalised, stored with its idempotency key: the same answers sent again (a retry,
 * a double click, the JSON written another way) give the same fingerprint, different answers a different one.
 *
 * <p>Normalised: the answers as read (field order, JSON spacing and form encoding play no part), text stripped of
 * surrounding white space with line endings as {@code \n}, blank as absent, the email address and every code in lower
 * case, the issues sorted without duplicates. Each field is written as name, length and value, so no two different
 * submissions can run together into the same text.
 */
public final class Fingerprint {
    private Fingerprint() {}

    public static String of(NewComplaint c) {
        StringBuilder text = new StringBuilder();
        field(text, "complainantName", c.complainantName());
        field(text, "email", lower(c.email()));
        field(text, "phone", c.phone());
        field(text, "address", c.address());
        field(text, "relationship", lower(c.relationship()));
        field(text, "viaAdvocate", c.viaAdvocate());
        field(text, "childName", c.childName());
        field(text, "childAge", c.childAge());
        field(text, "childGender", lower(c.childGender()));
        field(text, "moreThanOneChild", c.moreThanOneChild());
        field(text, "team", c.team());
        List<String> issues = new ArrayList<>();
        c.issues().stream()
                .map(Fingerprint::lower)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .forEach(issues::add);
        field(text, "issues", String.join(",", issues));
        field(text, "whatHappened", c.whatHappened());
        field(text, "desiredOutcome", c.desiredOutcome());
        field(text, "matterOccurredOn", c.matterOccurredOn());
        field(text, "procedure", lower(c.procedure()));
        field(text, "consent", c.consent());
        field(text, "route", lower(c.route()));
        field(text, "receivedOn", c.receivedOn());
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void field(StringBuilder text, String name, Object value) {
        String v = value == null ? null : normal(String.valueOf(value));
        text.append(name).append('=');
        if (v == null) {
            text.append("-\n");
        } else {
            text.append(v.length()).append(':').append(v).append('\n');
        }
    }

    private static String normal(String value) {
        String v = value.replace("\r\n", "\n").replace('\r', '\n').strip();
        return v.isEmpty() ? null : v;
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
