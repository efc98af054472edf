package uk.childrenscomplaints.complaint.model;

import java.util.Optional;

/**
 * The one rule for text a person types freely (a complaint's account, a name, a member of staff's reason, a
 * compliment, an imported reference): what it may hold, so that what is stored and later shown to staff is the text a
 * person can see (issue 13, finding 8). Refused: control characters other than line feed and tab (a carriage return
 * only as part of CRLF, which {@link #normalised(String)} turns into LF first), a surrogate without its pair (not a
 * character at all), and the bidirectional embeddings, overrides and isolates U+202A to U+202E and U+2066 to U+2069,
 * which reorder what follows them on screen. The marks U+200E, U+200F and U+061C are kept: they reorder nothing but
 * the neutral characters next to them, and right-to-left text pasted from elsewhere carries them (decision 020).
 */
public final class FreeText {

    /** Why a text is refused; each kind has its own words, so the person knows what to look for. */
    public enum Hidden {
        CONTROL("hidden control character"),
        BROKEN("broken character"),
        DIRECTION("hidden text-direction character");

        private final String words;

        Hidden(String words) {
            this.words = words;
        }

        /** The refusal, naming the field as the person sees it ({@code label}), never quoting the text. */
        public String message(String label) {
            return "Remove the " + words + " from '" + label + "'";
        }
    }

    private FreeText() {}

    /** CRLF (what a browser sends for a textarea's line break) as LF; null stays null. */
    public static String normalised(String text) {
        return text == null || text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
    }

    /** The first thing wrong with the text (read as {@link #normalised(String) normalised}), or empty when clean. */
    public static Optional<Hidden> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(Hidden.BROKEN);
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(Hidden.BROKEN);
            }
            if (c != '\n' && c != '\t' && Character.isISOControl(c)) {
                return Optional.of(Hidden.CONTROL);
            }
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return Optional.of(Hidden.DIRECTION);
            }
        }
        return Optional.empty();
    }

    public static boolean isClean(String text) {
        return problem(text).isEmpty();
    }
}
