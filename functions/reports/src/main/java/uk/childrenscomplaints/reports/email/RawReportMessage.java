package uk.childrenscomplaints.reports.email;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import uk.childrenscomplaints.complaint.application.ports.ReportMail;

/**
 * A report email as raw MIME, since SES templates cannot carry an attachment: {@code multipart/mixed} holding a
 * {@code multipart/alternative} (plain text, then HTML) and one {@code text/csv} file per period. Every part is
 * UTF-8 in base64, so no line is too long and no character is lost on the way.
 */
final class RawReportMessage {
    private static final String CRLF = "\r\n";
    private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(76, CRLF.getBytes(StandardCharsets.US_ASCII));

    private RawReportMessage() {}

    static byte[] build(
            String from,
            List<String> to,
            ReportEmails.Content content,
            List<ReportMail.Attachment> attachments,
            ZonedDateTime date) {
        String mixed = "mixed-" + UUID.randomUUID();
        String alternative = "alt-" + UUID.randomUUID();
        StringBuilder m = new StringBuilder();
        m.append("From: ").append(address(from)).append(CRLF);
        m.append("To: ")
                .append(String.join(
                        ", ", to.stream().map(RawReportMessage::address).toList()))
                .append(CRLF);
        m.append("Subject: ").append(encodedWord(content.subject())).append(CRLF);
        m.append("Date: ")
                .append(date.format(DateTimeFormatter.RFC_1123_DATE_TIME))
                .append(CRLF);
        m.append("MIME-Version: 1.0").append(CRLF);
        m.append("Content-Type: multipart/mixed; boundary=\"")
                .append(mixed)
                .append('"')
                .append(CRLF)
                .append(CRLF);
        m.append("--").append(mixed).append(CRLF);
        m.append("Content-Type: multipart/alternative; boundary=\"")
                .append(alternative)
                .append('"')
                .append(CRLF)
                .append(CRLF);
        part(m, alternative, "text/plain; charset=UTF-8", null, content.text());
        part(m, alternative, "text/html; charset=UTF-8", null, content.html());
        m.append("--").append(alternative).append("--").append(CRLF);
        for (ReportMail.Attachment a : attachments) {
            part(
                    m,
                    mixed,
                    "text/csv; charset=UTF-8; name=\"" + a.fileName() + "\"",
                    "attachment; filename=\"" + a.fileName() + "\"",
                    a.csv());
        }
        m.append("--").append(mixed).append("--").append(CRLF);
        return m.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void part(StringBuilder m, String boundary, String type, String disposition, String body) {
        m.append("--").append(boundary).append(CRLF);
        m.append("Content-Type: ").append(type).append(CRLF);
        m.append("Content-Transfer-Encoding: base64").append(CRLF);
        if (disposition != null) {
            m.append("Content-Disposition: ").append(disposition).append(CRLF);
        }
        m.append(CRLF)
                .append(BASE64.encodeToString(body.getBytes(StandardCharsets.UTF_8)))
                .append(CRLF);
    }

    /** A header value is ASCII; anything else goes as an RFC 2047 encoded word. */
    static String encodedWord(String value) {
        boolean ascii = value.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        return ascii
                ? value
                : "=?UTF-8?B?" + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    /** Addresses come from configuration; a line break in one would let it add headers, so it is refused. */
    private static String address(String address) {
        if (address == null || address.isBlank() || address.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("A report address from configuration is blank or holds a control "
                    + "character; set COMPLAINTS_MANAGER_EMAIL and SENDER_EMAIL to plain addresses.");
        }
        return address.trim();
    }
}
