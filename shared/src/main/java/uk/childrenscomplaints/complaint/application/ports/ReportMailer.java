package uk.childrenscomplaints.complaint.application.ports;

/** Sends a report email. Throws {@link DeliveryFailed} when it did not go, so the caller can give its claim back. */
public interface ReportMailer {
    void send(ReportMail mail);
}
