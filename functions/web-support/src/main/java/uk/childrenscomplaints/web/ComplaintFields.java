package uk.childrenscomplaints.web;

import java.util.List;
import java.util.stream.Stream;

/**
 * The JSON field names of a complaint, as the public API and the staff API read them: one list, so the two functions
 * cannot drift apart on what a complaint is made of.
 */
public final class ComplaintFields {
    /** What anyone may send to {@code POST /complaints}, in the documented order. */
    public static final List<String> PUBLIC = List.of(
            "complainantName",
            "email",
            "phone",
            "address",
            "relationship",
            "viaAdvocate",
            "childName",
            "childAge",
            "childGender",
            "moreThanOneChild",
            "team",
            "issues",
            "whatHappened",
            "desiredOutcome",
            "matterOccurredOn",
            "procedure",
            "consent");

    /** Set by the service for a complaint made online; the complaints team gives them when logging one. */
    public static final List<String> SET_BY_STAFF = List.of("route", "receivedOn");

    /** What the complaints team sends to {@code POST /staff/complaints}. */
    public static final List<String> STAFF =
            Stream.concat(PUBLIC.stream(), SET_BY_STAFF.stream()).toList();

    private ComplaintFields() {}
}
