package uk.childrenscomplaints.complaint.application.deadlines;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA256 under the service's secret) of a client's address or an email address, for naming the
 * abuse-limit counters. Unkeyed, an IPv4 address or a known email address could be found again from its hash by
 * trying them all; keyed, the stored value says nothing without the secret.
 */
public final class KeyedHash {
    private final Supplier<byte[]> secret;

    public KeyedHash(Supplier<byte[]> secret) {
        this.secret = secret;
    }

    /** The hash of an email address, ignoring case and surrounding spaces (as the address rule does). */
    public String ofEmail(String email) {
        return of("email", email.strip().toLowerCase(Locale.ROOT));
    }

    public String ofSourceAddress(String address) {
        return of("source", address.strip().toLowerCase(Locale.ROOT));
    }

    /** The purpose is hashed in, so one value gives unrelated hashes for unrelated uses. 128 bits, as hex. */
    String of(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.get(), "HmacSHA256"));
            byte[] digest = mac.doFinal(("abuse-limits:" + purpose + ":" + value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
