package uk.childrenscomplaints.clock.model;

import java.util.Arrays;
import java.util.Optional;

/** Whether a limit runs forward from an event ("within N after") or back from one ("at least N before"). */
public enum Direction {
    AFTER("after"),
    BEFORE("before");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Direction> parse(String code) {
        return Arrays.stream(values())
                .filter(d -> d.code.equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst();
    }
}
