package uk.childrenscomplaints.complaint.application.ports;

/** The id SES gave an email it accepted: what ties a bounce back to the notice, and the proof it was sent. */
public record MessageId(String value) {
    public MessageId {
        if (value == null || value.isBlank() || value.length() > 200) {
            throw new IllegalArgumentException("a message id is 1 to 200 characters");
        }
    }
}
