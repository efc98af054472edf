package uk.childrenscomplaints.complaint.application.deadlines;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import uk.childrenscomplaints.complaint.model.ComplaintId;

/**
 * Signed, expiring links that let a complainant see where their complaint has got to without an account.
 * A token is {@code base64url(payload) + "." + base64url(HMAC-SHA256(payload))}; the payload is
 * {@code v1|<complaint id>|<expiry epoch seconds>|<nonce>}: an opaque id, a time and a random value, never personal
 * data, because the token travels in a URL. The nonce lets one use of the link be spent (a Stage 2 request) without
 * spending the others.
 */
public final class StatusLinks {
    public static final String PATH = "/complaints/status";
    /** The key a spent link's nonce is claimed under on the complaint, with the notification claims. */
    public static final String USED_PREFIX = "status-link-used#";

    private static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final int MAX_TOKEN_LENGTH = 512;

    private final Supplier<byte[]> secret;
    private final Duration lifetime;
    private final String baseUrl;
    private final Clock clock;
    private final SecureRandom random;

    /**
     * @param secret  the signing key, asked for on first use (so a container that never signs never fetches it)
     * @param baseUrl where the public pages are served, such as {@code https://complaints.council.example}; blank
     *                means links are not offered
     */
    public StatusLinks(Supplier<byte[]> secret, Duration lifetime, String baseUrl, Clock clock, SecureRandom random) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a status link must live for some time");
        }
        this.secret = secret;
        this.lifetime = lifetime;
        this.baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        this.clock = clock;
        this.random = random;
    }

    /** What a token turned out to be. A value, never an exception: a bad link is an everyday thing. */
    public sealed interface Verdict {
        record Valid(ComplaintId complaintId, String nonce) implements Verdict {}

        record Expired() implements Verdict {}

        record Forged() implements Verdict {}
    }

    /** The full link for the complaint's emails, or empty when no public address is configured. */
    public Optional<String> linkFor(ComplaintId id) {
        if (baseUrl.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(baseUrl + PATH + "?t=" + issue(id, clock.instant()));
    }

    /** A token for the complaint, good until {@code now} plus the configured lifetime, with a fresh nonce. */
    public String issue(ComplaintId id, Instant now) {
        byte[] n = new byte[16];
        random.nextBytes(n);
        String payload = String.join(
                "|", VERSION, id.value(), Long.toString(now.plus(lifetime).getEpochSecond()), ENCODE.encodeToString(n));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(bytes) + "." + ENCODE.encodeToString(mac(bytes));
    }

    /** Checks the signature first, then the expiry: an expired link is only reported as such when it is ours. */
    public Verdict verify(String token, Instant now) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return new Verdict.Forged();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return new Verdict.Forged();
        }
        byte[] payload;
        byte[] given;
        try {
            payload = DECODE.decode(token.substring(0, dot));
            given = DECODE.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return new Verdict.Forged();
        }
        if (!MessageDigest.isEqual(mac(payload), given)) {
            return new Verdict.Forged();
        }
        String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
        if (parts.length != 4 || !VERSION.equals(parts[0]) || parts[3].isEmpty()) {
            return new Verdict.Forged();
        }
        ComplaintId id;
        long expiry;
        try {
            id = new ComplaintId(parts[1]);
            expiry = Long.parseLong(parts[2]);
        } catch (IllegalArgumentException e) {
            return new Verdict.Forged();
        }
        if (now.getEpochSecond() >= expiry) {
            return new Verdict.Expired();
        }
        return new Verdict.Valid(id, parts[3]);
    }

    /**
     * A value for the Stage 2 form's hidden field, bound to the link's nonce. There is no session to bind a CSRF token
     * to; only someone holding the link (and so the secret's signature) can produce it.
     */
    public String formKey(String nonce) {
        return ENCODE.encodeToString(mac(("form|" + nonce).getBytes(StandardCharsets.UTF_8)));
    }

    public boolean isFormKey(String nonce, String key) {
        return key != null
                && MessageDigest.isEqual(
                        formKey(nonce).getBytes(StandardCharsets.US_ASCII), key.getBytes(StandardCharsets.US_ASCII));
    }

    /** The claim that marks this link's nonce as spent on its complaint. */
    public static String usedKey(String nonce) {
        return USED_PREFIX + nonce;
    }

    private byte[] mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.get(), ALGORITHM));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
