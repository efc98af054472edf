package uk.childrenscomplaints.complaint.model;

import java.util.Arrays;
import java.util.Optional;

/** A closed vocabulary value with a stable code (used in storage, CSV and APIs) and a label for people. */
public interface Coded {
    String code();

    String label();

    /** The value whose code matches, ignoring case and surrounding spaces; empty for anything else. */
    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim();
        return Arrays.stream(type.getEnumConstants())
                .filter(v -> v.code().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
