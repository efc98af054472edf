package uk.childrenscomplaints.json;

import java.io.IOException;

/** Text that parsed as JSON tokens but is not one JSON value (nothing at all, or more after it). */
public final class JsonReadException extends IOException {
    private static final long serialVersionUID = 1L;

    JsonReadException(String message) {
        super(message);
    }
}
