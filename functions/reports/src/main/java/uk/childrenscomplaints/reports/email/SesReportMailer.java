package uk.childrenscomplaints.reports.email;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Attachment;
import software.amazon.awssdk.services.sesv2.model.MessageHeader;
import software.amazon.awssdk.services.sesv2.model.MessageTag;
import uk.childrenscomplaints.complaint.application.ports.Addressee;
import uk.childrenscomplaints.complaint.application.ports.ReportMail;
import uk.childrenscomplaints.complaint.application.ports.ReportMailer;
import uk.childrenscomplaints.complaint.application.ports.SendMarker;
import uk.childrenscomplaints.complaint.infrastructure.SesMailer;
import uk.childrenscomplaints.complaint.infrastructure.SesSendFailures;
import uk.childrenscomplaints.complaint.infrastructure.SesTags;

/**
 * Sends a report through SES v2 as a simple message with the CSV files attached (a template cannot carry them). It
 * used to be raw MIME; a simple message lets SES take the send marker as a header as well as a tag (decision 025),
 * which the local SES emulator keeps and SES gives back in its events.
 */
public final class SesReportMailer implements ReportMailer {
    private static final String UTF_8 = "UTF-8";

    private final SesV2Client ses;
    private final String from;
    private final String councilName;
    private final String configurationSet;
    private String brandColour = ReportEmails.NEUTRAL_BRAND;

    public SesReportMailer(SesV2Client ses, String from, String councilName) {
        this(ses, from, councilName, null);
    }

    /** The council's brand colour (its profile's), for the band above each report's title. */
    public SesReportMailer withBrandColour(String colour) {
        this.brandColour = colour;
        return this;
    }

    /** @param configurationSet as for {@link SesMailer}: null or blank sends without one */
    public SesReportMailer(SesV2Client ses, String from, String councilName, String configurationSet) {
        this.ses = ses;
        this.from = plain(from);
        this.councilName = councilName;
        this.configurationSet =
                configurationSet == null || configurationSet.isBlank() ? null : configurationSet.strip();
    }

    @Override
    public void send(ReportMail mail) {
        send(mail, null);
    }

    @Override
    public void send(ReportMail mail, SendMarker marker) {
        ReportEmails.Content content = ReportEmails.render(mail, councilName, brandColour);
        List<String> to = mail.to().stream().map(SesReportMailer::plain).toList();
        List<Attachment> files = mail.attachments().stream()
                .map(a -> Attachment.builder()
                        .fileName(a.fileName())
                        .contentType("text/csv")
                        .rawContent(SdkBytes.fromUtf8String(a.csv()))
                        .build())
                .toList();
        // No complaint-id: a bounce of a report is counted and ignored by the email events handler.
        List<MessageTag> tags = new ArrayList<>(List.of(
                SesTags.tag(
                        SesTags.NOTICE,
                        mail.kind() == ReportMail.Kind.YEAR_END ? "year-end-report" : "quarterly-report"),
                SesTags.tag(SesTags.RECIPIENT, Addressee.MANAGER.code())));
        List<MessageHeader> headers = new ArrayList<>();
        if (marker != null) {
            tags.add(SesTags.tag(SesTags.SEND, marker.encoded()));
            headers.add(MessageHeader.builder()
                    .name(SesTags.SEND_HEADER)
                    .value(marker.encoded())
                    .build());
        }
        try {
            ses.sendEmail(r -> r.fromEmailAddress(from)
                    .destination(d -> d.toAddresses(to))
                    .content(c -> c.simple(m -> m.subject(
                                    s -> s.data(content.subject()).charset(UTF_8))
                            .body(b -> b.text(t -> t.data(content.text()).charset(UTF_8))
                                    .html(h -> h.data(content.html()).charset(UTF_8)))
                            .attachments(files)
                            .headers(headers)))
                    .configurationSetName(configurationSet)
                    .emailTags(tags));
        } catch (SdkException e) {
            throw SesSendFailures.of("SES did not accept the " + mail.kind() + " report for " + mail.quarter(), e);
        }
    }

    /** Addresses come from configuration; a line break in one would let it add headers, so it is refused. */
    private static String plain(String address) {
        if (address == null || address.isBlank() || address.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("A report address from configuration is blank or holds a control "
                    + "character; set COMPLAINTS_MANAGER_EMAIL and SENDER_EMAIL to plain addresses.");
        }
        return address.trim();
    }
}
