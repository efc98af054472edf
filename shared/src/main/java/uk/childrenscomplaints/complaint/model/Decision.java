package uk.childrenscomplaints.complaint.model;

/** The answer of a named rule: allowed (with the state that follows), or refused with a reason a person can read. */
public sealed interface Decision {
    record Allowed(ComplaintState next) implements Decision {}

    record Refused(String reason) implements Decision {}

    default boolean isAllowed() {
        return this instanceof Allowed;
    }
}
