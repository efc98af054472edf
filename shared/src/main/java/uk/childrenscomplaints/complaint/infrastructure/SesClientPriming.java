package uk.childrenscomplaints.complaint.infrastructure;

import io.micronaut.context.BeanContext;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import uk.childrenscomplaints.complaint.application.ports.Addressee;
import uk.childrenscomplaints.complaint.application.ports.Email;
import uk.childrenscomplaints.complaint.application.ports.EmailTemplate;
import uk.childrenscomplaints.complaint.application.ports.Mailer;
import uk.childrenscomplaints.complaint.model.ComplaintId;

/**
 * The SES client's priming: asks for a template that does not exist (the answer is what primes), and writes the
 * acknowledgement's data as a send would, and keeps it. Only when the function's steps built the client: a function
 * whose handler never reaches SES is not made to build one, or to need a permission, for priming's sake.
 */
@Singleton
@Requires(classes = SesV2Client.class)
class SesClientPriming implements ClientPriming {
    private final BeanContext beans;
    private final BeanProvider<SesV2Client> ses;
    private final BeanProvider<Mailer> mailer;

    SesClientPriming(BeanContext beans, BeanProvider<SesV2Client> ses, BeanProvider<Mailer> mailer) {
        this.beans = beans;
        this.ses = ses;
        this.mailer = mailer;
    }

    @Override
    public String prime() {
        if (!SnapStartPriming.built(beans, SesV2Client.class)) {
            return "no SES client built";
        }
        try {
            ses.get().getEmailTemplate(r -> r.templateName(SnapStartPriming.PRIMING_TEMPLATE));
        } catch (SdkException e) {
            // NotFound is the expected answer; the round trip is what primes.
        }
        String asked = "SES GetEmailTemplate " + SnapStartPriming.PRIMING_TEMPLATE;
        if (SnapStartPriming.built(beans, Mailer.class) && mailer.get() instanceof SesMailer sesMailer) {
            sesMailer.rehearse(new Email(
                            EmailTemplate.ACKNOWLEDGEMENT,
                            List.of("priming@example.invalid"),
                            List.of(),
                            Map.of(
                                    "complainantName", "",
                                    "reference", "CSC/2026/0000",
                                    "receivedOn", "1 January 2026",
                                    "respondBy", "15 January 2026",
                                    "procedureName", "",
                                    "statusLink", "",
                                    "councilName", ""))
                    .about(new ComplaintId(SnapStartPriming.PRIMING_COMPLAINT_ID), Addressee.COMPLAINANT));
            return asked + "; mapped the acknowledgement email in memory";
        }
        return asked;
    }
}
