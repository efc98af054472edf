package uk.childrenscomplaints.complaint.model;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** The opaque identity of a complaint: never shown to complainants, safe in logs and events. */
public record ComplaintId(String value) {
    public ComplaintId {
        Objects.requireNonNull(value, "value");
        UUID.fromString(value);
    }

    public static ComplaintId random() {
        return new ComplaintId(UUID.randomUUID().toString());
    }

    /**
     * An imported complaint's id, from its old system's reference alone: importing the same file again gives the same
     * ids, so the conditional write finds the first import instead of adding a copy. The reference is taken as
     * {@link Reference#matchKey()} (issue 13, finding 8): {@code SEC/11} and {@code sec/11 } are one complaint.
     */
    public static ComplaintId fromImportedReference(Reference reference) {
        return new ComplaintId(
                UUID.nameUUIDFromBytes(("imported:" + reference.matchKey()).getBytes(StandardCharsets.UTF_8))
                        .toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
