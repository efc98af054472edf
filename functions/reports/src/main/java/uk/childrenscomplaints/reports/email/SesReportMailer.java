package uk.childrenscomplaints.reports.email;

import java.time.Clock;
import java.time.ZoneId;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import uk.childrenscomplaints.complaint.application.ports.Addressee;
import uk.childrenscomplaints.complaint.application.ports.DeliveryFailed;
import uk.childrenscomplaints.complaint.application.ports.ReportMail;
import uk.childrenscomplaints.complaint.application.ports.ReportMailer;
import uk.childrenscomplaints.complaint.infrastructure.SdkFailures;
import uk.childrenscomplaints.complaint.infrastructure.SesMailer;
import uk.childrenscomplaints.complaint.infrastructure.SesTags;

/** Sends a report as one raw MIME email through SES v2 (a template cannot carry the CSV). */
public final class SesReportMailer implements ReportMailer {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final SesV2Client ses;
    private final String from;
    private final String councilName;
    private final Clock clock;
    private final String configurationSet;
    private String brandColour = ReportEmails.NEUTRAL_BRAND;

    public SesReportMailer(SesV2Client ses, String from, String councilName, Clock clock) {
        this(ses, from, councilName, clock, null);
    }

    /** The council's brand colour (its profile's), for the band above each report's title. */
    public SesReportMailer withBrandColour(String colour) {
        this.brandColour = colour;
        return this;
    }

    /** @param configurationSet as for {@link SesMailer}: null or blank sends without one */
    public SesReportMailer(SesV2Client ses, String from, String councilName, Clock clock, String configurationSet) {
        this.ses = ses;
        this.from = from;
        this.councilName = councilName;
        this.clock = clock;
        this.configurationSet =
                configurationSet == null || configurationSet.isBlank() ? null : configurationSet.strip();
    }

    @Override
    public void send(ReportMail mail) {
        ReportEmails.Content content = ReportEmails.render(mail, councilName, brandColour);
        byte[] raw = RawReportMessage.build(
                from, mail.to(), content, mail.attachments(), clock.instant().atZone(LONDON));
        try {
            ses.sendEmail(r -> r.fromEmailAddress(from)
                    .destination(d -> d.toAddresses(mail.to()))
                    .content(c -> c.raw(m -> m.data(SdkBytes.fromByteArray(raw))))
                    .configurationSetName(configurationSet)
                    // No complaint-id: a bounce of a report is counted and ignored by the email events handler.
                    .emailTags(
                            SesTags.tag(
                                    SesTags.NOTICE,
                                    mail.kind() == ReportMail.Kind.YEAR_END ? "year-end-report" : "quarterly-report"),
                            SesTags.tag(SesTags.RECIPIENT, Addressee.MANAGER.code())));
        } catch (SdkException e) {
            throw new DeliveryFailed(
                    SdkFailures.describe("SES did not accept the " + mail.kind() + " report for " + mail.quarter(), e),
                    null);
        }
    }
}
