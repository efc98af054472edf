package uk.childrenscomplaints.submission;

/** Unknown field names are whatever a client typed, so only known ones are logged. */
final class JsonComplaintFields {
    private JsonComplaintFields() {}

    static boolean isKnown(String field) {
        return JsonComplaint.PUBLIC_FIELDS.contains(field)
                || JsonComplaint.SERVICE_SET_FIELDS.contains(field)
                || "body".equals(field)
                || "contact".equals(field);
    }
}
