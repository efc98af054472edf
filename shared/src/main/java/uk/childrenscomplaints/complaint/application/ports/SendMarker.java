package uk.childrenscomplaints.complaint.application.ports;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import uk.childrenscomplaints.complaint.model.ComplaintId;

/**
 * Names the send-once mark an email settles: a complaint's notification key, or a scheduled send's delivery key
 * (decision 025). Every email carries it (as an SES tag and a header), so SES's own "sent" event can make the mark
 * when the sender never heard SES's answer.
 *
 * <p>Written as {@code n_<base64url of "complaint id|key">} or {@code d_<base64url of key>}: SES allows only
 * letters, digits, {@code _} and {@code -} in a tag (256 at most), and a notification key holds {@code :} and
 * {@code @}. The complaint's id is inside, because the header that carries the marker locally travels alone. Keys and
 * ids only, never personal data.
 *
 * @param complaint the complaint whose notification it is; null for a delivery (a report, a weekly summary)
 */
public record SendMarker(ComplaintId complaint, String key) {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public SendMarker {
        if (key == null || key.isBlank() || key.length() > 150) {
            throw new IllegalArgumentException("a send marker's key is 1 to 150 characters");
        }
    }

    public static SendMarker notice(ComplaintId complaint, String key) {
        if (complaint == null) {
            throw new IllegalArgumentException("a notice's marker names its complaint");
        }
        return new SendMarker(complaint, key);
    }

    public static SendMarker delivery(String key) {
        return new SendMarker(null, key);
    }

    public boolean isDelivery() {
        return complaint == null;
    }

    /** The tag's (and header's) value. */
    public String encoded() {
        String plain = isDelivery() ? key : complaint.value() + "|" + key;
        return (isDelivery() ? "d_" : "n_") + ENCODER.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The marker a tag or header names; empty when it is not one of ours. */
    public static Optional<SendMarker> parse(String encoded) {
        if (encoded == null || encoded.length() < 3 || encoded.charAt(1) != '_') {
            return Optional.empty();
        }
        String key;
        try {
            key = new String(DECODER.decode(encoded.substring(2)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (key.isBlank()) {
            return Optional.empty();
        }
        switch (encoded.charAt(0)) {
            case 'd' -> {
                return key.length() > 150 ? Optional.empty() : Optional.of(delivery(key));
            }
            case 'n' -> {
                int bar = key.indexOf('|');
                try {
                    return bar < 0
                            ? Optional.empty()
                            : Optional.of(notice(new ComplaintId(key.substring(0, bar)), key.substring(bar + 1)));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}
