package uk.childrenscomplaints.complaint.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The days the complaints team posted a complaint's letters, by the outbox key each letter stands in for (decision
 * 040). A statutory window that runs "from the date of the letter" reads its start here, so the record lives on the
 * complaint and changes in the same versioned write as the window it moves.
 */
public record PostedLetters(Map<String, LocalDate> byKey) {
    public static final PostedLetters NONE = new PostedLetters(Map.of());

    public PostedLetters {
        byKey = byKey == null ? Map.of() : Map.copyOf(byKey);
    }

    public Optional<LocalDate> on(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    PostedLetters with(String key, LocalDate postedOn) {
        Map<String, LocalDate> next = new LinkedHashMap<>(byKey);
        next.put(key, postedOn);
        return new PostedLetters(next);
    }

    /**
     * Of the keys starting {@code prefix} (each ending {@code @<version>}), the one the latest change owed. Only that
     * one moves a window: a letter posted for an earlier Stage 1 says nothing about a reopened complaint's new one.
     */
    static Optional<String> latest(String prefix, Collection<String> keys) {
        String best = null;
        long bestVersion = -1;
        for (String key : keys) {
            if (key.startsWith(prefix)) {
                long version = versionOf(key);
                if (version > bestVersion) {
                    best = key;
                    bestVersion = version;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static long versionOf(String key) {
        try {
            return Long.parseLong(key.substring(key.lastIndexOf('@') + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
